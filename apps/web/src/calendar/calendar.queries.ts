import { graphql } from '../gql';

export const MY_FEED = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      createdAt
    }
  }
`);

export const CREATE_FEED = graphql(`
  mutation CreateCalendarFeed($language: CalendarLanguage!) {
    createCalendarFeed(language: $language) {
      url
      createdAt
    }
  }
`);

export const REVOKE_FEED = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

export const MY_DEADLINES = graphql(`
  query MyDeadlines {
    myDeadlines {
      kind
      date
      daysLeft
      estimated
      edition {
        id
        year
        festival {
          id
          slug
          name
        }
      }
    }
  }
`);
