import { graphql } from '../gql';

export const COMPANY_MEMBERS = graphql(`
  query CompanyMembers($slug: String!) {
    company(slug: $slug) {
      id
      name
      slug
    }
  }
`);

export const MEMBERS_OF = graphql(`
  query MembersOf($companyId: ID!) {
    companyMembers(companyId: $companyId) {
      id
      role
      status
      memberRole
      createdAt
      person {
        id
        slug
        name
      }
    }
  }
`);

export const MEMBERSHIP_REQUESTS = graphql(`
  query MembershipRequests($after: String) {
    membershipRequests(first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          role
          createdAt
          person {
            slug
            name
          }
          company {
            slug
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DECIDE_MEMBERSHIP = graphql(`
  mutation DecideMembership($id: ID!, $decision: MembershipDecision!) {
    decideCompanyMembership(id: $id, decision: $decision) {
      id
      status
    }
  }
`);

export const SET_MEMBER_ROLE = graphql(`
  mutation SetMemberRole($id: ID!, $memberRole: MemberRole!) {
    setCompanyMemberRole(id: $id, memberRole: $memberRole) {
      id
      memberRole
    }
  }
`);

export const REQUEST_MEMBERSHIP = graphql(`
  mutation RequestMembership($companyId: ID!, $role: String!) {
    requestCompanyMembership(companyId: $companyId, role: $role) {
      id
      status
    }
  }
`);

export const PERSON_ID = graphql(`
  query PersonIdBySlug($slug: String!) {
    person(slug: $slug) {
      id
    }
  }
`);

export const ADD_MEMBER = graphql(`
  mutation AddMember($companyId: ID!, $personId: ID!, $role: String!, $memberRole: MemberRole) {
    addCompanyMember(companyId: $companyId, personId: $personId, role: $role, memberRole: $memberRole) {
      id
    }
  }
`);

/** A person's memberships, enough to tell which companies they act for now (see affiliations.ts). */
graphql(`
  fragment PersonAffiliations on Person {
    id
    affiliations {
      companyId
      endsOn
      status
    }
  }
`);
