/** The kinds of events the platform tells people about. Preferences and unsubscribe links are per kind. */
export const NOTIFICATION_KINDS = [
  'ACCOUNT_DECIDED',
  'PROFILE_CLAIM_DECIDED',
  'MEMBERSHIP',
  'INTRODUCTION',
  'DELEGATION_INVITATION',
  'DELEGATION_STATUS',
  'BROCHURE_REMINDER',
  'EDITION_DEADLINE',
  'EDITION_DATES',
  'NEW_PARTNERS',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
