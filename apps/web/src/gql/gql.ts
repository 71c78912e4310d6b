/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyClaims {\n    myPersonClaims(first: 20) {\n      edges {\n        node {\n          id\n          personId\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.MyClaimsDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      personId\n      status\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MyProfile($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      firstName\n      lastName\n      headline\n      city\n      bioFr\n      bioEn\n      email\n      phone\n      website\n      consentDirectory\n      consentBrochure\n      visibility {\n        email\n        phone\n        links\n        availability\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($id: ID!, $input: PersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      firstName\n      lastName\n      headline\n      city\n      bioFr\n      bioEn\n      email\n      phone\n      website\n      consentDirectory\n      consentBrochure\n      visibility {\n        email\n        phone\n        links\n        availability\n      }\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        email\n        displayName\n        roles\n        status\n        personId\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ClaimPerson($personId: ID!, $message: String) {\n    claimPerson(personId: $personId, message: $message) {\n      id\n      status\n    }\n  }\n": typeof types.ClaimPersonDocument,
    "\n  query CompanyProfile($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kinds\n      formats\n      city\n      country\n      siren\n      website\n      descriptionFr\n      descriptionEn\n      isDemo\n      site {\n        slug\n        name\n      }\n      people {\n        slug\n        name\n        headline\n      }\n    }\n  }\n": typeof types.CompanyProfileDocument,
    "\n  query PersonProfile($slug: String!) {\n    person(slug: $slug) {\n      id\n      slug\n      name\n      headline\n      kinds\n      city\n      postcode\n      mobilityKm\n      bioFr\n      bioEn\n      isDemo\n      email\n      phone\n      website\n      showreelUrl\n      filmographyUrl\n      crafts {\n        slug\n        labelFr\n        labelEn\n      }\n      languages {\n        language\n        level\n      }\n      availability {\n        id\n        startsOn\n        endsOn\n        note\n      }\n      credits {\n        id\n        title\n        year\n        format\n        companyName\n      }\n      affiliations {\n        id\n        role\n        company {\n          slug\n          name\n        }\n      }\n      school {\n        slug\n        name\n      }\n      programme {\n        title\n      }\n      graduationYear\n      site {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  query SchoolProfile($slug: String!) {\n    school(slug: $slug) {\n      id\n      name\n      city\n      website\n      descriptionFr\n      descriptionEn\n      studentCount\n      verified\n      sources\n      site {\n        slug\n        name\n      }\n      programmes {\n        id\n        title\n        level\n        discipline\n        durationYears\n        languages\n        studentCount\n        verified\n      }\n    }\n  }\n": typeof types.SchoolProfileDocument,
    "\n  query SiteProfile($slug: String!) {\n    site(slug: $slug) {\n      id\n      name\n      city\n      postcode\n      address\n      addressVerified\n      website\n      descriptionFr\n      descriptionEn\n      facilities\n      sources\n      companies {\n        slug\n        name\n        city\n      }\n      schools {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.SiteProfileDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalHits\n      processingTimeMs\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      facets {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        id\n        type\n        slug\n        title\n        subtitle\n        highlight\n        distanceKm\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchLookups {\n    crafts {\n      slug\n      labelFr\n      labelEn\n    }\n    sites {\n      edges {\n        node {\n          slug\n          name\n          lat\n          lng\n        }\n      }\n    }\n    communes {\n      id\n      name\n      postcode\n      lat\n      lng\n    }\n  }\n": typeof types.SearchLookupsDocument,
    "\n  query PendingClaims {\n    personClaims(status: PENDING, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          userId\n          message\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PendingClaimsDocument,
    "\n  query ClaimedPerson($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      name\n      email\n    }\n  }\n": typeof types.ClaimedPersonDocument,
    "\n  mutation DecideClaim($id: ID!, $approve: Boolean!) {\n    decidePersonClaim(id: $id, approve: $approve) {\n      id\n      status\n    }\n  }\n": typeof types.DecideClaimDocument,
    "\n  query PendingUsers {\n    users(status: PENDING, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PendingUsersDocument,
    "\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n      roles\n    }\n  }\n": typeof types.ApproveUserDocument,
};
const documents: Documents = {
    "\n  query MyClaims {\n    myPersonClaims(first: 20) {\n      edges {\n        node {\n          id\n          personId\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": types.MyClaimsDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      personId\n      status\n    }\n  }\n": types.MeDocument,
    "\n  query MyProfile($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      firstName\n      lastName\n      headline\n      city\n      bioFr\n      bioEn\n      email\n      phone\n      website\n      consentDirectory\n      consentBrochure\n      visibility {\n        email\n        phone\n        links\n        availability\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($id: ID!, $input: PersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      firstName\n      lastName\n      headline\n      city\n      bioFr\n      bioEn\n      email\n      phone\n      website\n      consentDirectory\n      consentBrochure\n      visibility {\n        email\n        phone\n        links\n        availability\n      }\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        email\n        displayName\n        roles\n        status\n        personId\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation ClaimPerson($personId: ID!, $message: String) {\n    claimPerson(personId: $personId, message: $message) {\n      id\n      status\n    }\n  }\n": types.ClaimPersonDocument,
    "\n  query CompanyProfile($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kinds\n      formats\n      city\n      country\n      siren\n      website\n      descriptionFr\n      descriptionEn\n      isDemo\n      site {\n        slug\n        name\n      }\n      people {\n        slug\n        name\n        headline\n      }\n    }\n  }\n": types.CompanyProfileDocument,
    "\n  query PersonProfile($slug: String!) {\n    person(slug: $slug) {\n      id\n      slug\n      name\n      headline\n      kinds\n      city\n      postcode\n      mobilityKm\n      bioFr\n      bioEn\n      isDemo\n      email\n      phone\n      website\n      showreelUrl\n      filmographyUrl\n      crafts {\n        slug\n        labelFr\n        labelEn\n      }\n      languages {\n        language\n        level\n      }\n      availability {\n        id\n        startsOn\n        endsOn\n        note\n      }\n      credits {\n        id\n        title\n        year\n        format\n        companyName\n      }\n      affiliations {\n        id\n        role\n        company {\n          slug\n          name\n        }\n      }\n      school {\n        slug\n        name\n      }\n      programme {\n        title\n      }\n      graduationYear\n      site {\n        slug\n        name\n      }\n    }\n  }\n": types.PersonProfileDocument,
    "\n  query SchoolProfile($slug: String!) {\n    school(slug: $slug) {\n      id\n      name\n      city\n      website\n      descriptionFr\n      descriptionEn\n      studentCount\n      verified\n      sources\n      site {\n        slug\n        name\n      }\n      programmes {\n        id\n        title\n        level\n        discipline\n        durationYears\n        languages\n        studentCount\n        verified\n      }\n    }\n  }\n": types.SchoolProfileDocument,
    "\n  query SiteProfile($slug: String!) {\n    site(slug: $slug) {\n      id\n      name\n      city\n      postcode\n      address\n      addressVerified\n      website\n      descriptionFr\n      descriptionEn\n      facilities\n      sources\n      companies {\n        slug\n        name\n        city\n      }\n      schools {\n        slug\n        name\n      }\n    }\n  }\n": types.SiteProfileDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalHits\n      processingTimeMs\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      facets {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        id\n        type\n        slug\n        title\n        subtitle\n        highlight\n        distanceKm\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchLookups {\n    crafts {\n      slug\n      labelFr\n      labelEn\n    }\n    sites {\n      edges {\n        node {\n          slug\n          name\n          lat\n          lng\n        }\n      }\n    }\n    communes {\n      id\n      name\n      postcode\n      lat\n      lng\n    }\n  }\n": types.SearchLookupsDocument,
    "\n  query PendingClaims {\n    personClaims(status: PENDING, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          userId\n          message\n          createdAt\n        }\n      }\n    }\n  }\n": types.PendingClaimsDocument,
    "\n  query ClaimedPerson($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      name\n      email\n    }\n  }\n": types.ClaimedPersonDocument,
    "\n  mutation DecideClaim($id: ID!, $approve: Boolean!) {\n    decidePersonClaim(id: $id, approve: $approve) {\n      id\n      status\n    }\n  }\n": types.DecideClaimDocument,
    "\n  query PendingUsers {\n    users(status: PENDING, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          createdAt\n        }\n      }\n    }\n  }\n": types.PendingUsersDocument,
    "\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n      roles\n    }\n  }\n": types.ApproveUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyClaims {\n    myPersonClaims(first: 20) {\n      edges {\n        node {\n          id\n          personId\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyClaims {\n    myPersonClaims(first: 20) {\n      edges {\n        node {\n          id\n          personId\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      personId\n      status\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      personId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      firstName\n      lastName\n      headline\n      city\n      bioFr\n      bioEn\n      email\n      phone\n      website\n      consentDirectory\n      consentBrochure\n      visibility {\n        email\n        phone\n        links\n        availability\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      firstName\n      lastName\n      headline\n      city\n      bioFr\n      bioEn\n      email\n      phone\n      website\n      consentDirectory\n      consentBrochure\n      visibility {\n        email\n        phone\n        links\n        availability\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($id: ID!, $input: PersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      firstName\n      lastName\n      headline\n      city\n      bioFr\n      bioEn\n      email\n      phone\n      website\n      consentDirectory\n      consentBrochure\n      visibility {\n        email\n        phone\n        links\n        availability\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($id: ID!, $input: PersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      firstName\n      lastName\n      headline\n      city\n      bioFr\n      bioEn\n      email\n      phone\n      website\n      consentDirectory\n      consentBrochure\n      visibility {\n        email\n        phone\n        links\n        availability\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        email\n        displayName\n        roles\n        status\n        personId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        email\n        displayName\n        roles\n        status\n        personId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimPerson($personId: ID!, $message: String) {\n    claimPerson(personId: $personId, message: $message) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimPerson($personId: ID!, $message: String) {\n    claimPerson(personId: $personId, message: $message) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyProfile($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kinds\n      formats\n      city\n      country\n      siren\n      website\n      descriptionFr\n      descriptionEn\n      isDemo\n      site {\n        slug\n        name\n      }\n      people {\n        slug\n        name\n        headline\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyProfile($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kinds\n      formats\n      city\n      country\n      siren\n      website\n      descriptionFr\n      descriptionEn\n      isDemo\n      site {\n        slug\n        name\n      }\n      people {\n        slug\n        name\n        headline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($slug: String!) {\n    person(slug: $slug) {\n      id\n      slug\n      name\n      headline\n      kinds\n      city\n      postcode\n      mobilityKm\n      bioFr\n      bioEn\n      isDemo\n      email\n      phone\n      website\n      showreelUrl\n      filmographyUrl\n      crafts {\n        slug\n        labelFr\n        labelEn\n      }\n      languages {\n        language\n        level\n      }\n      availability {\n        id\n        startsOn\n        endsOn\n        note\n      }\n      credits {\n        id\n        title\n        year\n        format\n        companyName\n      }\n      affiliations {\n        id\n        role\n        company {\n          slug\n          name\n        }\n      }\n      school {\n        slug\n        name\n      }\n      programme {\n        title\n      }\n      graduationYear\n      site {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonProfile($slug: String!) {\n    person(slug: $slug) {\n      id\n      slug\n      name\n      headline\n      kinds\n      city\n      postcode\n      mobilityKm\n      bioFr\n      bioEn\n      isDemo\n      email\n      phone\n      website\n      showreelUrl\n      filmographyUrl\n      crafts {\n        slug\n        labelFr\n        labelEn\n      }\n      languages {\n        language\n        level\n      }\n      availability {\n        id\n        startsOn\n        endsOn\n        note\n      }\n      credits {\n        id\n        title\n        year\n        format\n        companyName\n      }\n      affiliations {\n        id\n        role\n        company {\n          slug\n          name\n        }\n      }\n      school {\n        slug\n        name\n      }\n      programme {\n        title\n      }\n      graduationYear\n      site {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolProfile($slug: String!) {\n    school(slug: $slug) {\n      id\n      name\n      city\n      website\n      descriptionFr\n      descriptionEn\n      studentCount\n      verified\n      sources\n      site {\n        slug\n        name\n      }\n      programmes {\n        id\n        title\n        level\n        discipline\n        durationYears\n        languages\n        studentCount\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolProfile($slug: String!) {\n    school(slug: $slug) {\n      id\n      name\n      city\n      website\n      descriptionFr\n      descriptionEn\n      studentCount\n      verified\n      sources\n      site {\n        slug\n        name\n      }\n      programmes {\n        id\n        title\n        level\n        discipline\n        durationYears\n        languages\n        studentCount\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteProfile($slug: String!) {\n    site(slug: $slug) {\n      id\n      name\n      city\n      postcode\n      address\n      addressVerified\n      website\n      descriptionFr\n      descriptionEn\n      facilities\n      sources\n      companies {\n        slug\n        name\n        city\n      }\n      schools {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteProfile($slug: String!) {\n    site(slug: $slug) {\n      id\n      name\n      city\n      postcode\n      address\n      addressVerified\n      website\n      descriptionFr\n      descriptionEn\n      facilities\n      sources\n      companies {\n        slug\n        name\n        city\n      }\n      schools {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalHits\n      processingTimeMs\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      facets {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        id\n        type\n        slug\n        title\n        subtitle\n        highlight\n        distanceKm\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalHits\n      processingTimeMs\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      facets {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        id\n        type\n        slug\n        title\n        subtitle\n        highlight\n        distanceKm\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchLookups {\n    crafts {\n      slug\n      labelFr\n      labelEn\n    }\n    sites {\n      edges {\n        node {\n          slug\n          name\n          lat\n          lng\n        }\n      }\n    }\n    communes {\n      id\n      name\n      postcode\n      lat\n      lng\n    }\n  }\n"): (typeof documents)["\n  query SearchLookups {\n    crafts {\n      slug\n      labelFr\n      labelEn\n    }\n    sites {\n      edges {\n        node {\n          slug\n          name\n          lat\n          lng\n        }\n      }\n    }\n    communes {\n      id\n      name\n      postcode\n      lat\n      lng\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingClaims {\n    personClaims(status: PENDING, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          userId\n          message\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingClaims {\n    personClaims(status: PENDING, first: 100) {\n      edges {\n        node {\n          id\n          personId\n          userId\n          message\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimedPerson($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query ClaimedPerson($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideClaim($id: ID!, $approve: Boolean!) {\n    decidePersonClaim(id: $id, approve: $approve) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideClaim($id: ID!, $approve: Boolean!) {\n    decidePersonClaim(id: $id, approve: $approve) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingUsers {\n    users(status: PENDING, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingUsers {\n    users(status: PENDING, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n      roles\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;