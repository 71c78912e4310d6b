import { graphql } from '../gql';

export const UNREAD_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MY_NOTIFICATIONS = graphql(`
  query MyNotifications($first: Int!, $after: String) {
    myNotifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          event
          path
          text
          createdAt
          readAt
          params {
            name
            value
          }
        }
      }
    }
  }
`);

export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MARK_ALL_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

graphql(`
  fragment NotificationSettingsFields on NotificationSettings {
    language
    digestHour
    emailBouncedAt
    preferences {
      kind
      delivery
      isDefault
    }
  }
`);

export const MY_SETTINGS = graphql(`
  query MyNotificationSettings {
    myNotificationSettings {
      ...NotificationSettingsFields
    }
  }
`);

export const UPDATE_SETTINGS = graphql(`
  mutation UpdateMyNotificationSettings($input: NotificationSettingsInput!) {
    updateMyNotificationSettings(input: $input) {
      ...NotificationSettingsFields
    }
  }
`);

export const BOUNCED_ACCOUNTS = graphql(`
  query BouncedAccounts($after: String) {
    bouncedAccounts(first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          email
          displayName
          emailBouncedAt
          emailBounceReason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
