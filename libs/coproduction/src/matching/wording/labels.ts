import type { ReasonCode } from '../reason-code';
import { num, type ReasonLang } from './sentence-parts';

/** Names of the values reasons are made of (formats, roles, stages, countries, amounts) in English and French. */

const FORMATS: Record<string, { en: [string, string]; fr: [string, string] }> = {
  FEATURE_FILM: { en: ['feature film', 'feature films'], fr: ['long métrage', 'longs métrages'] },
  SHORT_FILM: { en: ['short film', 'short films'], fr: ['court métrage', 'courts métrages'] },
  TV_FILM: { en: ['TV film', 'TV films'], fr: ['téléfilm', 'téléfilms'] },
  ANIMATED_SERIES: {
    en: ['animated series', 'animated series'],
    fr: ['série d’animation', 'séries d’animation'],
  },
  TV_SERIES: { en: ['TV series', 'TV series'], fr: ['série TV', 'séries TV'] },
  DOCUMENTARY: { en: ['documentary', 'documentaries'], fr: ['documentaire', 'documentaires'] },
  VIDEO_ART: { en: ['video art work', 'video art works'], fr: ['œuvre d’art vidéo', 'œuvres d’art vidéo'] },
  TRANSMEDIA: { en: ['transmedia work', 'transmedia works'], fr: ['œuvre transmédia', 'œuvres transmédia'] },
  VIDEO_GAME: { en: ['video game', 'video games'], fr: ['jeu vidéo', 'jeux vidéo'] },
  XR: { en: ['XR work', 'XR works'], fr: ['œuvre XR', 'œuvres XR'] },
  COMMERCIAL: { en: ['commercial', 'commercials'], fr: ['publicité', 'publicités'] },
  MUSIC_VIDEO: { en: ['music video', 'music videos'], fr: ['clip', 'clips'] },
};

const ROLES: Record<string, Record<ReasonLang, string>> = {
  MAJORITY_COPRODUCER: { en: 'majority co-producer', fr: 'coproducteur majoritaire' },
  MINORITY_COPRODUCER: { en: 'minority co-producer', fr: 'coproducteur minoritaire' },
  DISTRIBUTOR: { en: 'distributor', fr: 'distributeur' },
  SALES_AGENT: { en: 'sales agent', fr: 'vendeur international' },
  BROADCASTER: { en: 'broadcaster', fr: 'diffuseur' },
  SERVICE_VFX: { en: 'VFX services', fr: 'prestations d’effets visuels' },
  SERVICE_ANIMATION: { en: 'animation services', fr: 'prestations d’animation' },
  PUBLISHER: { en: 'publisher', fr: 'éditeur' },
};

const STAGES: Record<string, Record<ReasonLang, string>> = {
  WRITING: { en: 'writing', fr: 'écriture' },
  DEVELOPMENT: { en: 'development', fr: 'développement' },
  FINANCING: { en: 'financing', fr: 'financement' },
  PRE_PRODUCTION: { en: 'pre-production', fr: 'préproduction' },
  PRODUCTION: { en: 'production', fr: 'production' },
  POST_PRODUCTION: { en: 'post-production', fr: 'postproduction' },
};

const REGIONS: Record<string, Record<ReasonLang, string>> = {
  'BE-FWB': { en: 'the French Community of Belgium', fr: 'la Fédération Wallonie-Bruxelles' },
  'BE-WAL': { en: 'Wallonia', fr: 'la Wallonie' },
  'BE-BRU': { en: 'the Brussels-Capital Region', fr: 'la Région de Bruxelles-Capitale' },
  'BE-VLG': { en: 'Flanders', fr: 'la Flandre' },
  'FR-HDF': { en: 'Hauts-de-France', fr: 'les Hauts-de-France' },
};

export const formatLabel = (format: string, lang: ReasonLang, plural = false): string =>
  FORMATS[format]?.[lang][plural ? 1 : 0] ?? format.toLowerCase().replace(/_/g, ' ');

export const roleLabel = (role: string, lang: ReasonLang): string =>
  ROLES[role]?.[lang] ?? role.toLowerCase().replace(/_/g, ' ');

export const stageLabel = (stage: string, lang: ReasonLang): string =>
  STAGES[stage]?.[lang] ?? stage.toLowerCase().replace(/_/g, ' ');

const DISPLAY = {
  en: {
    region: new Intl.DisplayNames(['en'], { type: 'region' }),
    language: new Intl.DisplayNames(['en'], { type: 'language' }),
  },
  fr: {
    region: new Intl.DisplayNames(['fr'], { type: 'region' }),
    language: new Intl.DisplayNames(['fr'], { type: 'language' }),
  },
};
/** Memoised: Intl lookups are slow, and ranking thousands of partners asks for the same few names. */
const NAMES = new Map<string, string>();

function displayName(kind: 'region' | 'language', code: string, lang: ReasonLang): string {
  const key = `${kind}|${lang}|${code}`;
  let name = NAMES.get(key);
  if (name === undefined) {
    try {
      name = DISPLAY[lang][kind].of(code) ?? code;
    } catch {
      name = code;
    }
    if (NAMES.size < 2000) NAMES.set(key, name);
  }
  return name;
}

export function countryName(code: string, lang: ReasonLang): string {
  const upper = code.toUpperCase();
  return REGIONS[upper]?.[lang] ?? displayName('region', upper, lang);
}

export const languageName = (code: string, lang: ReasonLang): string =>
  lang === 'en' ? code : displayName('language', code, lang);

/** €1,234,567 in English, 1 234 567 € in French (fixed grouping, without the cost of toLocaleString). */
export function euros(value: number, lang: ReasonLang = 'en'): string {
  const digits = String(Math.round(value));
  return lang === 'en'
    ? `€${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
    : `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')}\u00a0€`;
}

export const percent = (share: number, lang: ReasonLang = 'en'): string =>
  lang === 'en' ? `${Math.round(share * 100)}%` : `${Math.round(share * 100)}\u00a0%`;

/** A budget band from `min` and `max` params, either of which may be open ("any"). */
export function range(p: ReasonCode['params'], lang: ReasonLang): string {
  const any = lang === 'fr' ? 'tout' : 'any';
  const min = p.min === null || p.min === undefined ? any : euros(num(p.min), lang);
  const max = p.max === null || p.max === undefined ? any : euros(num(p.max), lang);
  return `${min}–${max}`;
}
