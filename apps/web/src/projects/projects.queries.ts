import { graphql } from '../gql';

export const MY_PROJECTS = graphql(`
  query MyProjects {
    # 50 a page keeps the operation within the API's cost limit.
    projects(first: 50, filter: { mine: true }) {
      totalCount
      edges {
        node {
          id
          slug
          title
          logline
          format
          stage
          visibility
          ownerCompany {
            name
          }
        }
      }
    }
  }
`);

export const REQUEST_INTRODUCTION = graphql(`
  mutation RequestIntroduction($projectId: ID!, $companyId: ID!, $message: String!) {
    requestIntroduction(projectId: $projectId, companyId: $companyId, message: $message) {
      id
      status
    }
  }
`);

export const UPCOMING_EDITIONS = graphql(`
  query UpcomingEditions {
    festivalEditions(upcoming: true, first: 100) {
      edges {
        node {
          id
          year
          startsOn
          cancelled
          festival {
            name
          }
        }
      }
    }
  }
`);

export const PARTNER_MATCHES = graphql(`
  query PartnerMatches($projectId: ID!, $editionId: ID, $lang: String) {
    partnerMatches(projectId: $projectId, editionId: $editionId, first: 20) {
      score
      missing(lang: $lang)
      reasons {
        criterion
        code
        text(lang: $lang)
        points
        max
      }
      company {
        id
        slug
        name
        city
        country
      }
    }
  }
`);

/** A project's own fields, as its page shows them and its form edits them. */
graphql(`
  fragment ProjectDetails on Project {
    id
    slug
    title
    logline
    synopsis
    format
    stage
    genres
    languages
    budgetEur
    financingSecuredEur
    countriesSought
    rolesSought
    visibility
  }
`);

export const PROJECT = graphql(`
  query ProjectProfile($slug: String!) {
    project(slug: $slug) {
      ...ProjectDetails
      isDemo
      ownerCompany {
        slug
        name
      }
      team {
        role
        person {
          slug
          name
        }
      }
      funds {
        fund
        status
        amountEur
      }
      targetEditions {
        id
        year
        startsOn
        festival {
          name
        }
      }
    }
    funds {
      slug
      name
    }
  }
`);

/** The viewer's own projects: owners (and only they) see the partner matches. */
export const MY_PROJECT_IDS = graphql(`
  query MyProjectIds {
    projects(first: 100, filter: { mine: true }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** What the form edits, read when it opens and again from the saved project. */
graphql(`
  fragment ProjectFormFields on Project {
    ...ProjectDetails
    ownerCompanyId
    targetEditionIds
  }
`);

export const EDIT_PROJECT = graphql(`
  query EditProject($slug: String!) {
    project(slug: $slug) {
      ...ProjectFormFields
    }
  }
`);

/** What the form offers: the member's companies (as owner) and the coming editions (as targets). */
export const FORM_CHOICES = graphql(`
  query ProjectFormChoices {
    me {
      id
      personId
    }
    festivalEditions(upcoming: true, first: 100) {
      edges {
        node {
          id
          year
          festival {
            name
          }
        }
      }
    }
  }
`);

export const MY_COMPANIES = graphql(`
  query MyCompanies($personId: ID!) {
    person(id: $personId) {
      ...PersonAffiliations
      affiliations {
        company {
          name
        }
      }
    }
  }
`);

export const CREATE_PROJECT = graphql(`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      id
      slug
    }
  }
`);

export const UPDATE_PROJECT = graphql(`
  mutation UpdateProject($id: ID!, $input: ProjectInput!) {
    updateProject(id: $id, input: $input) {
      ...ProjectFormFields
    }
  }
`);
