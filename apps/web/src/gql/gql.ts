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
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($confirmEmail: String!, $password: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail, password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      personId\n      status\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment MyProfileFields on Person {\n    id\n    slug\n    firstName\n    lastName\n    titleForm\n    headline\n    city\n    bioFr\n    bioEn\n    email\n    phone\n    website\n    consentDirectory\n    consentBrochure\n    visibility {\n      email\n      phone\n      links\n      availability\n    }\n  }\n": typeof types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile($id: ID!) {\n    person(id: $id) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($id: ID!, $input: PersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query MyInvitations {\n    myDelegationInvitations {\n      id\n      kind\n      status\n      consentBrochure\n      person {\n        id\n        name\n      }\n      company {\n        id\n        name\n      }\n      project {\n        id\n        title\n      }\n      delegation {\n        id\n        name\n        edition {\n          ...EditionSummary\n        }\n      }\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation AnswerInvitation($input: AnswerInvitationInput!) {\n    answerDelegationInvitation(input: $input) {\n      id\n      status\n      consentBrochure\n    }\n  }\n": typeof types.AnswerInvitationDocument,
    "\n  mutation SetBrochureConsent($memberId: ID!, $consent: Boolean!) {\n    setDelegationBrochureConsent(memberId: $memberId, consent: $consent) {\n      id\n      consentBrochure\n    }\n  }\n": typeof types.SetBrochureConsentDocument,
    "\n  mutation WithdrawFromDelegation($memberId: ID!) {\n    withdrawFromDelegation(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawFromDelegationDocument,
    "\n  query MyClaims {\n    myPersonClaims(first: 20) {\n      edges {\n        node {\n          id\n          personId\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.MyClaimsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        id\n        email\n        displayName\n        roles\n        status\n        personId\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation CreateCalendarFeed($language: CalendarLanguage!) {\n    createCalendarFeed(language: $language) {\n      url\n      createdAt\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query MyDeadlines {\n    myDeadlines {\n      kind\n      date\n      daysLeft\n      estimated\n      edition {\n        id\n        year\n        festival {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyDeadlinesDocument,
    "\n  fragment EditionListing on FestivalEdition {\n    id\n    year\n    startsOn\n    endsOn\n    estimated\n    past\n    cancelled\n    marketName\n  }\n": typeof types.EditionListingFragmentDoc,
    "\n  fragment EditionSchedule on FestivalEdition {\n    marketStartsOn\n    marketEndsOn\n    deadlinesSource\n    deadlines {\n      kind\n      date\n      estimated\n    }\n  }\n": typeof types.EditionScheduleFragmentDoc,
    "\n  fragment EditionSummary on FestivalEdition {\n    id\n    year\n    startsOn\n    endsOn\n    estimated\n    cancelled\n    festival {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.EditionSummaryFragmentDoc,
    "\n  query FestivalPage($slug: String!) {\n    festival(slug: $slug) {\n      id\n      slug\n      name\n      city\n      country\n      kinds\n      website\n      entryRules\n      sources\n      editions {\n        ...EditionListing\n        ...EditionSchedule\n        note\n        followedByMe\n      }\n    }\n  }\n": typeof types.FestivalPageDocument,
    "\n  mutation FollowEdition($editionId: ID!) {\n    followEdition(editionId: $editionId) {\n      id\n      followedByMe\n    }\n  }\n": typeof types.FollowEditionDocument,
    "\n  mutation UnfollowEdition($editionId: ID!) {\n    unfollowEdition(editionId: $editionId)\n  }\n": typeof types.UnfollowEditionDocument,
    "\n  query FestivalCalendar($after: String, $upcoming: Boolean, $past: Boolean) {\n    festivalEditions(upcoming: $upcoming, past: $past, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        # Spelled out, not ...EditionListing: the API's cost limit counts a fragment as one level deeper.\n        node {\n          id\n          year\n          startsOn\n          endsOn\n          estimated\n          past\n          cancelled\n          marketName\n          festival {\n            slug\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n": typeof types.FestivalCalendarDocument,
    "\n  fragment IntroductionOutcome on Introduction {\n    id\n    status\n    response\n    decidedAt\n    requesterContact {\n      name\n      email\n      phone\n    }\n    companyContact {\n      name\n      email\n      phone\n    }\n  }\n": typeof types.IntroductionOutcomeFragmentDoc,
    "\n  mutation AnswerIntroduction($id: ID!, $accept: Boolean!, $message: String) {\n    answerIntroduction(id: $id, accept: $accept, message: $message) {\n      ...IntroductionOutcome\n    }\n  }\n": typeof types.AnswerIntroductionDocument,
    "\n  query MyIntroductions {\n    me {\n      id\n      personId\n    }\n    # The most recent 25: more would pass the API's cost limit (which counts a fragment as one level deeper, so\n    # IntroductionOutcome is spelled out here).\n    introductions(first: 25) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          message\n          response\n          createdAt\n          decidedAt\n          companyId\n          company {\n            slug\n            name\n          }\n          project {\n            slug\n            title\n          }\n          requesterContact {\n            name\n            email\n            phone\n          }\n          companyContact {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyIntroductionsDocument,
    "\n  query MyAffiliations($personId: ID!) {\n    person(id: $personId) {\n      ...PersonAffiliations\n    }\n  }\n": typeof types.MyAffiliationsDocument,
    "\n  query MapTileUrl {\n    mapTileUrl\n  }\n": typeof types.MapTileUrlDocument,
    "\n  query CompanyMembers($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.CompanyMembersDocument,
    "\n  query MembersOf($companyId: ID!) {\n    companyMembers(companyId: $companyId) {\n      id\n      role\n      status\n      memberRole\n      createdAt\n      person {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.MembersOfDocument,
    "\n  query MembershipRequests($after: String) {\n    membershipRequests(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          createdAt\n          person {\n            slug\n            name\n          }\n          company {\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembershipRequestsDocument,
    "\n  mutation DecideMembership($id: ID!, $decision: MembershipDecision!) {\n    decideCompanyMembership(id: $id, decision: $decision) {\n      id\n      status\n    }\n  }\n": typeof types.DecideMembershipDocument,
    "\n  mutation SetMemberRole($id: ID!, $memberRole: MemberRole!) {\n    setCompanyMemberRole(id: $id, memberRole: $memberRole) {\n      id\n      memberRole\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation RequestMembership($companyId: ID!, $role: String!) {\n    requestCompanyMembership(companyId: $companyId, role: $role) {\n      id\n      status\n    }\n  }\n": typeof types.RequestMembershipDocument,
    "\n  query PersonIdBySlug($slug: String!) {\n    person(slug: $slug) {\n      id\n    }\n  }\n": typeof types.PersonIdBySlugDocument,
    "\n  mutation AddMember($companyId: ID!, $personId: ID!, $role: String!, $memberRole: MemberRole) {\n    addCompanyMember(companyId: $companyId, personId: $personId, role: $role, memberRole: $memberRole) {\n      id\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  fragment PersonAffiliations on Person {\n    id\n    affiliations {\n      companyId\n      endsOn\n      status\n    }\n  }\n": typeof types.PersonAffiliationsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          event\n          path\n          text\n          createdAt\n          readAt\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment NotificationSettingsFields on NotificationSettings {\n    language\n    digestHour\n    emailBouncedAt\n    preferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": typeof types.NotificationSettingsFieldsFragmentDoc,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.MyNotificationSettingsDocument,
    "\n  mutation UpdateMyNotificationSettings($input: NotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.UpdateMyNotificationSettingsDocument,
    "\n  query BouncedAccounts($after: String) {\n    bouncedAccounts(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          emailBouncedAt\n          emailBounceReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BouncedAccountsDocument,
    "\n  mutation ClaimPerson($personId: ID!, $message: String) {\n    claimPerson(personId: $personId, message: $message) {\n      id\n      status\n    }\n  }\n": typeof types.ClaimPersonDocument,
    "\n  query SiteProfile($slug: String!) {\n    site(slug: $slug) {\n      id\n      name\n      city\n      postcode\n      address\n      addressVerified\n      website\n      descriptionFr\n      descriptionEn\n      figuresYear\n      facilities\n      sources\n      peopleCount\n      demoPeopleCount\n      lat\n      lng\n      companies(first: 100) {\n        slug\n        name\n        city\n        isDemo\n      }\n      schools {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.SiteProfileDocument,
    "\n  query SchoolProfile($slug: String!) {\n    school(slug: $slug) {\n      id\n      name\n      city\n      website\n      descriptionFr\n      descriptionEn\n      studentCount\n      demoStudentCount\n      verified\n      sources\n      site {\n        slug\n        name\n      }\n      programmes(first: 100) {\n        id\n        title\n        level\n        discipline\n        durationYears\n        languages\n        studentCount\n        demoStudentCount\n        isDemo\n        verified\n        rncp\n        rncpValidUntil\n        rncpExpired\n      }\n    }\n  }\n": typeof types.SchoolProfileDocument,
    "\n  query PersonProfile($slug: String!) {\n    person(slug: $slug) {\n      id\n      slug\n      name\n      headline\n      kinds\n      city\n      postcode\n      mobilityKm\n      bioFr\n      bioEn\n      isDemo\n      email\n      phone\n      website\n      showreelUrl\n      filmographyUrl\n      titles {\n        craft\n        fr\n        en\n      }\n      languages {\n        language\n        level\n      }\n      availability {\n        id\n        startsOn\n        endsOn\n        note\n      }\n      credits {\n        id\n        title\n        year\n        format\n        companyName\n      }\n      affiliations {\n        id\n        role\n        status\n        company {\n          slug\n          name\n        }\n      }\n      school {\n        slug\n        name\n      }\n      programme {\n        title\n      }\n      graduationYear\n      site {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  query CompanyProfile($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kinds\n      formats\n      city\n      country\n      siren\n      website\n      descriptionFr\n      descriptionEn\n      isDemo\n      site {\n        slug\n        name\n      }\n      people(first: 100) {\n        slug\n        name\n        headline\n      }\n      coproductionProfile {\n        seeksProjects\n        rolesOffered\n        formats\n        genres\n        budgetMinEur\n        budgetMaxEur\n        subdivision\n        coproductionCountries\n        languages\n        attendingEditions {\n          id\n          year\n          festival {\n            name\n          }\n        }\n        trackRecord {\n          title\n          year\n          format\n          countries\n        }\n      }\n    }\n  }\n": typeof types.CompanyProfileDocument,
    "\n  query MyProjects {\n    # 50 a page keeps the operation within the API's cost limit.\n    projects(first: 50, filter: { mine: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          logline\n          format\n          stage\n          visibility\n          ownerCompany {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyProjectsDocument,
    "\n  mutation RequestIntroduction($projectId: ID!, $companyId: ID!, $message: String!) {\n    requestIntroduction(projectId: $projectId, companyId: $companyId, message: $message) {\n      id\n      status\n    }\n  }\n": typeof types.RequestIntroductionDocument,
    "\n  query UpcomingEditions {\n    festivalEditions(upcoming: true, first: 100) {\n      edges {\n        node {\n          id\n          year\n          startsOn\n          cancelled\n          festival {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpcomingEditionsDocument,
    "\n  query PartnerMatches($projectId: ID!, $editionId: ID, $lang: String) {\n    partnerMatches(projectId: $projectId, editionId: $editionId, first: 20) {\n      score\n      missing(lang: $lang)\n      reasons {\n        criterion\n        code\n        text(lang: $lang)\n        points\n        max\n      }\n      company {\n        id\n        slug\n        name\n        city\n        country\n      }\n    }\n  }\n": typeof types.PartnerMatchesDocument,
    "\n  fragment ProjectDetails on Project {\n    id\n    slug\n    title\n    logline\n    synopsis\n    format\n    stage\n    genres\n    languages\n    budgetEur\n    financingSecuredEur\n    countriesSought\n    rolesSought\n    visibility\n  }\n": typeof types.ProjectDetailsFragmentDoc,
    "\n  query ProjectProfile($slug: String!) {\n    project(slug: $slug) {\n      ...ProjectDetails\n      isDemo\n      ownerCompany {\n        slug\n        name\n      }\n      team {\n        role\n        person {\n          slug\n          name\n        }\n      }\n      funds {\n        fund\n        status\n        amountEur\n      }\n      targetEditions {\n        id\n        year\n        startsOn\n        festival {\n          name\n        }\n      }\n    }\n    funds {\n      slug\n      name\n    }\n  }\n": typeof types.ProjectProfileDocument,
    "\n  query MyProjectIds {\n    projects(first: 100, filter: { mine: true }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MyProjectIdsDocument,
    "\n  fragment ProjectFormFields on Project {\n    ...ProjectDetails\n    ownerCompanyId\n    targetEditionIds\n  }\n": typeof types.ProjectFormFieldsFragmentDoc,
    "\n  query EditProject($slug: String!) {\n    project(slug: $slug) {\n      ...ProjectFormFields\n    }\n  }\n": typeof types.EditProjectDocument,
    "\n  query ProjectFormChoices {\n    me {\n      id\n      personId\n    }\n    festivalEditions(upcoming: true, first: 100) {\n      edges {\n        node {\n          id\n          year\n          festival {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectFormChoicesDocument,
    "\n  query MyCompanies($personId: ID!) {\n    person(id: $personId) {\n      ...PersonAffiliations\n      affiliations {\n        company {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyCompaniesDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: ProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectFormFields\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  query Search($input: SearchInput!, $withFacets: Boolean!, $withHits: Boolean!) {\n    search(input: $input) {\n      totalHits\n      processingTimeMs\n      pageInfo @include(if: $withHits) {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      facets @include(if: $withFacets) {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits @include(if: $withHits) {\n        id\n        type\n        slug\n        title\n        subtitle\n        highlight\n        distanceKm\n        lat\n        lng\n        isDemo\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchLookups {\n    crafts {\n      slug\n      labelFr\n      labelEn\n    }\n    sites {\n      edges {\n        node {\n          slug\n          name\n          lat\n          lng\n        }\n      }\n    }\n    communes {\n      id\n      name\n      postcode\n      lat\n      lng\n    }\n  }\n": typeof types.SearchLookupsDocument,
    "\n  query StaffDashboard {\n    staffDashboard {\n      members\n      demoMembers\n      membersByDepartment {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      membersByCraft {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      membersBySite {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      pendingAccounts\n      pendingClaims\n      pendingByWeek {\n        weekStart\n        pendingAccounts\n        pendingClaims\n      }\n      editions {\n        editionId\n        festivalName\n        year\n        startsOn\n        byStatus {\n          key\n          count\n        }\n      }\n      projectsByFormat {\n        key\n        count\n      }\n      projectsByStage {\n        key\n        count\n      }\n    }\n  }\n": typeof types.StaffDashboardDocument,
    "\n  fragment MemberPerson on Person {\n    id\n    slug\n    name\n  }\n": typeof types.MemberPersonFragmentDoc,
    "\n  fragment MemberCompany on Company {\n    id\n    slug\n    name\n  }\n": typeof types.MemberCompanyFragmentDoc,
    "\n  fragment MemberProject on Project {\n    id\n    slug\n    title\n  }\n": typeof types.MemberProjectFragmentDoc,
    "\n  query DelegationBoard($editionId: ID!) {\n    festivalEdition(id: $editionId) {\n      ...EditionSummary\n    }\n    # Members spelled out, not spread: the API's cost limit counts a fragment as one level deeper.\n    delegations(editionId: $editionId, first: 20) {\n      edges {\n        node {\n          id\n          name\n          status\n          audience\n          capacity\n          seatsHeld\n          notes\n          members {\n            id\n            kind\n            status\n            note\n            consentBrochure\n            invitedAt\n            answeredAt\n            person {\n              id\n              slug\n              name\n            }\n            company {\n              id\n              slug\n              name\n            }\n            project {\n              id\n              slug\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DelegationBoardDocument,
    "\n  query DelegationHistory($delegationId: ID!) {\n    delegationHistory(delegationId: $delegationId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          memberId\n          fromStatus\n          toStatus\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.DelegationHistoryDocument,
    "\n  query DelegationSuggestions($editionId: ID!, $delegationId: ID!, $lang: String) {\n    delegationSuggestions(editionId: $editionId, delegationId: $delegationId, first: 10) {\n      id\n      kind\n      score\n      reasons {\n        criterion\n        code\n        text(lang: $lang)\n        points\n      }\n      person {\n        ...MemberPerson\n      }\n      company {\n        ...MemberCompany\n      }\n      project {\n        ...MemberProject\n      }\n    }\n  }\n": typeof types.DelegationSuggestionsDocument,
    "\n  mutation CreateDelegation($input: CreateDelegationInput!) {\n    createDelegation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDelegationDocument,
    "\n  mutation UpdateDelegation($id: ID!, $input: UpdateDelegationInput!) {\n    updateDelegation(id: $id, input: $input) {\n      id\n      status\n      capacity\n      notes\n      seatsHeld\n    }\n  }\n": typeof types.UpdateDelegationDocument,
    "\n  mutation SetDelegationMemberStatus($input: SetMemberStatusInput!) {\n    setDelegationMemberStatus(input: $input) {\n      id\n      status\n      invitedAt\n    }\n  }\n": typeof types.SetDelegationMemberStatusDocument,
    "\n  mutation SetDelegationMemberNote($memberId: ID!, $note: String) {\n    setDelegationMemberNote(memberId: $memberId, note: $note) {\n      id\n      note\n    }\n  }\n": typeof types.SetDelegationMemberNoteDocument,
    "\n  mutation AddDelegationMember($input: AddDelegationMemberInput!) {\n    addDelegationMember(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AddDelegationMemberDocument,
    "\n  mutation RemoveDelegationMember($memberId: ID!) {\n    removeDelegationMember(memberId: $memberId)\n  }\n": typeof types.RemoveDelegationMemberDocument,
    "\n  query StaffDelegations($after: String) {\n    delegations(first: 40, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          capacity\n          seatsHeld\n          edition {\n            id\n            year\n            startsOn\n            endsOn\n            estimated\n            festival {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffDelegationsDocument,
    "\n  fragment EditionDatesForm on FestivalEdition {\n    id\n    startsOn\n    endsOn\n    estimated\n    marketName\n    ...EditionSchedule\n    accreditationDeadline\n    submissionDeadline\n  }\n": typeof types.EditionDatesFormFragmentDoc,
    "\n  query EditionDatesForm($id: ID!) {\n    festivalEdition(id: $id) {\n      ...EditionSummary\n      ...EditionDatesForm\n    }\n  }\n": typeof types.EditionDatesFormDocument,
    "\n  mutation SetEditionDates($id: ID!, $input: EditionDatesInput!) {\n    setEditionDates(id: $id, input: $input) {\n      ...EditionDatesForm\n    }\n  }\n": typeof types.SetEditionDatesDocument,
    "\n  mutation SetEditionDeadlinesForm($id: ID!, $input: EditionDeadlinesInput!) {\n    setEditionDeadlines(id: $id, input: $input) {\n      ...EditionDatesForm\n    }\n  }\n": typeof types.SetEditionDeadlinesFormDocument,
    "\n  query PendingUsers($after: String) {\n    users(status: PENDING, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PendingUsersDocument,
    "\n  mutation RefuseUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RefuseUserDocument,
    "\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n      roles\n    }\n  }\n": typeof types.ApproveUserDocument,
    "\n  query PendingClaims($after: String) {\n    personClaims(status: PENDING, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          personId\n          userId\n          message\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PendingClaimsDocument,
    "\n  query ClaimedPerson($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      name\n      email\n    }\n  }\n": typeof types.ClaimedPersonDocument,
    "\n  mutation DecideClaim($id: ID!, $approve: Boolean!) {\n    decidePersonClaim(id: $id, approve: $approve) {\n      id\n      status\n    }\n  }\n": typeof types.DecideClaimDocument,
};
const documents: Documents = {
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($confirmEmail: String!, $password: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail, password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      personId\n      status\n    }\n  }\n": types.MeDocument,
    "\n  fragment MyProfileFields on Person {\n    id\n    slug\n    firstName\n    lastName\n    titleForm\n    headline\n    city\n    bioFr\n    bioEn\n    email\n    phone\n    website\n    consentDirectory\n    consentBrochure\n    visibility {\n      email\n      phone\n      links\n      availability\n    }\n  }\n": types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile($id: ID!) {\n    person(id: $id) {\n      ...MyProfileFields\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($id: ID!, $input: PersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...MyProfileFields\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query MyInvitations {\n    myDelegationInvitations {\n      id\n      kind\n      status\n      consentBrochure\n      person {\n        id\n        name\n      }\n      company {\n        id\n        name\n      }\n      project {\n        id\n        title\n      }\n      delegation {\n        id\n        name\n        edition {\n          ...EditionSummary\n        }\n      }\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation AnswerInvitation($input: AnswerInvitationInput!) {\n    answerDelegationInvitation(input: $input) {\n      id\n      status\n      consentBrochure\n    }\n  }\n": types.AnswerInvitationDocument,
    "\n  mutation SetBrochureConsent($memberId: ID!, $consent: Boolean!) {\n    setDelegationBrochureConsent(memberId: $memberId, consent: $consent) {\n      id\n      consentBrochure\n    }\n  }\n": types.SetBrochureConsentDocument,
    "\n  mutation WithdrawFromDelegation($memberId: ID!) {\n    withdrawFromDelegation(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.WithdrawFromDelegationDocument,
    "\n  query MyClaims {\n    myPersonClaims(first: 20) {\n      edges {\n        node {\n          id\n          personId\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": types.MyClaimsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        id\n        email\n        displayName\n        roles\n        status\n        personId\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation CreateCalendarFeed($language: CalendarLanguage!) {\n    createCalendarFeed(language: $language) {\n      url\n      createdAt\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query MyDeadlines {\n    myDeadlines {\n      kind\n      date\n      daysLeft\n      estimated\n      edition {\n        id\n        year\n        festival {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.MyDeadlinesDocument,
    "\n  fragment EditionListing on FestivalEdition {\n    id\n    year\n    startsOn\n    endsOn\n    estimated\n    past\n    cancelled\n    marketName\n  }\n": types.EditionListingFragmentDoc,
    "\n  fragment EditionSchedule on FestivalEdition {\n    marketStartsOn\n    marketEndsOn\n    deadlinesSource\n    deadlines {\n      kind\n      date\n      estimated\n    }\n  }\n": types.EditionScheduleFragmentDoc,
    "\n  fragment EditionSummary on FestivalEdition {\n    id\n    year\n    startsOn\n    endsOn\n    estimated\n    cancelled\n    festival {\n      id\n      slug\n      name\n    }\n  }\n": types.EditionSummaryFragmentDoc,
    "\n  query FestivalPage($slug: String!) {\n    festival(slug: $slug) {\n      id\n      slug\n      name\n      city\n      country\n      kinds\n      website\n      entryRules\n      sources\n      editions {\n        ...EditionListing\n        ...EditionSchedule\n        note\n        followedByMe\n      }\n    }\n  }\n": types.FestivalPageDocument,
    "\n  mutation FollowEdition($editionId: ID!) {\n    followEdition(editionId: $editionId) {\n      id\n      followedByMe\n    }\n  }\n": types.FollowEditionDocument,
    "\n  mutation UnfollowEdition($editionId: ID!) {\n    unfollowEdition(editionId: $editionId)\n  }\n": types.UnfollowEditionDocument,
    "\n  query FestivalCalendar($after: String, $upcoming: Boolean, $past: Boolean) {\n    festivalEditions(upcoming: $upcoming, past: $past, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        # Spelled out, not ...EditionListing: the API's cost limit counts a fragment as one level deeper.\n        node {\n          id\n          year\n          startsOn\n          endsOn\n          estimated\n          past\n          cancelled\n          marketName\n          festival {\n            slug\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n": types.FestivalCalendarDocument,
    "\n  fragment IntroductionOutcome on Introduction {\n    id\n    status\n    response\n    decidedAt\n    requesterContact {\n      name\n      email\n      phone\n    }\n    companyContact {\n      name\n      email\n      phone\n    }\n  }\n": types.IntroductionOutcomeFragmentDoc,
    "\n  mutation AnswerIntroduction($id: ID!, $accept: Boolean!, $message: String) {\n    answerIntroduction(id: $id, accept: $accept, message: $message) {\n      ...IntroductionOutcome\n    }\n  }\n": types.AnswerIntroductionDocument,
    "\n  query MyIntroductions {\n    me {\n      id\n      personId\n    }\n    # The most recent 25: more would pass the API's cost limit (which counts a fragment as one level deeper, so\n    # IntroductionOutcome is spelled out here).\n    introductions(first: 25) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          message\n          response\n          createdAt\n          decidedAt\n          companyId\n          company {\n            slug\n            name\n          }\n          project {\n            slug\n            title\n          }\n          requesterContact {\n            name\n            email\n            phone\n          }\n          companyContact {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n": types.MyIntroductionsDocument,
    "\n  query MyAffiliations($personId: ID!) {\n    person(id: $personId) {\n      ...PersonAffiliations\n    }\n  }\n": types.MyAffiliationsDocument,
    "\n  query MapTileUrl {\n    mapTileUrl\n  }\n": types.MapTileUrlDocument,
    "\n  query CompanyMembers($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      slug\n    }\n  }\n": types.CompanyMembersDocument,
    "\n  query MembersOf($companyId: ID!) {\n    companyMembers(companyId: $companyId) {\n      id\n      role\n      status\n      memberRole\n      createdAt\n      person {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.MembersOfDocument,
    "\n  query MembershipRequests($after: String) {\n    membershipRequests(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          createdAt\n          person {\n            slug\n            name\n          }\n          company {\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembershipRequestsDocument,
    "\n  mutation DecideMembership($id: ID!, $decision: MembershipDecision!) {\n    decideCompanyMembership(id: $id, decision: $decision) {\n      id\n      status\n    }\n  }\n": types.DecideMembershipDocument,
    "\n  mutation SetMemberRole($id: ID!, $memberRole: MemberRole!) {\n    setCompanyMemberRole(id: $id, memberRole: $memberRole) {\n      id\n      memberRole\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation RequestMembership($companyId: ID!, $role: String!) {\n    requestCompanyMembership(companyId: $companyId, role: $role) {\n      id\n      status\n    }\n  }\n": types.RequestMembershipDocument,
    "\n  query PersonIdBySlug($slug: String!) {\n    person(slug: $slug) {\n      id\n    }\n  }\n": types.PersonIdBySlugDocument,
    "\n  mutation AddMember($companyId: ID!, $personId: ID!, $role: String!, $memberRole: MemberRole) {\n    addCompanyMember(companyId: $companyId, personId: $personId, role: $role, memberRole: $memberRole) {\n      id\n    }\n  }\n": types.AddMemberDocument,
    "\n  fragment PersonAffiliations on Person {\n    id\n    affiliations {\n      companyId\n      endsOn\n      status\n    }\n  }\n": types.PersonAffiliationsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          event\n          path\n          text\n          createdAt\n          readAt\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment NotificationSettingsFields on NotificationSettings {\n    language\n    digestHour\n    emailBouncedAt\n    preferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": types.NotificationSettingsFieldsFragmentDoc,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": types.MyNotificationSettingsDocument,
    "\n  mutation UpdateMyNotificationSettings($input: NotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": types.UpdateMyNotificationSettingsDocument,
    "\n  query BouncedAccounts($after: String) {\n    bouncedAccounts(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          emailBouncedAt\n          emailBounceReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BouncedAccountsDocument,
    "\n  mutation ClaimPerson($personId: ID!, $message: String) {\n    claimPerson(personId: $personId, message: $message) {\n      id\n      status\n    }\n  }\n": types.ClaimPersonDocument,
    "\n  query SiteProfile($slug: String!) {\n    site(slug: $slug) {\n      id\n      name\n      city\n      postcode\n      address\n      addressVerified\n      website\n      descriptionFr\n      descriptionEn\n      figuresYear\n      facilities\n      sources\n      peopleCount\n      demoPeopleCount\n      lat\n      lng\n      companies(first: 100) {\n        slug\n        name\n        city\n        isDemo\n      }\n      schools {\n        slug\n        name\n      }\n    }\n  }\n": types.SiteProfileDocument,
    "\n  query SchoolProfile($slug: String!) {\n    school(slug: $slug) {\n      id\n      name\n      city\n      website\n      descriptionFr\n      descriptionEn\n      studentCount\n      demoStudentCount\n      verified\n      sources\n      site {\n        slug\n        name\n      }\n      programmes(first: 100) {\n        id\n        title\n        level\n        discipline\n        durationYears\n        languages\n        studentCount\n        demoStudentCount\n        isDemo\n        verified\n        rncp\n        rncpValidUntil\n        rncpExpired\n      }\n    }\n  }\n": types.SchoolProfileDocument,
    "\n  query PersonProfile($slug: String!) {\n    person(slug: $slug) {\n      id\n      slug\n      name\n      headline\n      kinds\n      city\n      postcode\n      mobilityKm\n      bioFr\n      bioEn\n      isDemo\n      email\n      phone\n      website\n      showreelUrl\n      filmographyUrl\n      titles {\n        craft\n        fr\n        en\n      }\n      languages {\n        language\n        level\n      }\n      availability {\n        id\n        startsOn\n        endsOn\n        note\n      }\n      credits {\n        id\n        title\n        year\n        format\n        companyName\n      }\n      affiliations {\n        id\n        role\n        status\n        company {\n          slug\n          name\n        }\n      }\n      school {\n        slug\n        name\n      }\n      programme {\n        title\n      }\n      graduationYear\n      site {\n        slug\n        name\n      }\n    }\n  }\n": types.PersonProfileDocument,
    "\n  query CompanyProfile($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kinds\n      formats\n      city\n      country\n      siren\n      website\n      descriptionFr\n      descriptionEn\n      isDemo\n      site {\n        slug\n        name\n      }\n      people(first: 100) {\n        slug\n        name\n        headline\n      }\n      coproductionProfile {\n        seeksProjects\n        rolesOffered\n        formats\n        genres\n        budgetMinEur\n        budgetMaxEur\n        subdivision\n        coproductionCountries\n        languages\n        attendingEditions {\n          id\n          year\n          festival {\n            name\n          }\n        }\n        trackRecord {\n          title\n          year\n          format\n          countries\n        }\n      }\n    }\n  }\n": types.CompanyProfileDocument,
    "\n  query MyProjects {\n    # 50 a page keeps the operation within the API's cost limit.\n    projects(first: 50, filter: { mine: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          logline\n          format\n          stage\n          visibility\n          ownerCompany {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyProjectsDocument,
    "\n  mutation RequestIntroduction($projectId: ID!, $companyId: ID!, $message: String!) {\n    requestIntroduction(projectId: $projectId, companyId: $companyId, message: $message) {\n      id\n      status\n    }\n  }\n": types.RequestIntroductionDocument,
    "\n  query UpcomingEditions {\n    festivalEditions(upcoming: true, first: 100) {\n      edges {\n        node {\n          id\n          year\n          startsOn\n          cancelled\n          festival {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UpcomingEditionsDocument,
    "\n  query PartnerMatches($projectId: ID!, $editionId: ID, $lang: String) {\n    partnerMatches(projectId: $projectId, editionId: $editionId, first: 20) {\n      score\n      missing(lang: $lang)\n      reasons {\n        criterion\n        code\n        text(lang: $lang)\n        points\n        max\n      }\n      company {\n        id\n        slug\n        name\n        city\n        country\n      }\n    }\n  }\n": types.PartnerMatchesDocument,
    "\n  fragment ProjectDetails on Project {\n    id\n    slug\n    title\n    logline\n    synopsis\n    format\n    stage\n    genres\n    languages\n    budgetEur\n    financingSecuredEur\n    countriesSought\n    rolesSought\n    visibility\n  }\n": types.ProjectDetailsFragmentDoc,
    "\n  query ProjectProfile($slug: String!) {\n    project(slug: $slug) {\n      ...ProjectDetails\n      isDemo\n      ownerCompany {\n        slug\n        name\n      }\n      team {\n        role\n        person {\n          slug\n          name\n        }\n      }\n      funds {\n        fund\n        status\n        amountEur\n      }\n      targetEditions {\n        id\n        year\n        startsOn\n        festival {\n          name\n        }\n      }\n    }\n    funds {\n      slug\n      name\n    }\n  }\n": types.ProjectProfileDocument,
    "\n  query MyProjectIds {\n    projects(first: 100, filter: { mine: true }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.MyProjectIdsDocument,
    "\n  fragment ProjectFormFields on Project {\n    ...ProjectDetails\n    ownerCompanyId\n    targetEditionIds\n  }\n": types.ProjectFormFieldsFragmentDoc,
    "\n  query EditProject($slug: String!) {\n    project(slug: $slug) {\n      ...ProjectFormFields\n    }\n  }\n": types.EditProjectDocument,
    "\n  query ProjectFormChoices {\n    me {\n      id\n      personId\n    }\n    festivalEditions(upcoming: true, first: 100) {\n      edges {\n        node {\n          id\n          year\n          festival {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProjectFormChoicesDocument,
    "\n  query MyCompanies($personId: ID!) {\n    person(id: $personId) {\n      ...PersonAffiliations\n      affiliations {\n        company {\n          name\n        }\n      }\n    }\n  }\n": types.MyCompaniesDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: ProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectFormFields\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  query Search($input: SearchInput!, $withFacets: Boolean!, $withHits: Boolean!) {\n    search(input: $input) {\n      totalHits\n      processingTimeMs\n      pageInfo @include(if: $withHits) {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      facets @include(if: $withFacets) {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits @include(if: $withHits) {\n        id\n        type\n        slug\n        title\n        subtitle\n        highlight\n        distanceKm\n        lat\n        lng\n        isDemo\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchLookups {\n    crafts {\n      slug\n      labelFr\n      labelEn\n    }\n    sites {\n      edges {\n        node {\n          slug\n          name\n          lat\n          lng\n        }\n      }\n    }\n    communes {\n      id\n      name\n      postcode\n      lat\n      lng\n    }\n  }\n": types.SearchLookupsDocument,
    "\n  query StaffDashboard {\n    staffDashboard {\n      members\n      demoMembers\n      membersByDepartment {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      membersByCraft {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      membersBySite {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      pendingAccounts\n      pendingClaims\n      pendingByWeek {\n        weekStart\n        pendingAccounts\n        pendingClaims\n      }\n      editions {\n        editionId\n        festivalName\n        year\n        startsOn\n        byStatus {\n          key\n          count\n        }\n      }\n      projectsByFormat {\n        key\n        count\n      }\n      projectsByStage {\n        key\n        count\n      }\n    }\n  }\n": types.StaffDashboardDocument,
    "\n  fragment MemberPerson on Person {\n    id\n    slug\n    name\n  }\n": types.MemberPersonFragmentDoc,
    "\n  fragment MemberCompany on Company {\n    id\n    slug\n    name\n  }\n": types.MemberCompanyFragmentDoc,
    "\n  fragment MemberProject on Project {\n    id\n    slug\n    title\n  }\n": types.MemberProjectFragmentDoc,
    "\n  query DelegationBoard($editionId: ID!) {\n    festivalEdition(id: $editionId) {\n      ...EditionSummary\n    }\n    # Members spelled out, not spread: the API's cost limit counts a fragment as one level deeper.\n    delegations(editionId: $editionId, first: 20) {\n      edges {\n        node {\n          id\n          name\n          status\n          audience\n          capacity\n          seatsHeld\n          notes\n          members {\n            id\n            kind\n            status\n            note\n            consentBrochure\n            invitedAt\n            answeredAt\n            person {\n              id\n              slug\n              name\n            }\n            company {\n              id\n              slug\n              name\n            }\n            project {\n              id\n              slug\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DelegationBoardDocument,
    "\n  query DelegationHistory($delegationId: ID!) {\n    delegationHistory(delegationId: $delegationId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          memberId\n          fromStatus\n          toStatus\n          createdAt\n        }\n      }\n    }\n  }\n": types.DelegationHistoryDocument,
    "\n  query DelegationSuggestions($editionId: ID!, $delegationId: ID!, $lang: String) {\n    delegationSuggestions(editionId: $editionId, delegationId: $delegationId, first: 10) {\n      id\n      kind\n      score\n      reasons {\n        criterion\n        code\n        text(lang: $lang)\n        points\n      }\n      person {\n        ...MemberPerson\n      }\n      company {\n        ...MemberCompany\n      }\n      project {\n        ...MemberProject\n      }\n    }\n  }\n": types.DelegationSuggestionsDocument,
    "\n  mutation CreateDelegation($input: CreateDelegationInput!) {\n    createDelegation(input: $input) {\n      id\n    }\n  }\n": types.CreateDelegationDocument,
    "\n  mutation UpdateDelegation($id: ID!, $input: UpdateDelegationInput!) {\n    updateDelegation(id: $id, input: $input) {\n      id\n      status\n      capacity\n      notes\n      seatsHeld\n    }\n  }\n": types.UpdateDelegationDocument,
    "\n  mutation SetDelegationMemberStatus($input: SetMemberStatusInput!) {\n    setDelegationMemberStatus(input: $input) {\n      id\n      status\n      invitedAt\n    }\n  }\n": types.SetDelegationMemberStatusDocument,
    "\n  mutation SetDelegationMemberNote($memberId: ID!, $note: String) {\n    setDelegationMemberNote(memberId: $memberId, note: $note) {\n      id\n      note\n    }\n  }\n": types.SetDelegationMemberNoteDocument,
    "\n  mutation AddDelegationMember($input: AddDelegationMemberInput!) {\n    addDelegationMember(input: $input) {\n      id\n      status\n    }\n  }\n": types.AddDelegationMemberDocument,
    "\n  mutation RemoveDelegationMember($memberId: ID!) {\n    removeDelegationMember(memberId: $memberId)\n  }\n": types.RemoveDelegationMemberDocument,
    "\n  query StaffDelegations($after: String) {\n    delegations(first: 40, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          capacity\n          seatsHeld\n          edition {\n            id\n            year\n            startsOn\n            endsOn\n            estimated\n            festival {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StaffDelegationsDocument,
    "\n  fragment EditionDatesForm on FestivalEdition {\n    id\n    startsOn\n    endsOn\n    estimated\n    marketName\n    ...EditionSchedule\n    accreditationDeadline\n    submissionDeadline\n  }\n": types.EditionDatesFormFragmentDoc,
    "\n  query EditionDatesForm($id: ID!) {\n    festivalEdition(id: $id) {\n      ...EditionSummary\n      ...EditionDatesForm\n    }\n  }\n": types.EditionDatesFormDocument,
    "\n  mutation SetEditionDates($id: ID!, $input: EditionDatesInput!) {\n    setEditionDates(id: $id, input: $input) {\n      ...EditionDatesForm\n    }\n  }\n": types.SetEditionDatesDocument,
    "\n  mutation SetEditionDeadlinesForm($id: ID!, $input: EditionDeadlinesInput!) {\n    setEditionDeadlines(id: $id, input: $input) {\n      ...EditionDatesForm\n    }\n  }\n": types.SetEditionDeadlinesFormDocument,
    "\n  query PendingUsers($after: String) {\n    users(status: PENDING, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          createdAt\n        }\n      }\n    }\n  }\n": types.PendingUsersDocument,
    "\n  mutation RefuseUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      status\n    }\n  }\n": types.RefuseUserDocument,
    "\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n      roles\n    }\n  }\n": types.ApproveUserDocument,
    "\n  query PendingClaims($after: String) {\n    personClaims(status: PENDING, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          personId\n          userId\n          message\n          createdAt\n        }\n      }\n    }\n  }\n": types.PendingClaimsDocument,
    "\n  query ClaimedPerson($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      name\n      email\n    }\n  }\n": types.ClaimedPersonDocument,
    "\n  mutation DecideClaim($id: ID!, $approve: Boolean!) {\n    decidePersonClaim(id: $id, approve: $approve) {\n      id\n      status\n    }\n  }\n": types.DecideClaimDocument,
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
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($confirmEmail: String!, $password: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail, password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($confirmEmail: String!, $password: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      personId\n      status\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      personId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyProfileFields on Person {\n    id\n    slug\n    firstName\n    lastName\n    titleForm\n    headline\n    city\n    bioFr\n    bioEn\n    email\n    phone\n    website\n    consentDirectory\n    consentBrochure\n    visibility {\n      email\n      phone\n      links\n      availability\n    }\n  }\n"): (typeof documents)["\n  fragment MyProfileFields on Person {\n    id\n    slug\n    firstName\n    lastName\n    titleForm\n    headline\n    city\n    bioFr\n    bioEn\n    email\n    phone\n    website\n    consentDirectory\n    consentBrochure\n    visibility {\n      email\n      phone\n      links\n      availability\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile($id: ID!) {\n    person(id: $id) {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyProfile($id: ID!) {\n    person(id: $id) {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($id: ID!, $input: PersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($id: ID!, $input: PersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myDelegationInvitations {\n      id\n      kind\n      status\n      consentBrochure\n      person {\n        id\n        name\n      }\n      company {\n        id\n        name\n      }\n      project {\n        id\n        title\n      }\n      delegation {\n        id\n        name\n        edition {\n          ...EditionSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInvitations {\n    myDelegationInvitations {\n      id\n      kind\n      status\n      consentBrochure\n      person {\n        id\n        name\n      }\n      company {\n        id\n        name\n      }\n      project {\n        id\n        title\n      }\n      delegation {\n        id\n        name\n        edition {\n          ...EditionSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerInvitation($input: AnswerInvitationInput!) {\n    answerDelegationInvitation(input: $input) {\n      id\n      status\n      consentBrochure\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerInvitation($input: AnswerInvitationInput!) {\n    answerDelegationInvitation(input: $input) {\n      id\n      status\n      consentBrochure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBrochureConsent($memberId: ID!, $consent: Boolean!) {\n    setDelegationBrochureConsent(memberId: $memberId, consent: $consent) {\n      id\n      consentBrochure\n    }\n  }\n"): (typeof documents)["\n  mutation SetBrochureConsent($memberId: ID!, $consent: Boolean!) {\n    setDelegationBrochureConsent(memberId: $memberId, consent: $consent) {\n      id\n      consentBrochure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFromDelegation($memberId: ID!) {\n    withdrawFromDelegation(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawFromDelegation($memberId: ID!) {\n    withdrawFromDelegation(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyClaims {\n    myPersonClaims(first: 20) {\n      edges {\n        node {\n          id\n          personId\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyClaims {\n    myPersonClaims(first: 20) {\n      edges {\n        node {\n          id\n          personId\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        id\n        email\n        displayName\n        roles\n        status\n        personId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        id\n        email\n        displayName\n        roles\n        status\n        personId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed($language: CalendarLanguage!) {\n    createCalendarFeed(language: $language) {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed($language: CalendarLanguage!) {\n    createCalendarFeed(language: $language) {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDeadlines {\n    myDeadlines {\n      kind\n      date\n      daysLeft\n      estimated\n      edition {\n        id\n        year\n        festival {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDeadlines {\n    myDeadlines {\n      kind\n      date\n      daysLeft\n      estimated\n      edition {\n        id\n        year\n        festival {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditionListing on FestivalEdition {\n    id\n    year\n    startsOn\n    endsOn\n    estimated\n    past\n    cancelled\n    marketName\n  }\n"): (typeof documents)["\n  fragment EditionListing on FestivalEdition {\n    id\n    year\n    startsOn\n    endsOn\n    estimated\n    past\n    cancelled\n    marketName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditionSchedule on FestivalEdition {\n    marketStartsOn\n    marketEndsOn\n    deadlinesSource\n    deadlines {\n      kind\n      date\n      estimated\n    }\n  }\n"): (typeof documents)["\n  fragment EditionSchedule on FestivalEdition {\n    marketStartsOn\n    marketEndsOn\n    deadlinesSource\n    deadlines {\n      kind\n      date\n      estimated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditionSummary on FestivalEdition {\n    id\n    year\n    startsOn\n    endsOn\n    estimated\n    cancelled\n    festival {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EditionSummary on FestivalEdition {\n    id\n    year\n    startsOn\n    endsOn\n    estimated\n    cancelled\n    festival {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FestivalPage($slug: String!) {\n    festival(slug: $slug) {\n      id\n      slug\n      name\n      city\n      country\n      kinds\n      website\n      entryRules\n      sources\n      editions {\n        ...EditionListing\n        ...EditionSchedule\n        note\n        followedByMe\n      }\n    }\n  }\n"): (typeof documents)["\n  query FestivalPage($slug: String!) {\n    festival(slug: $slug) {\n      id\n      slug\n      name\n      city\n      country\n      kinds\n      website\n      entryRules\n      sources\n      editions {\n        ...EditionListing\n        ...EditionSchedule\n        note\n        followedByMe\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowEdition($editionId: ID!) {\n    followEdition(editionId: $editionId) {\n      id\n      followedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation FollowEdition($editionId: ID!) {\n    followEdition(editionId: $editionId) {\n      id\n      followedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowEdition($editionId: ID!) {\n    unfollowEdition(editionId: $editionId)\n  }\n"): (typeof documents)["\n  mutation UnfollowEdition($editionId: ID!) {\n    unfollowEdition(editionId: $editionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FestivalCalendar($after: String, $upcoming: Boolean, $past: Boolean) {\n    festivalEditions(upcoming: $upcoming, past: $past, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        # Spelled out, not ...EditionListing: the API's cost limit counts a fragment as one level deeper.\n        node {\n          id\n          year\n          startsOn\n          endsOn\n          estimated\n          past\n          cancelled\n          marketName\n          festival {\n            slug\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FestivalCalendar($after: String, $upcoming: Boolean, $past: Boolean) {\n    festivalEditions(upcoming: $upcoming, past: $past, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        # Spelled out, not ...EditionListing: the API's cost limit counts a fragment as one level deeper.\n        node {\n          id\n          year\n          startsOn\n          endsOn\n          estimated\n          past\n          cancelled\n          marketName\n          festival {\n            slug\n            name\n            city\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntroductionOutcome on Introduction {\n    id\n    status\n    response\n    decidedAt\n    requesterContact {\n      name\n      email\n      phone\n    }\n    companyContact {\n      name\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment IntroductionOutcome on Introduction {\n    id\n    status\n    response\n    decidedAt\n    requesterContact {\n      name\n      email\n      phone\n    }\n    companyContact {\n      name\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerIntroduction($id: ID!, $accept: Boolean!, $message: String) {\n    answerIntroduction(id: $id, accept: $accept, message: $message) {\n      ...IntroductionOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerIntroduction($id: ID!, $accept: Boolean!, $message: String) {\n    answerIntroduction(id: $id, accept: $accept, message: $message) {\n      ...IntroductionOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIntroductions {\n    me {\n      id\n      personId\n    }\n    # The most recent 25: more would pass the API's cost limit (which counts a fragment as one level deeper, so\n    # IntroductionOutcome is spelled out here).\n    introductions(first: 25) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          message\n          response\n          createdAt\n          decidedAt\n          companyId\n          company {\n            slug\n            name\n          }\n          project {\n            slug\n            title\n          }\n          requesterContact {\n            name\n            email\n            phone\n          }\n          companyContact {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyIntroductions {\n    me {\n      id\n      personId\n    }\n    # The most recent 25: more would pass the API's cost limit (which counts a fragment as one level deeper, so\n    # IntroductionOutcome is spelled out here).\n    introductions(first: 25) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          message\n          response\n          createdAt\n          decidedAt\n          companyId\n          company {\n            slug\n            name\n          }\n          project {\n            slug\n            title\n          }\n          requesterContact {\n            name\n            email\n            phone\n          }\n          companyContact {\n            name\n            email\n            phone\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAffiliations($personId: ID!) {\n    person(id: $personId) {\n      ...PersonAffiliations\n    }\n  }\n"): (typeof documents)["\n  query MyAffiliations($personId: ID!) {\n    person(id: $personId) {\n      ...PersonAffiliations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapTileUrl {\n    mapTileUrl\n  }\n"): (typeof documents)["\n  query MapTileUrl {\n    mapTileUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyMembers($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  query CompanyMembers($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersOf($companyId: ID!) {\n    companyMembers(companyId: $companyId) {\n      id\n      role\n      status\n      memberRole\n      createdAt\n      person {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersOf($companyId: ID!) {\n    companyMembers(companyId: $companyId) {\n      id\n      role\n      status\n      memberRole\n      createdAt\n      person {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipRequests($after: String) {\n    membershipRequests(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          createdAt\n          person {\n            slug\n            name\n          }\n          company {\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembershipRequests($after: String) {\n    membershipRequests(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          createdAt\n          person {\n            slug\n            name\n          }\n          company {\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMembership($id: ID!, $decision: MembershipDecision!) {\n    decideCompanyMembership(id: $id, decision: $decision) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideMembership($id: ID!, $decision: MembershipDecision!) {\n    decideCompanyMembership(id: $id, decision: $decision) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($id: ID!, $memberRole: MemberRole!) {\n    setCompanyMemberRole(id: $id, memberRole: $memberRole) {\n      id\n      memberRole\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRole($id: ID!, $memberRole: MemberRole!) {\n    setCompanyMemberRole(id: $id, memberRole: $memberRole) {\n      id\n      memberRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMembership($companyId: ID!, $role: String!) {\n    requestCompanyMembership(companyId: $companyId, role: $role) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMembership($companyId: ID!, $role: String!) {\n    requestCompanyMembership(companyId: $companyId, role: $role) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonIdBySlug($slug: String!) {\n    person(slug: $slug) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PersonIdBySlug($slug: String!) {\n    person(slug: $slug) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($companyId: ID!, $personId: ID!, $role: String!, $memberRole: MemberRole) {\n    addCompanyMember(companyId: $companyId, personId: $personId, role: $role, memberRole: $memberRole) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($companyId: ID!, $personId: ID!, $role: String!, $memberRole: MemberRole) {\n    addCompanyMember(companyId: $companyId, personId: $personId, role: $role, memberRole: $memberRole) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonAffiliations on Person {\n    id\n    affiliations {\n      companyId\n      endsOn\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment PersonAffiliations on Person {\n    id\n    affiliations {\n      companyId\n      endsOn\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          event\n          path\n          text\n          createdAt\n          readAt\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          event\n          path\n          text\n          createdAt\n          readAt\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationSettingsFields on NotificationSettings {\n    language\n    digestHour\n    emailBouncedAt\n    preferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationSettingsFields on NotificationSettings {\n    language\n    digestHour\n    emailBouncedAt\n    preferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationSettings {\n    myNotificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyNotificationSettings($input: NotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyNotificationSettings($input: NotificationSettingsInput!) {\n    updateMyNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BouncedAccounts($after: String) {\n    bouncedAccounts(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          emailBouncedAt\n          emailBounceReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BouncedAccounts($after: String) {\n    bouncedAccounts(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          emailBouncedAt\n          emailBounceReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimPerson($personId: ID!, $message: String) {\n    claimPerson(personId: $personId, message: $message) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimPerson($personId: ID!, $message: String) {\n    claimPerson(personId: $personId, message: $message) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteProfile($slug: String!) {\n    site(slug: $slug) {\n      id\n      name\n      city\n      postcode\n      address\n      addressVerified\n      website\n      descriptionFr\n      descriptionEn\n      figuresYear\n      facilities\n      sources\n      peopleCount\n      demoPeopleCount\n      lat\n      lng\n      companies(first: 100) {\n        slug\n        name\n        city\n        isDemo\n      }\n      schools {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteProfile($slug: String!) {\n    site(slug: $slug) {\n      id\n      name\n      city\n      postcode\n      address\n      addressVerified\n      website\n      descriptionFr\n      descriptionEn\n      figuresYear\n      facilities\n      sources\n      peopleCount\n      demoPeopleCount\n      lat\n      lng\n      companies(first: 100) {\n        slug\n        name\n        city\n        isDemo\n      }\n      schools {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolProfile($slug: String!) {\n    school(slug: $slug) {\n      id\n      name\n      city\n      website\n      descriptionFr\n      descriptionEn\n      studentCount\n      demoStudentCount\n      verified\n      sources\n      site {\n        slug\n        name\n      }\n      programmes(first: 100) {\n        id\n        title\n        level\n        discipline\n        durationYears\n        languages\n        studentCount\n        demoStudentCount\n        isDemo\n        verified\n        rncp\n        rncpValidUntil\n        rncpExpired\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolProfile($slug: String!) {\n    school(slug: $slug) {\n      id\n      name\n      city\n      website\n      descriptionFr\n      descriptionEn\n      studentCount\n      demoStudentCount\n      verified\n      sources\n      site {\n        slug\n        name\n      }\n      programmes(first: 100) {\n        id\n        title\n        level\n        discipline\n        durationYears\n        languages\n        studentCount\n        demoStudentCount\n        isDemo\n        verified\n        rncp\n        rncpValidUntil\n        rncpExpired\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($slug: String!) {\n    person(slug: $slug) {\n      id\n      slug\n      name\n      headline\n      kinds\n      city\n      postcode\n      mobilityKm\n      bioFr\n      bioEn\n      isDemo\n      email\n      phone\n      website\n      showreelUrl\n      filmographyUrl\n      titles {\n        craft\n        fr\n        en\n      }\n      languages {\n        language\n        level\n      }\n      availability {\n        id\n        startsOn\n        endsOn\n        note\n      }\n      credits {\n        id\n        title\n        year\n        format\n        companyName\n      }\n      affiliations {\n        id\n        role\n        status\n        company {\n          slug\n          name\n        }\n      }\n      school {\n        slug\n        name\n      }\n      programme {\n        title\n      }\n      graduationYear\n      site {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonProfile($slug: String!) {\n    person(slug: $slug) {\n      id\n      slug\n      name\n      headline\n      kinds\n      city\n      postcode\n      mobilityKm\n      bioFr\n      bioEn\n      isDemo\n      email\n      phone\n      website\n      showreelUrl\n      filmographyUrl\n      titles {\n        craft\n        fr\n        en\n      }\n      languages {\n        language\n        level\n      }\n      availability {\n        id\n        startsOn\n        endsOn\n        note\n      }\n      credits {\n        id\n        title\n        year\n        format\n        companyName\n      }\n      affiliations {\n        id\n        role\n        status\n        company {\n          slug\n          name\n        }\n      }\n      school {\n        slug\n        name\n      }\n      programme {\n        title\n      }\n      graduationYear\n      site {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyProfile($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kinds\n      formats\n      city\n      country\n      siren\n      website\n      descriptionFr\n      descriptionEn\n      isDemo\n      site {\n        slug\n        name\n      }\n      people(first: 100) {\n        slug\n        name\n        headline\n      }\n      coproductionProfile {\n        seeksProjects\n        rolesOffered\n        formats\n        genres\n        budgetMinEur\n        budgetMaxEur\n        subdivision\n        coproductionCountries\n        languages\n        attendingEditions {\n          id\n          year\n          festival {\n            name\n          }\n        }\n        trackRecord {\n          title\n          year\n          format\n          countries\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyProfile($slug: String!) {\n    company(slug: $slug) {\n      id\n      name\n      kinds\n      formats\n      city\n      country\n      siren\n      website\n      descriptionFr\n      descriptionEn\n      isDemo\n      site {\n        slug\n        name\n      }\n      people(first: 100) {\n        slug\n        name\n        headline\n      }\n      coproductionProfile {\n        seeksProjects\n        rolesOffered\n        formats\n        genres\n        budgetMinEur\n        budgetMaxEur\n        subdivision\n        coproductionCountries\n        languages\n        attendingEditions {\n          id\n          year\n          festival {\n            name\n          }\n        }\n        trackRecord {\n          title\n          year\n          format\n          countries\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProjects {\n    # 50 a page keeps the operation within the API's cost limit.\n    projects(first: 50, filter: { mine: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          logline\n          format\n          stage\n          visibility\n          ownerCompany {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProjects {\n    # 50 a page keeps the operation within the API's cost limit.\n    projects(first: 50, filter: { mine: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          logline\n          format\n          stage\n          visibility\n          ownerCompany {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestIntroduction($projectId: ID!, $companyId: ID!, $message: String!) {\n    requestIntroduction(projectId: $projectId, companyId: $companyId, message: $message) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestIntroduction($projectId: ID!, $companyId: ID!, $message: String!) {\n    requestIntroduction(projectId: $projectId, companyId: $companyId, message: $message) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingEditions {\n    festivalEditions(upcoming: true, first: 100) {\n      edges {\n        node {\n          id\n          year\n          startsOn\n          cancelled\n          festival {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingEditions {\n    festivalEditions(upcoming: true, first: 100) {\n      edges {\n        node {\n          id\n          year\n          startsOn\n          cancelled\n          festival {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerMatches($projectId: ID!, $editionId: ID, $lang: String) {\n    partnerMatches(projectId: $projectId, editionId: $editionId, first: 20) {\n      score\n      missing(lang: $lang)\n      reasons {\n        criterion\n        code\n        text(lang: $lang)\n        points\n        max\n      }\n      company {\n        id\n        slug\n        name\n        city\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerMatches($projectId: ID!, $editionId: ID, $lang: String) {\n    partnerMatches(projectId: $projectId, editionId: $editionId, first: 20) {\n      score\n      missing(lang: $lang)\n      reasons {\n        criterion\n        code\n        text(lang: $lang)\n        points\n        max\n      }\n      company {\n        id\n        slug\n        name\n        city\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetails on Project {\n    id\n    slug\n    title\n    logline\n    synopsis\n    format\n    stage\n    genres\n    languages\n    budgetEur\n    financingSecuredEur\n    countriesSought\n    rolesSought\n    visibility\n  }\n"): (typeof documents)["\n  fragment ProjectDetails on Project {\n    id\n    slug\n    title\n    logline\n    synopsis\n    format\n    stage\n    genres\n    languages\n    budgetEur\n    financingSecuredEur\n    countriesSought\n    rolesSought\n    visibility\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectProfile($slug: String!) {\n    project(slug: $slug) {\n      ...ProjectDetails\n      isDemo\n      ownerCompany {\n        slug\n        name\n      }\n      team {\n        role\n        person {\n          slug\n          name\n        }\n      }\n      funds {\n        fund\n        status\n        amountEur\n      }\n      targetEditions {\n        id\n        year\n        startsOn\n        festival {\n          name\n        }\n      }\n    }\n    funds {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProjectProfile($slug: String!) {\n    project(slug: $slug) {\n      ...ProjectDetails\n      isDemo\n      ownerCompany {\n        slug\n        name\n      }\n      team {\n        role\n        person {\n          slug\n          name\n        }\n      }\n      funds {\n        fund\n        status\n        amountEur\n      }\n      targetEditions {\n        id\n        year\n        startsOn\n        festival {\n          name\n        }\n      }\n    }\n    funds {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProjectIds {\n    projects(first: 100, filter: { mine: true }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProjectIds {\n    projects(first: 100, filter: { mine: true }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFormFields on Project {\n    ...ProjectDetails\n    ownerCompanyId\n    targetEditionIds\n  }\n"): (typeof documents)["\n  fragment ProjectFormFields on Project {\n    ...ProjectDetails\n    ownerCompanyId\n    targetEditionIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditProject($slug: String!) {\n    project(slug: $slug) {\n      ...ProjectFormFields\n    }\n  }\n"): (typeof documents)["\n  query EditProject($slug: String!) {\n    project(slug: $slug) {\n      ...ProjectFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFormChoices {\n    me {\n      id\n      personId\n    }\n    festivalEditions(upcoming: true, first: 100) {\n      edges {\n        node {\n          id\n          year\n          festival {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectFormChoices {\n    me {\n      id\n      personId\n    }\n    festivalEditions(upcoming: true, first: 100) {\n      edges {\n        node {\n          id\n          year\n          festival {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCompanies($personId: ID!) {\n    person(id: $personId) {\n      ...PersonAffiliations\n      affiliations {\n        company {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCompanies($personId: ID!) {\n    person(id: $personId) {\n      ...PersonAffiliations\n      affiliations {\n        company {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $input: ProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($id: ID!, $input: ProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($input: SearchInput!, $withFacets: Boolean!, $withHits: Boolean!) {\n    search(input: $input) {\n      totalHits\n      processingTimeMs\n      pageInfo @include(if: $withHits) {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      facets @include(if: $withFacets) {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits @include(if: $withHits) {\n        id\n        type\n        slug\n        title\n        subtitle\n        highlight\n        distanceKm\n        lat\n        lng\n        isDemo\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($input: SearchInput!, $withFacets: Boolean!, $withHits: Boolean!) {\n    search(input: $input) {\n      totalHits\n      processingTimeMs\n      pageInfo @include(if: $withHits) {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      facets @include(if: $withFacets) {\n        name\n        values {\n          value\n          count\n        }\n      }\n      hits @include(if: $withHits) {\n        id\n        type\n        slug\n        title\n        subtitle\n        highlight\n        distanceKm\n        lat\n        lng\n        isDemo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchLookups {\n    crafts {\n      slug\n      labelFr\n      labelEn\n    }\n    sites {\n      edges {\n        node {\n          slug\n          name\n          lat\n          lng\n        }\n      }\n    }\n    communes {\n      id\n      name\n      postcode\n      lat\n      lng\n    }\n  }\n"): (typeof documents)["\n  query SearchLookups {\n    crafts {\n      slug\n      labelFr\n      labelEn\n    }\n    sites {\n      edges {\n        node {\n          slug\n          name\n          lat\n          lng\n        }\n      }\n    }\n    communes {\n      id\n      name\n      postcode\n      lat\n      lng\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDashboard {\n    staffDashboard {\n      members\n      demoMembers\n      membersByDepartment {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      membersByCraft {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      membersBySite {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      pendingAccounts\n      pendingClaims\n      pendingByWeek {\n        weekStart\n        pendingAccounts\n        pendingClaims\n      }\n      editions {\n        editionId\n        festivalName\n        year\n        startsOn\n        byStatus {\n          key\n          count\n        }\n      }\n      projectsByFormat {\n        key\n        count\n      }\n      projectsByStage {\n        key\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffDashboard {\n    staffDashboard {\n      members\n      demoMembers\n      membersByDepartment {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      membersByCraft {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      membersBySite {\n        key\n        labelFr\n        labelEn\n        count\n      }\n      pendingAccounts\n      pendingClaims\n      pendingByWeek {\n        weekStart\n        pendingAccounts\n        pendingClaims\n      }\n      editions {\n        editionId\n        festivalName\n        year\n        startsOn\n        byStatus {\n          key\n          count\n        }\n      }\n      projectsByFormat {\n        key\n        count\n      }\n      projectsByStage {\n        key\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberPerson on Person {\n    id\n    slug\n    name\n  }\n"): (typeof documents)["\n  fragment MemberPerson on Person {\n    id\n    slug\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberCompany on Company {\n    id\n    slug\n    name\n  }\n"): (typeof documents)["\n  fragment MemberCompany on Company {\n    id\n    slug\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberProject on Project {\n    id\n    slug\n    title\n  }\n"): (typeof documents)["\n  fragment MemberProject on Project {\n    id\n    slug\n    title\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationBoard($editionId: ID!) {\n    festivalEdition(id: $editionId) {\n      ...EditionSummary\n    }\n    # Members spelled out, not spread: the API's cost limit counts a fragment as one level deeper.\n    delegations(editionId: $editionId, first: 20) {\n      edges {\n        node {\n          id\n          name\n          status\n          audience\n          capacity\n          seatsHeld\n          notes\n          members {\n            id\n            kind\n            status\n            note\n            consentBrochure\n            invitedAt\n            answeredAt\n            person {\n              id\n              slug\n              name\n            }\n            company {\n              id\n              slug\n              name\n            }\n            project {\n              id\n              slug\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DelegationBoard($editionId: ID!) {\n    festivalEdition(id: $editionId) {\n      ...EditionSummary\n    }\n    # Members spelled out, not spread: the API's cost limit counts a fragment as one level deeper.\n    delegations(editionId: $editionId, first: 20) {\n      edges {\n        node {\n          id\n          name\n          status\n          audience\n          capacity\n          seatsHeld\n          notes\n          members {\n            id\n            kind\n            status\n            note\n            consentBrochure\n            invitedAt\n            answeredAt\n            person {\n              id\n              slug\n              name\n            }\n            company {\n              id\n              slug\n              name\n            }\n            project {\n              id\n              slug\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationHistory($delegationId: ID!) {\n    delegationHistory(delegationId: $delegationId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          memberId\n          fromStatus\n          toStatus\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DelegationHistory($delegationId: ID!) {\n    delegationHistory(delegationId: $delegationId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          action\n          memberId\n          fromStatus\n          toStatus\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationSuggestions($editionId: ID!, $delegationId: ID!, $lang: String) {\n    delegationSuggestions(editionId: $editionId, delegationId: $delegationId, first: 10) {\n      id\n      kind\n      score\n      reasons {\n        criterion\n        code\n        text(lang: $lang)\n        points\n      }\n      person {\n        ...MemberPerson\n      }\n      company {\n        ...MemberCompany\n      }\n      project {\n        ...MemberProject\n      }\n    }\n  }\n"): (typeof documents)["\n  query DelegationSuggestions($editionId: ID!, $delegationId: ID!, $lang: String) {\n    delegationSuggestions(editionId: $editionId, delegationId: $delegationId, first: 10) {\n      id\n      kind\n      score\n      reasons {\n        criterion\n        code\n        text(lang: $lang)\n        points\n      }\n      person {\n        ...MemberPerson\n      }\n      company {\n        ...MemberCompany\n      }\n      project {\n        ...MemberProject\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDelegation($input: CreateDelegationInput!) {\n    createDelegation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDelegation($input: CreateDelegationInput!) {\n    createDelegation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDelegation($id: ID!, $input: UpdateDelegationInput!) {\n    updateDelegation(id: $id, input: $input) {\n      id\n      status\n      capacity\n      notes\n      seatsHeld\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDelegation($id: ID!, $input: UpdateDelegationInput!) {\n    updateDelegation(id: $id, input: $input) {\n      id\n      status\n      capacity\n      notes\n      seatsHeld\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDelegationMemberStatus($input: SetMemberStatusInput!) {\n    setDelegationMemberStatus(input: $input) {\n      id\n      status\n      invitedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetDelegationMemberStatus($input: SetMemberStatusInput!) {\n    setDelegationMemberStatus(input: $input) {\n      id\n      status\n      invitedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDelegationMemberNote($memberId: ID!, $note: String) {\n    setDelegationMemberNote(memberId: $memberId, note: $note) {\n      id\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation SetDelegationMemberNote($memberId: ID!, $note: String) {\n    setDelegationMemberNote(memberId: $memberId, note: $note) {\n      id\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDelegationMember($input: AddDelegationMemberInput!) {\n    addDelegationMember(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AddDelegationMember($input: AddDelegationMemberInput!) {\n    addDelegationMember(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDelegationMember($memberId: ID!) {\n    removeDelegationMember(memberId: $memberId)\n  }\n"): (typeof documents)["\n  mutation RemoveDelegationMember($memberId: ID!) {\n    removeDelegationMember(memberId: $memberId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDelegations($after: String) {\n    delegations(first: 40, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          capacity\n          seatsHeld\n          edition {\n            id\n            year\n            startsOn\n            endsOn\n            estimated\n            festival {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffDelegations($after: String) {\n    delegations(first: 40, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          capacity\n          seatsHeld\n          edition {\n            id\n            year\n            startsOn\n            endsOn\n            estimated\n            festival {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditionDatesForm on FestivalEdition {\n    id\n    startsOn\n    endsOn\n    estimated\n    marketName\n    ...EditionSchedule\n    accreditationDeadline\n    submissionDeadline\n  }\n"): (typeof documents)["\n  fragment EditionDatesForm on FestivalEdition {\n    id\n    startsOn\n    endsOn\n    estimated\n    marketName\n    ...EditionSchedule\n    accreditationDeadline\n    submissionDeadline\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditionDatesForm($id: ID!) {\n    festivalEdition(id: $id) {\n      ...EditionSummary\n      ...EditionDatesForm\n    }\n  }\n"): (typeof documents)["\n  query EditionDatesForm($id: ID!) {\n    festivalEdition(id: $id) {\n      ...EditionSummary\n      ...EditionDatesForm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEditionDates($id: ID!, $input: EditionDatesInput!) {\n    setEditionDates(id: $id, input: $input) {\n      ...EditionDatesForm\n    }\n  }\n"): (typeof documents)["\n  mutation SetEditionDates($id: ID!, $input: EditionDatesInput!) {\n    setEditionDates(id: $id, input: $input) {\n      ...EditionDatesForm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEditionDeadlinesForm($id: ID!, $input: EditionDeadlinesInput!) {\n    setEditionDeadlines(id: $id, input: $input) {\n      ...EditionDatesForm\n    }\n  }\n"): (typeof documents)["\n  mutation SetEditionDeadlinesForm($id: ID!, $input: EditionDeadlinesInput!) {\n    setEditionDeadlines(id: $id, input: $input) {\n      ...EditionDatesForm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingUsers($after: String) {\n    users(status: PENDING, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingUsers($after: String) {\n    users(status: PENDING, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveUser($id: ID!) {\n    approveUser(id: $id) {\n      id\n      status\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingClaims($after: String) {\n    personClaims(status: PENDING, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          personId\n          userId\n          message\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingClaims($after: String) {\n    personClaims(status: PENDING, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          personId\n          userId\n          message\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimedPerson($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query ClaimedPerson($id: ID!) {\n    person(id: $id) {\n      id\n      slug\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideClaim($id: ID!, $approve: Boolean!) {\n    decidePersonClaim(id: $id, approve: $approve) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideClaim($id: ID!, $approve: Boolean!) {\n    decidePersonClaim(id: $id, approve: $approve) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;