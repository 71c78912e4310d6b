import { graphql } from '../gql';

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
        id
        year
        startsOn
        endsOn
        estimated
        past
        cancelled
        marketName
        marketStartsOn
        marketEndsOn
        note
        followedByMe
        deadlinesSource
        deadlines {
          kind
          date
          estimated
        }
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
