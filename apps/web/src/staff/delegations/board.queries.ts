import { graphql } from '../../gql';

// Who a member or a suggestion is (a person, a company or a project), named with the page it links to.
graphql(`
  fragment MemberPerson on Person {
    id
    slug
    name
  }
`);

graphql(`
  fragment MemberCompany on Company {
    id
    slug
    name
  }
`);

graphql(`
  fragment MemberProject on Project {
    id
    slug
    title
  }
`);

export const BOARD = graphql(`
  query DelegationBoard($editionId: ID!) {
    festivalEdition(id: $editionId) {
      ...EditionSummary
    }
    # Members spelled out, not spread: the API's cost limit counts a fragment as one level deeper.
    delegations(editionId: $editionId, first: 20) {
      edges {
        node {
          id
          name
          status
          audience
          capacity
          seatsHeld
          notes
          members {
            id
            kind
            status
            note
            consentBrochure
            invitedAt
            answeredAt
            person {
              id
              slug
              name
            }
            company {
              id
              slug
              name
            }
            project {
              id
              slug
              title
            }
          }
        }
      }
    }
  }
`);

export const HISTORY = graphql(`
  query DelegationHistory($delegationId: ID!) {
    delegationHistory(delegationId: $delegationId, first: 100) {
      totalCount
      edges {
        node {
          id
          action
          memberId
          fromStatus
          toStatus
          createdAt
        }
      }
    }
  }
`);

export const SUGGESTIONS = graphql(`
  query DelegationSuggestions($editionId: ID!, $delegationId: ID!, $lang: String) {
    delegationSuggestions(editionId: $editionId, delegationId: $delegationId, first: 10) {
      id
      kind
      score
      reasons {
        criterion
        code
        text(lang: $lang)
        points
      }
      person {
        ...MemberPerson
      }
      company {
        ...MemberCompany
      }
      project {
        ...MemberProject
      }
    }
  }
`);

export const CREATE_DELEGATION = graphql(`
  mutation CreateDelegation($input: CreateDelegationInput!) {
    createDelegation(input: $input) {
      id
    }
  }
`);

export const UPDATE_DELEGATION = graphql(`
  mutation UpdateDelegation($id: ID!, $input: UpdateDelegationInput!) {
    updateDelegation(id: $id, input: $input) {
      id
      status
      capacity
      notes
      seatsHeld
    }
  }
`);

export const SET_STATUS = graphql(`
  mutation SetDelegationMemberStatus($input: SetMemberStatusInput!) {
    setDelegationMemberStatus(input: $input) {
      id
      status
      invitedAt
    }
  }
`);

export const SET_NOTE = graphql(`
  mutation SetDelegationMemberNote($memberId: ID!, $note: String) {
    setDelegationMemberNote(memberId: $memberId, note: $note) {
      id
      note
    }
  }
`);

export const ADD_MEMBER = graphql(`
  mutation AddDelegationMember($input: AddDelegationMemberInput!) {
    addDelegationMember(input: $input) {
      id
      status
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveDelegationMember($memberId: ID!) {
    removeDelegationMember(memberId: $memberId)
  }
`);

export const DELEGATIONS = graphql(`
  query StaffDelegations($after: String) {
    delegations(first: 40, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          status
          capacity
          seatsHeld
          edition {
            id
            year
            startsOn
            endsOn
            estimated
            festival {
              name
            }
          }
        }
      }
    }
  }
`);
