import type { NotificationKind } from '@crossroads/core';

export type Locale = 'fr' | 'en';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const SUBJECTS: Record<NotificationKind, Record<Locale, string>> = {
  ACCOUNT_DECIDED: { fr: 'Votre compte Crossroads', en: 'Your Crossroads account' },
  PROFILE_CLAIM_DECIDED: { fr: 'Votre demande de profil', en: 'Your profile claim' },
  MEMBERSHIP: { fr: 'Membres de votre entreprise', en: 'Your company membership' },
  INTRODUCTION: { fr: 'Une mise en relation', en: 'An introduction' },
  DELEGATION_INVITATION: { fr: 'Vous êtes invité à une délégation', en: 'You are invited to a delegation' },
  DELEGATION_STATUS: { fr: 'Votre délégation a changé', en: 'Your delegation changed' },
  BROCHURE_REMINDER: { fr: 'Rappel : la brochure de la délégation', en: 'Reminder: the delegation brochure' },
  EDITION_DEADLINE: { fr: 'Une échéance approche', en: 'A deadline is coming' },
  EDITION_DATES: { fr: 'Les dates d’une édition ont changé', en: 'An edition’s dates changed' },
  NEW_PARTNERS: { fr: 'De nouveaux partenaires pour votre projet', en: 'New partners for your project' },
};

const OPEN: Record<Locale, string> = { fr: 'Ouvrir dans Crossroads', en: 'Open in Crossroads' };
const UNSUBSCRIBE: Record<Locale, string> = {
  fr: 'Ne plus recevoir ce type de message',
  en: 'Stop receiving this kind of message',
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A generic body per kind: the subject, an optional summary from the event data and a link. */
export function renderMail(
  kind: NotificationKind,
  locale: Locale,
  data: Record<string, unknown>,
  links: { open: string; unsubscribe: string },
): RenderedMail {
  const subject = SUBJECTS[kind][locale];
  const summary = typeof data.summary === 'string' ? data.summary : '';
  const text = [
    subject,
    summary,
    `${OPEN[locale]} : ${links.open}`,
    '',
    `${UNSUBSCRIBE[locale]} : ${links.unsubscribe}`,
  ]
    .filter((line, i) => i !== 1 || line)
    .join('\n');
  const html = `<!doctype html><html lang="${locale}"><body><p>${escapeHtml(subject)}</p>${
    summary ? `<p>${escapeHtml(summary)}</p>` : ''
  }<p><a href="${escapeHtml(links.open)}">${OPEN[locale]}</a></p><p><small><a href="${escapeHtml(
    links.unsubscribe,
  )}">${UNSUBSCRIBE[locale]}</a></small></p></body></html>`;
  return { subject, text, html };
}
