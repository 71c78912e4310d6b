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
    # The most recent 25: more would pass the API's cost limit.
    introductions(first: 25) {
      totalCount
      edges {
        node {
          ...IntroductionOutcome
          message
          createdAt
          companyId
          company {
            slug
            name
          }
          project {
            slug
            title
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
