import { graphql } from '../gql';

export const EXPORT_MY_DATA = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

export const DELETE_ACCOUNT = graphql(`
  mutation DeleteMyAccount($confirmEmail: String!, $password: String!) {
    deleteMyAccount(confirmEmail: $confirmEmail, password: $password)
  }
`);

export const ME = graphql(`
  query Me {
    me {
      id
      email
      personId
      status
    }
  }
`);

/** What the profile form edits, read when it opens and again from the saved person. */
graphql(`
  fragment MyProfileFields on Person {
    id
    slug
    firstName
    lastName
    titleForm
    headline
    city
    bioFr
    bioEn
    email
    phone
    website
    consentDirectory
    consentBrochure
    visibility {
      email
      phone
      links
      availability
    }
  }
`);

export const MY_PROFILE = graphql(`
  query MyProfile($id: ID!) {
    person(id: $id) {
      ...MyProfileFields
    }
  }
`);

export const UPDATE_PROFILE = graphql(`
  mutation UpdateMyProfile($id: ID!, $input: PersonInput!) {
    updatePerson(id: $id, input: $input) {
      ...MyProfileFields
    }
  }
`);

export const MY_INVITATIONS = graphql(`
  query MyInvitations {
    myDelegationInvitations {
      id
      kind
      status
      consentBrochure
      person {
        id
        name
      }
      company {
        id
        name
      }
      project {
        id
        title
      }
      delegation {
        id
        name
        edition {
          ...EditionSummary
        }
      }
    }
  }
`);

export const ANSWER_INVITATION = graphql(`
  mutation AnswerInvitation($input: AnswerInvitationInput!) {
    answerDelegationInvitation(input: $input) {
      id
      status
      consentBrochure
    }
  }
`);

export const CONSENT_BROCHURE = graphql(`
  mutation SetBrochureConsent($memberId: ID!, $consent: Boolean!) {
    setDelegationBrochureConsent(memberId: $memberId, consent: $consent) {
      id
      consentBrochure
    }
  }
`);

export const WITHDRAW_INVITATION = graphql(`
  mutation WithdrawFromDelegation($memberId: ID!) {
    withdrawFromDelegation(memberId: $memberId) {
      id
      status
    }
  }
`);

export const MY_CLAIMS = graphql(`
  query MyClaims {
    myPersonClaims(first: 20) {
      edges {
        node {
          id
          personId
          status
          createdAt
        }
      }
    }
  }
`);

export const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      id
      status
    }
  }
`);
