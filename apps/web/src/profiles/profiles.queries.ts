import { graphql } from '../gql';

export const CLAIM = graphql(`
  mutation ClaimPerson($personId: ID!, $message: String) {
    claimPerson(personId: $personId, message: $message) {
      id
      status
    }
  }
`);

export const SITE = graphql(`
  query SiteProfile($slug: String!) {
    site(slug: $slug) {
      id
      name
      city
      postcode
      address
      addressVerified
      website
      descriptionFr
      descriptionEn
      figuresYear
      facilities
      sources
      peopleCount
      demoPeopleCount
      lat
      lng
      companies(first: 100) {
        slug
        name
        city
        isDemo
      }
      schools {
        slug
        name
      }
    }
  }
`);

export const SCHOOL = graphql(`
  query SchoolProfile($slug: String!) {
    school(slug: $slug) {
      id
      name
      city
      website
      descriptionFr
      descriptionEn
      studentCount
      demoStudentCount
      verified
      sources
      site {
        slug
        name
      }
      programmes(first: 100) {
        id
        title
        level
        discipline
        durationYears
        languages
        studentCount
        demoStudentCount
        isDemo
        verified
        rncp
        rncpValidUntil
        rncpExpired
      }
    }
  }
`);

export const PERSON = graphql(`
  query PersonProfile($slug: String!) {
    person(slug: $slug) {
      id
      slug
      name
      headline
      kinds
      city
      postcode
      mobilityKm
      bioFr
      bioEn
      isDemo
      email
      phone
      website
      showreelUrl
      filmographyUrl
      titles {
        craft
        fr
        en
      }
      languages {
        language
        level
      }
      availability {
        id
        startsOn
        endsOn
        note
      }
      credits {
        id
        title
        year
        format
        companyName
      }
      affiliations {
        id
        role
        status
        company {
          slug
          name
        }
      }
      school {
        slug
        name
      }
      programme {
        title
      }
      graduationYear
      site {
        slug
        name
      }
    }
  }
`);

export const COMPANY = graphql(`
  query CompanyProfile($slug: String!) {
    company(slug: $slug) {
      id
      name
      kinds
      formats
      city
      country
      siren
      website
      descriptionFr
      descriptionEn
      isDemo
      site {
        slug
        name
      }
      people(first: 100) {
        slug
        name
        headline
      }
      coproductionProfile {
        seeksProjects
        rolesOffered
        formats
        genres
        budgetMinEur
        budgetMaxEur
        subdivision
        coproductionCountries
        languages
        attendingEditions {
          id
          year
          festival {
            name
          }
        }
        trackRecord {
          title
          year
          format
          countries
        }
      }
    }
  }
`);
