import { graphql } from '../gql';

/** What an answer changes: the status, the company's response and, once accepted, both contacts. */
graphql(`
  fragment IntroductionOutcome on Introduction {
    id
    status
    response
    decidedAt
    requesterContact {
      name
      email
      phone
    }
    companyContact {
      name
      email
      phone
    }
  }
`);

export const ANSWER_INTRODUCTION = graphql(`
  mutation AnswerIntroduction($id: ID!, $accept: Boolean!, $message: String) {
    answerIntroduction(id: $id, accept: $accept, message: $message) {
      ...IntroductionOutcome
    }
  }
`);

export const INTRODUCTIONS = graphql(`
  query MyIntroductions {
    me {
      id
      personId
    }
    # The most recent 25: more would pass the API's cost limit (which counts a fragment as one level deeper, so
    # IntroductionOutcome is spelled out here).
    introductions(first: 25) {
      totalCount
      edges {
        node {
          id
          status
          message
          response
          createdAt
          decidedAt
          companyId
          company {
            slug
            name
          }
          project {
            slug
            title
          }
          requesterContact {
            name
            email
            phone
          }
          companyContact {
            name
            email
            phone
          }
        }
      }
    }
  }
`);

export const MY_AFFILIATIONS = graphql(`
  query MyAffiliations($personId: ID!) {
    person(id: $personId) {
      ...PersonAffiliations
    }
  }
`);
