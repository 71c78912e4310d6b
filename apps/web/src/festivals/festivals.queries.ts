import { graphql } from '../gql';

/** An edition as the calendar lists it and the festival page heads it. */
graphql(`
  fragment EditionListing on FestivalEdition {
    id
    year
    startsOn
    endsOn
    estimated
    past
    cancelled
    marketName
  }
`);

/** An edition's market dates and deadlines: shown on the festival page, returned by the staff's corrections. */
graphql(`
  fragment EditionSchedule on FestivalEdition {
    marketStartsOn
    marketEndsOn
    deadlinesSource
    deadlines {
      kind
      date
      estimated
    }
  }
`);

/** An edition named with its festival, as the delegation board and the invitations head it. */
graphql(`
  fragment EditionSummary on FestivalEdition {
    id
    year
    startsOn
    endsOn
    estimated
    cancelled
    festival {
      id
      slug
      name
    }
  }
`);

export const FESTIVAL = graphql(`
  query FestivalPage($slug: String!) {
    festival(slug: $slug) {
      id
      slug
      name
      city
      country
      kinds
      website
      entryRules
      sources
      editions {
        ...EditionListing
        ...EditionSchedule
        note
        followedByMe
      }
    }
  }
`);

export const FOLLOW_FESTIVAL = graphql(`
  mutation FollowEdition($editionId: ID!) {
    followEdition(editionId: $editionId) {
      id
      followedByMe
    }
  }
`);

export const UNFOLLOW_FESTIVAL = graphql(`
  mutation UnfollowEdition($editionId: ID!) {
    unfollowEdition(editionId: $editionId)
  }
`);

export const FESTIVAL_CALENDAR = graphql(`
  query FestivalCalendar($after: String, $upcoming: Boolean, $past: Boolean) {
    festivalEditions(upcoming: $upcoming, past: $past, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        # Spelled out, not ...EditionListing: the API's cost limit counts a fragment as one level deeper.
        node {
          id
          year
          startsOn
          endsOn
          estimated
          past
          cancelled
          marketName
          festival {
            slug
            name
            city
          }
        }
      }
    }
  }
`);
