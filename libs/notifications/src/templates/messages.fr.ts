import type { NotificationEvent } from '@crossroads/core';

/** One subject and one sentence per event; `{name}` is replaced by the event's parameter. */
export interface EventText {
  subject: string;
  body: string;
}

export const FR: Record<NotificationEvent, EventText> = {
  ACCOUNT_APPROVED: {
    subject: 'Votre compte Crossroads est ouvert',
    body: 'L’équipe a validé votre compte : vous pouvez vous connecter et compléter votre profil.',
  },
  ACCOUNT_REFUSED: {
    subject: 'Votre demande de compte Crossroads',
    body: 'L’équipe n’a pas validé votre demande de compte. Écrivez-lui si vous pensez que c’est une erreur.',
  },
  CLAIM_APPROVED: {
    subject: 'Le profil de {personName} est à vous',
    body: 'Votre demande pour le profil de {personName} est acceptée : vous pouvez le modifier.',
  },
  CLAIM_REFUSED: {
    subject: 'Votre demande de profil',
    body: 'Votre demande pour le profil de {personName} n’a pas été acceptée.',
  },
  MEMBERSHIP_REQUESTED: {
    subject: '{personName} demande à rejoindre {companyName}',
    body: '{personName} se déclare membre de {companyName}. Confirmez ou refusez sur la page des membres.',
  },
  MEMBERSHIP_VERIFIED: {
    subject: 'Vous êtes membre de {companyName}',
    body: 'Votre appartenance à {companyName} est confirmée.',
  },
  MEMBERSHIP_REFUSED: {
    subject: 'Votre demande pour {companyName}',
    body: 'Votre appartenance à {companyName} n’a pas été confirmée.',
  },
  MEMBERSHIP_REVOKED: {
    subject: 'Vous n’êtes plus membre de {companyName}',
    body: 'Votre appartenance à {companyName} a pris fin.',
  },
  INTRODUCTION_REQUESTED: {
    subject: 'Une mise en relation pour {companyName}',
    body: 'Le projet « {projectTitle} » souhaite rencontrer {companyName}. Acceptez ou déclinez la demande.',
  },
  INTRODUCTION_ACCEPTED: {
    subject: '{companyName} accepte la mise en relation',
    body: '{companyName} accepte de rencontrer le projet « {projectTitle} ». Votre contact : {contactName} ({contactEmail}).',
  },
  INTRODUCTION_DECLINED: {
    subject: '{companyName} décline la mise en relation',
    body: '{companyName} a décliné la demande pour le projet « {projectTitle} ».',
  },
  DELEGATION_INVITED: {
    subject: 'Invitation : délégation pour {editionName}',
    body: 'Vous êtes invité·e à rejoindre la délégation « {delegationName} » pour {editionName}. Répondez depuis vos invitations.',
  },
  DELEGATION_STATUS_CHANGED: {
    subject: 'Délégation pour {editionName} : {statusLabel}',
    body: 'Votre place dans la délégation « {delegationName} » pour {editionName} est maintenant : {statusLabel}.',
  },
  BROCHURE_REMINDER: {
    subject: 'Rappel : la brochure de la délégation pour {editionName}',
    body: 'La brochure de la délégation « {delegationName} » part bientôt. Donnez votre accord pour y figurer depuis vos invitations.',
  },
  DEADLINE_SOON: {
    subject: '{deadlineLabel} de {editionName} {inDays}',
    body: '{deadlineLabel} de {editionName} : le {date}, {inDays}.',
  },
  EDITION_DATES_CONFIRMED: {
    subject: 'Dates confirmées : {editionName}',
    body: '{editionName} aura lieu du {startsOn} au {endsOn}.',
  },
  EDITION_DATES_CHANGED: {
    subject: 'Dates modifiées : {editionName}',
    body: '{editionName} : du {startsOn} au {endsOn}. Vérifiez les échéances.',
  },
  NEW_PARTNERS: {
    subject: 'De nouveaux partenaires pour « {projectTitle} »',
    body: '{companiesFit} à votre projet « {projectTitle} », dont {companyNames}.',
  },
};

export const FR_COMMON = {
  open: 'Ouvrir dans Crossroads',
  unsubscribe: 'Ne plus recevoir ce type de message',
  digestSubject: 'Crossroads : {count} nouveauté(s) depuis hier',
  digestIntro: 'Voici ce qui vous concerne depuis le dernier récapitulatif.',
  /** The title of a project the reader may not see (a PRIVATE one, in an introduction request). */
  hiddenProject: 'Projet non visible',
  /** Who asked that their personal data be erased, in what others were told before. */
  erasedPerson: 'une personne dont les données ont été effacées',
  erasedContact: 'coordonnées effacées',
  deadlineLabels: { accreditation: 'Date limite d’accréditation', submission: 'Date limite de dépôt' },
  /** How far a deadline is: a reminder caught up late may fall on the day itself or the day before. */
  inDays: { today: 'aujourd’hui', tomorrow: 'demain', other: 'dans {days} jours' },
  /** How many companies fit a project (NEW_PARTNERS), the verb agreeing. */
  companiesFit: { one: '{count} entreprise correspond', other: '{count} entreprises correspondent' },
  statusLabels: {
    PROPOSED: 'proposé·e',
    INVITED: 'invité·e',
    CONFIRMED: 'confirmé·e',
    DECLINED: 'invitation déclinée',
    WITHDRAWN: 'retiré·e',
  },
};
