import type { NotificationEvent } from '@crossroads/core';
import { EN, EN_COMMON } from './messages.en';
import { FR, FR_COMMON } from './messages.fr';

export type Locale = 'fr' | 'en';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface RenderedText {
  subject: string;
  body: string;
}

const TEXTS = { fr: FR, en: EN };
const COMMON = { fr: FR_COMMON, en: EN_COMMON };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** French typography puts a space before a colon; English does not. */
const colon = (locale: Locale) => (locale === 'fr' ? ' : ' : ': ');

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Parameters as the reader reads them: dates in their language, codes as words. */
function readable(locale: Locale, params: Record<string, unknown>): Record<string, string> {
  const dates = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  const common = COMMON[locale];
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    const text = String(value);
    out[name] = ISO_DATE.test(text) ? dates.format(new Date(`${text}T00:00:00Z`)) : text;
  }
  if (typeof params.deadline === 'string')
    out.deadlineLabel =
      common.deadlineLabels[params.deadline as keyof typeof common.deadlineLabels] ?? params.deadline;
  if (typeof params.days === 'number')
    out.inDays =
      params.days <= 0
        ? common.inDays.today
        : params.days === 1
          ? common.inDays.tomorrow
          : common.inDays.other.replace('{days}', String(params.days));
  if (typeof params.count === 'number')
    out.companiesFit = common.companiesFit[
      new Intl.PluralRules(locale).select(params.count) === 'one' ? 'one' : 'other'
    ].replace('{count}', String(params.count));
  if (params.personErased === true && out.personName === undefined) out.personName = common.erasedPerson;
  if (params.contactErased === true && out.contactName === undefined) {
    out.contactName = common.erasedPerson;
    out.contactEmail = common.erasedContact;
  }
  if (params.projectHidden === true && out.projectTitle === undefined)
    out.projectTitle = common.hiddenProject;
  if (typeof params.status === 'string')
    out.statusLabel = common.statusLabels[params.status as keyof typeof common.statusLabels] ?? params.status;
  return out;
}

/** The template with its values; a sentence that starts with a value ("une personne …") starts in capitals. */
const fill = (template: string, values: Record<string, string>) => {
  const text = template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The subject and sentence of one event in the reader's language (mail, in-app default text). */
export function renderText(
  event: NotificationEvent,
  locale: Locale,
  params: Record<string, unknown>,
): RenderedText {
  const template = TEXTS[locale][event];
  const values = readable(locale, params);
  return { subject: fill(template.subject, values), body: fill(template.body, values) };
}

function footer(locale: Locale, unsubscribe: string) {
  const label = COMMON[locale].unsubscribe;
  return {
    text: `${label}${colon(locale)}${unsubscribe}`,
    html: `<p><small><a href="${escapeHtml(unsubscribe)}">${escapeHtml(label)}</a></small></p>`,
  };
}

const page = (locale: Locale, inner: string) =>
  `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head><body>${inner}</body></html>`;

/** One event's mail: the subject, its sentence, a link to what it concerns, and the unsubscribe link. */
export function renderMail(
  event: NotificationEvent,
  locale: Locale,
  params: Record<string, unknown>,
  links: { open: string; unsubscribe: string },
): RenderedMail {
  const { subject, body } = renderText(event, locale, params);
  const open = COMMON[locale].open;
  const end = footer(locale, links.unsubscribe);
  return {
    subject,
    text: [body, '', `${open}${colon(locale)}${links.open}`, '', end.text].join('\n'),
    html: page(
      locale,
      `<p>${escapeHtml(body)}</p><p><a href="${escapeHtml(links.open)}">${escapeHtml(open)}</a></p>${end.html}`,
    ),
  };
}

export interface DigestItem {
  event: NotificationEvent;
  params: Record<string, unknown>;
  url: string;
}

/** The daily digest: every item since the last one, each with its link. */
export function renderDigest(
  locale: Locale,
  items: readonly DigestItem[],
  total: number,
  links: { open: string; unsubscribe: string },
): RenderedMail {
  const common = COMMON[locale];
  const subject = fill(common.digestSubject, { count: String(total) });
  const lines = items.map((item) => ({ ...renderText(item.event, locale, item.params), url: item.url }));
  const more = total > items.length ? `… (+${total - items.length})` : '';
  const end = footer(locale, links.unsubscribe);
  const text = [
    common.digestIntro,
    '',
    ...lines.map((line) => `- ${line.body}\n  ${line.url}`),
    ...(more ? [more] : []),
    '',
    `${common.open}${colon(locale)}${links.open}`,
    '',
    end.text,
  ].join('\n');
  const html = page(
    locale,
    `<p>${escapeHtml(common.digestIntro)}</p><ul>${lines
      .map((line) => `<li><a href="${escapeHtml(line.url)}">${escapeHtml(line.body)}</a></li>`)
      .join('')}</ul>${more ? `<p>${escapeHtml(more)}</p>` : ''}<p><a href="${escapeHtml(
      links.open,
    )}">${escapeHtml(common.open)}</a></p>${end.html}`,
  );
  return { subject, text, html };
}
