import type { ReasonCode } from '../reason-code';
import { COUNTRY_SENTENCES, countryNotes } from './country.sentences';
import { FIT_SENTENCES } from './fit.sentences';
import { FORUM_SENTENCES } from './forum.sentences';
import { PARTNER_SENTENCES } from './partner.sentences';
import type { ReasonLang, Sentences } from './sentence-parts';

/**
 * Words for the scorer's reasons. The scorer says what it found as a code with parameters (enum values, numbers,
 * country codes); the sentence tables beside this file turn them into English or French. Pure: no Nest, no
 * database. The web app asks for the language it shows; other clients send Accept-Language.
 */

const SENTENCES: Sentences = {
  ...FIT_SENTENCES,
  ...COUNTRY_SENTENCES,
  ...PARTNER_SENTENCES,
  ...FORUM_SENTENCES,
};

/** Every code worded here (the specs check that each has both languages). */
export const WORDED_CODES: readonly string[] = Object.keys(SENTENCES);

/** The sentence of a reason in a language; an unknown code gives the code itself (never throws). */
export function reasonText(reason: ReasonCode, lang: ReasonLang): string {
  const template = SENTENCES[reason.code]?.[lang];
  if (!template) return reason.code;
  return template(reason.params, lang) + countryNotes(reason.params, lang);
}

/**
 * The language to answer in, from a `lang` argument or an Accept-Language header; English by default.
 * `acceptsLanguages` is Express's negotiation (quality values honoured).
 */
export function reasonLang(
  explicit: string | null | undefined,
  request?: { acceptsLanguages?: (...langs: string[]) => string | false },
): ReasonLang {
  if (explicit === 'fr' || explicit === 'en') return explicit;
  const negotiated = request?.acceptsLanguages?.('en', 'fr');
  return negotiated === 'fr' ? 'fr' : 'en';
}
