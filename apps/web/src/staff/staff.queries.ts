import { graphql } from '../gql';

export const PENDING_USERS = graphql(`
  query PendingUsers($after: String) {
    users(status: PENDING, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      edges {
        node {
          id
          email
          displayName
          createdAt
        }
      }
    }
  }
`);

export const REFUSE_USER = graphql(`
  mutation RefuseUser($id: ID!) {
    disableUser(id: $id) {
      id
      status
    }
  }
`);

export const APPROVE_USER = graphql(`
  mutation ApproveUser($id: ID!) {
    approveUser(id: $id) {
      id
      status
      roles
    }
  }
`);

export const PENDING_CLAIMS = graphql(`
  query PendingClaims($after: String) {
    personClaims(status: PENDING, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          personId
          userId
          message
          createdAt
        }
      }
    }
  }
`);

export const CLAIMED_PERSON = graphql(`
  query ClaimedPerson($id: ID!) {
    person(id: $id) {
      id
      slug
      name
      email
    }
  }
`);

export const DECIDE_CLAIM = graphql(`
  mutation DecideClaim($id: ID!, $approve: Boolean!) {
    decidePersonClaim(id: $id, approve: $approve) {
      id
      status
    }
  }
`);
