import type { NotificationEvent } from '@crossroads/core';
import type { EventText } from './messages.fr';

export const EN: Record<NotificationEvent, EventText> = {
  ACCOUNT_APPROVED: {
    subject: 'Your Crossroads account is open',
    body: 'The team approved your account: you can sign in and complete your profile.',
  },
  ACCOUNT_REFUSED: {
    subject: 'Your Crossroads account request',
    body: 'The team did not approve your account request. Write to them if you think this is a mistake.',
  },
  CLAIM_APPROVED: {
    subject: "{personName}'s profile is yours",
    body: "Your claim on {personName}'s profile was approved: you can now edit it.",
  },
  CLAIM_REFUSED: {
    subject: 'Your profile claim',
    body: "Your claim on {personName}'s profile was not approved.",
  },
  MEMBERSHIP_REQUESTED: {
    subject: '{personName} asks to join {companyName}',
    body: '{personName} says they are a member of {companyName}. Confirm or refuse on the members page.',
  },
  MEMBERSHIP_VERIFIED: {
    subject: 'You are a member of {companyName}',
    body: 'Your membership of {companyName} is confirmed.',
  },
  MEMBERSHIP_REFUSED: {
    subject: 'Your request for {companyName}',
    body: 'Your membership of {companyName} was not confirmed.',
  },
  MEMBERSHIP_REVOKED: {
    subject: 'You are no longer a member of {companyName}',
    body: 'Your membership of {companyName} has ended.',
  },
  INTRODUCTION_REQUESTED: {
    subject: 'An introduction for {companyName}',
    body: 'The project "{projectTitle}" would like to meet {companyName}. Accept or decline the request.',
  },
  INTRODUCTION_ACCEPTED: {
    subject: '{companyName} accepted the introduction',
    body: '{companyName} agreed to meet the project "{projectTitle}". Your contact: {contactName} ({contactEmail}).',
  },
  INTRODUCTION_DECLINED: {
    subject: '{companyName} declined the introduction',
    body: '{companyName} declined the request for the project "{projectTitle}".',
  },
  DELEGATION_INVITED: {
    subject: 'Invitation: delegation to {editionName}',
    body: 'You are invited to join the delegation "{delegationName}" to {editionName}. Answer from your invitations.',
  },
  DELEGATION_STATUS_CHANGED: {
    subject: 'Delegation to {editionName}: {statusLabel}',
    body: 'Your place in the delegation "{delegationName}" to {editionName} is now: {statusLabel}.',
  },
  BROCHURE_REMINDER: {
    subject: 'Reminder: the delegation brochure for {editionName}',
    body: 'The brochure of the delegation "{delegationName}" goes out soon. Agree to appear in it from your invitations.',
  },
  DEADLINE_SOON: {
    subject: '{deadlineLabel} for {editionName} {inDays}',
    body: '{deadlineLabel} for {editionName}: {date}, {inDays}.',
  },
  EDITION_DATES_CONFIRMED: {
    subject: 'Dates confirmed: {editionName}',
    body: '{editionName} runs from {startsOn} to {endsOn}.',
  },
  EDITION_DATES_CHANGED: {
    subject: 'Dates changed: {editionName}',
    body: '{editionName}: from {startsOn} to {endsOn}. Check the deadlines.',
  },
  NEW_PARTNERS: {
    subject: 'New partners for "{projectTitle}"',
    body: '{companiesFit} your project "{projectTitle}", including {companyNames}.',
  },
};

export const EN_COMMON = {
  open: 'Open in Crossroads',
  unsubscribe: 'Stop receiving this kind of message',
  digestSubject: 'Crossroads: {count} update(s) since yesterday',
  digestIntro: 'Here is what concerns you since the last summary.',
  /** The title of a project the reader may not see (a PRIVATE one, in an introduction request). */
  hiddenProject: 'Project not visible',
  erasedPerson: 'someone whose personal data was erased',
  erasedContact: 'contact details erased',
  deadlineLabels: { accreditation: 'Accreditation deadline', submission: 'Submission deadline' },
  inDays: { today: 'today', tomorrow: 'tomorrow', other: 'in {days} days' },
  companiesFit: { one: '{count} company fits', other: '{count} companies fit' },
  statusLabels: {
    PROPOSED: 'proposed',
    INVITED: 'invited',
    CONFIRMED: 'confirmed',
    DECLINED: 'declined',
    WITHDRAWN: 'withdrawn',
  },
};
