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

/**
 * Every event, with the kind it belongs to (the kind decides preferences and unsubscribe; the event decides the
 * wording). A template per event lives in libs/notifications (mail) and in the web app (in-app list).
 */
export const NOTIFICATION_EVENTS = {
  ACCOUNT_APPROVED: 'ACCOUNT_DECIDED',
  ACCOUNT_REFUSED: 'ACCOUNT_DECIDED',
  CLAIM_APPROVED: 'PROFILE_CLAIM_DECIDED',
  CLAIM_REFUSED: 'PROFILE_CLAIM_DECIDED',
  MEMBERSHIP_REQUESTED: 'MEMBERSHIP',
  MEMBERSHIP_VERIFIED: 'MEMBERSHIP',
  MEMBERSHIP_REFUSED: 'MEMBERSHIP',
  MEMBERSHIP_REVOKED: 'MEMBERSHIP',
  INTRODUCTION_REQUESTED: 'INTRODUCTION',
  INTRODUCTION_ACCEPTED: 'INTRODUCTION',
  INTRODUCTION_DECLINED: 'INTRODUCTION',
  DELEGATION_INVITED: 'DELEGATION_INVITATION',
  DELEGATION_STATUS_CHANGED: 'DELEGATION_STATUS',
  BROCHURE_REMINDER: 'BROCHURE_REMINDER',
  DEADLINE_SOON: 'EDITION_DEADLINE',
  EDITION_DATES_CONFIRMED: 'EDITION_DATES',
  EDITION_DATES_CHANGED: 'EDITION_DATES',
  NEW_PARTNERS: 'NEW_PARTNERS',
} as const satisfies Record<string, NotificationKind>;
export type NotificationEvent = keyof typeof NOTIFICATION_EVENTS;
export const NOTIFICATION_EVENT_NAMES = Object.keys(NOTIFICATION_EVENTS) as NotificationEvent[];

export function kindOf(event: NotificationEvent): NotificationKind {
  return NOTIFICATION_EVENTS[event];
}

/** How a member receives a kind of event by default. */
export const DEFAULT_DELIVERY: Record<NotificationKind, 'IMMEDIATE' | 'DIGEST'> = {
  ACCOUNT_DECIDED: 'IMMEDIATE',
  PROFILE_CLAIM_DECIDED: 'IMMEDIATE',
  MEMBERSHIP: 'IMMEDIATE',
  INTRODUCTION: 'IMMEDIATE',
  DELEGATION_INVITATION: 'IMMEDIATE',
  DELEGATION_STATUS: 'IMMEDIATE',
  BROCHURE_REMINDER: 'IMMEDIATE',
  EDITION_DEADLINE: 'DIGEST',
  EDITION_DATES: 'DIGEST',
  NEW_PARTNERS: 'DIGEST',
};
