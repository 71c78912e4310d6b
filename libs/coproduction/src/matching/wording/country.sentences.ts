import type { AgreementParam, ReasonCode } from '../reason-code';
import { countryName } from './labels';
import { list, str, strings, type ReasonLang, type Sentences } from './sentence-parts';

/** Sentences of the COUNTRY criterion (countryFit's legal framework), and the notes added to them. */

function agreementName(a: AgreementParam, lang: ReasonLang): string {
  const signed = a.signed ? ` (${a.signed})` : '';
  if (lang === 'en') return `${a.name}${signed}`;
  return `l’accord de coproduction France – ${countryName(a.partner, 'fr').replace(/^la /, '')}${signed}`;
}

/** Agreements signed but not confirmed in force: named, never counted. */
function pendingNote(p: ReasonCode['params'], lang: ReasonLang): string {
  const pending = strings(p.pending);
  if (pending.length === 0) return '';
  return lang === 'fr'
    ? ` ; ${list(pending, 'fr', 'and')} : entrée en vigueur non confirmée`
    : `; the ${list(pending, 'en', 'and')} is not confirmed in force`;
}

const agreements = (p: ReasonCode['params'], lang: ReasonLang): string =>
  (Array.isArray(p.agreements) ? (p.agreements as AgreementParam[]) : [])
    .map((a) => agreementName(a, lang))
    .join(lang === 'fr' ? ' et ' : ' and ');

const named = (code: ReasonCode['params'][string], lang: ReasonLang) => countryName(str(code), lang);

export const COUNTRY_SENTENCES: Sentences = {
  COUNTRY_UNKNOWN: {
    en: () => 'Country fit is unknown because the partner has no country',
    fr: () => 'Accord de pays inconnu : le partenaire n’a pas de pays',
  },
  COUNTRY_SAME: {
    en: (p) => `Based in the same country as the project (${named(p.country, 'en')})`,
    fr: (p) => `Dans le même pays que le projet (${named(p.country, 'fr')})`,
  },
  COUNTRY_TREATY: {
    en: (p) => `Covered by the ${agreements(p, 'en')}`,
    fr: (p) => `Couvert par ${agreements(p, 'fr')}`,
  },
  COUNTRY_CONVENTION: {
    en: (p) =>
      `No bilateral agreement in force recorded with ${named(p.country, 'en')}${pendingNote(p, 'en')}; both countries can use the ${str(p.convention)} (${str(p.conventionCode)})`,
    fr: (p) =>
      `Aucun accord bilatéral en vigueur connu avec ce pays (${named(p.country, 'fr')})${pendingNote(p, 'fr')} ; les deux pays peuvent recourir à la Convention du Conseil de l’Europe sur la coproduction cinématographique (${str(p.conventionCode)})`,
  },
  COUNTRY_CONVENTION_UNVERIFIED: {
    en: (p) =>
      `No bilateral agreement in force recorded with ${named(p.country, 'en')}${pendingNote(p, 'en')}; France's participation in the ${str(p.convention)} (${str(p.conventionCode)}) is unverified, so it is not counted`,
    fr: (p) =>
      `Aucun accord bilatéral en vigueur connu avec ce pays (${named(p.country, 'fr')})${pendingNote(p, 'fr')} ; la ratification par la France de la Convention du Conseil de l’Europe sur la coproduction cinématographique (${str(p.conventionCode)}) n’est pas vérifiée : elle n’est pas comptée`,
  },
  COUNTRY_NONE: {
    en: (p) =>
      `No co-production agreement in force recorded between ${named(p.owner, 'en')} and ${named(p.partner, 'en')}${pendingNote(p, 'en')}`,
    fr: (p) =>
      `Aucun accord de coproduction en vigueur connu entre ces pays (${named(p.owner, 'fr')}, ${named(p.partner, 'fr')})${pendingNote(p, 'fr')}`,
  },
};

const PAIRING: Record<ReasonLang, (fund: string) => string> = {
  en: (fund) =>
    `Hauts-de-France–Wallonia pairing: the project applied to the ${fund}, which requires partners from both regions`,
  fr: (fund) =>
    `binôme Hauts-de-France–Wallonie : le projet a candidaté au ${fund}, qui demande des partenaires des deux régions`,
};

const SOUGHT: Record<ReasonLang, (country: string, among: boolean) => string> = {
  en: (country, among) =>
    `${countryName(country, 'en')} is ${among ? 'among' : 'not among'} the countries the project seeks`,
  fr: (country, among) =>
    `${countryName(country, 'fr')} ${among ? 'fait partie des' : 'ne fait pas partie des'} pays que cherche le projet`,
};

/** The notes any reason may carry: the Hauts-de-France–Wallonia pairing, whether the country is sought. */
export function countryNotes(p: ReasonCode['params'], lang: ReasonLang): string {
  const separator = lang === 'fr' ? ' ; ' : '; ';
  let notes = '';
  if (typeof p.pairingFund === 'string') notes += separator + PAIRING[lang](p.pairingFund);
  if (typeof p.sought === 'boolean' && typeof p.partnerCountry === 'string')
    notes += separator + SOUGHT[lang](p.partnerCountry, p.sought);
  return notes;
}
