/**
 * Words for the scorer's reasons. The scorer says what it found as a code with parameters (enum values, numbers,
 * country codes); this file turns them into a sentence in English or French. Pure: no Nest, no database.
 * The web app asks for the language it shows; other clients send Accept-Language.
 */

export type ReasonLang = 'en' | 'fr';

export type ReasonParam = string | number | boolean | null | string[] | ReasonCode[] | AgreementParam[];

export interface AgreementParam {
  /** The agreement's English reference name. */
  name: string;
  /** The partner side of the agreement, e.g. 'DE', 'BE-WAL'. */
  partner: string;
  signed: number | null;
}

/** A reason as data: a stable code and its parameters. */
export interface ReasonCode {
  code: string;
  params: Record<string, ReasonParam>;
}

export const reasonCode = (code: string, params: Record<string, ReasonParam> = {}): ReasonCode => ({
  code,
  params,
});

/** Data that would change a score. */
export type MissingCode =
  | 'PROJECT_BUDGET'
  | 'PARTNER_BUDGET'
  | 'PROJECT_GENRES'
  | 'PARTNER_GENRES'
  | 'PARTNER_FORMATS'
  | 'PROJECT_ROLES'
  | 'PARTNER_ROLES'
  | 'PROJECT_LANGUAGES'
  | 'PARTNER_LANGUAGES'
  | 'PARTNER_COUNTRY'
  | 'PARTNER_TRACK_RECORD'
  | 'PARTNER_ATTENDANCE'
  | 'PROJECT_FINANCING';

const MISSING: Record<MissingCode, Record<ReasonLang, string>> = {
  PROJECT_BUDGET: { en: 'project budget', fr: 'budget du projet' },
  PARTNER_BUDGET: { en: 'budget range of the partner', fr: 'fourchette de budget du partenaire' },
  PROJECT_GENRES: { en: 'project genres', fr: 'genres du projet' },
  PARTNER_GENRES: { en: 'genres of the partner', fr: 'genres du partenaire' },
  PARTNER_FORMATS: { en: 'formats of the partner', fr: 'formats du partenaire' },
  PROJECT_ROLES: { en: 'roles sought by the project', fr: 'rôles recherchés par le projet' },
  PARTNER_ROLES: { en: 'roles offered by the partner', fr: 'rôles proposés par le partenaire' },
  PROJECT_LANGUAGES: { en: 'project languages', fr: 'langues du projet' },
  PARTNER_LANGUAGES: { en: 'languages of the partner', fr: 'langues du partenaire' },
  PARTNER_COUNTRY: { en: 'country of the partner', fr: 'pays du partenaire' },
  PARTNER_TRACK_RECORD: { en: 'track record of the partner', fr: 'références du partenaire' },
  PARTNER_ATTENDANCE: { en: 'festival attendance of the partner', fr: 'présence du partenaire en festival' },
  PROJECT_FINANCING: { en: 'financing secured for the project', fr: 'financement acquis du projet' },
};

export const missingText = (code: string, lang: ReasonLang): string =>
  MISSING[code as MissingCode]?.[lang] ?? code.toLowerCase().replace(/_/g, ' ');

// ---------------------------------------------------------------------------------------------------- labels

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

const languageName = (code: string, lang: ReasonLang): string =>
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

// ------------------------------------------------------------------------------------------------- sentences

const list = (values: readonly string[], lang: ReasonLang, last: 'and' | 'or' | ', ' = ', '): string => {
  if (last === ', ' || values.length < 2) return values.join(', ');
  const word = lang === 'fr' ? (last === 'and' ? ' et ' : ' ou ') : ` ${last} `;
  return values.join(word);
};

const strings = (value: ReasonParam | undefined): string[] =>
  Array.isArray(value) ? (value as string[]) : [];
const num = (value: ReasonParam | undefined): number => (typeof value === 'number' ? value : 0);
const str = (value: ReasonParam | undefined): string => (typeof value === 'string' ? value : '');

function range(p: ReasonCode['params'], lang: ReasonLang): string {
  const any = lang === 'fr' ? 'tout' : 'any';
  const min = p.min === null || p.min === undefined ? any : euros(num(p.min), lang);
  const max = p.max === null || p.max === undefined ? any : euros(num(p.max), lang);
  return `${min}–${max}`;
}

function agreementName(a: AgreementParam, lang: ReasonLang): string {
  if (lang === 'en') return `${a.name}${a.signed ? ` (${a.signed})` : ''}`;
  return `l’accord de coproduction France – ${countryName(a.partner, 'fr').replace(/^la /, '')}${a.signed ? ` (${a.signed})` : ''}`;
}

/** Agreements signed but not confirmed in force: named, never counted. */
function pendingNote(p: ReasonCode['params'], lang: ReasonLang): string {
  const pending = strings(p.pending);
  if (pending.length === 0) return '';
  return lang === 'fr'
    ? ` ; ${list(pending, 'fr', 'and')} : entrée en vigueur non confirmée`
    : `; the ${list(pending, 'en', 'and')} is not confirmed in force`;
}

type Template = (p: ReasonCode['params'], lang: ReasonLang) => string;

/** One sentence per code, in English and French. */
const TEMPLATES: Record<string, Record<ReasonLang, Template>> = {
  FORMAT_UNKNOWN: {
    en: (p) =>
      `The partner lists no formats, so its fit for ${formatLabel(str(p.format), 'en', true)} is unknown`,
    fr: (p) =>
      `Le partenaire n’indique aucun format : on ne sait pas s’il fait des ${formatLabel(str(p.format), 'fr', true)}`,
  },
  FORMAT_MATCH: {
    en: (p) => `Works on ${formatLabel(str(p.format), 'en', true)}`,
    fr: (p) => `Travaille sur des ${formatLabel(str(p.format), 'fr', true)}`,
  },
  FORMAT_MISMATCH: {
    en: (p) => `Does not list ${formatLabel(str(p.format), 'en', true)} among its formats`,
    fr: (p) => `Ne compte pas les ${formatLabel(str(p.format), 'fr', true)} parmi ses formats`,
  },
  GENRES_UNKNOWN: {
    en: () => 'Genre fit is unknown because genres are missing',
    fr: () => 'Accord des genres inconnu : des genres manquent',
  },
  GENRES_NONE: {
    en: (p) =>
      `No genre in common (project: ${strings(p.project).join(', ')}; partner: ${strings(p.partner).join(', ')})`,
    fr: (p) =>
      `Aucun genre en commun (projet : ${strings(p.project).join(', ')} ; partenaire : ${strings(p.partner).join(', ')})`,
  },
  GENRES_SHARED: {
    en: (p) => `Shares ${num(p.count)} of ${num(p.union)} genres (${strings(p.common).join(', ')})`,
    fr: (p) =>
      `${num(p.count)} genre${num(p.count) > 1 ? 's' : ''} en commun sur ${num(p.union)} (${strings(p.common).join(', ')})`,
  },
  BUDGET_UNKNOWN: {
    en: () => 'Budget fit is unknown because a budget is missing',
    fr: () => 'Accord de budget inconnu : un budget manque',
  },
  BUDGET_INSIDE: {
    en: (p) => `Project budget ${euros(num(p.budget))} is inside the partner's ${range(p, 'en')} range`,
    fr: (p) =>
      `Le budget du projet (${euros(num(p.budget), 'fr')}) est dans la fourchette du partenaire (${range(p, 'fr')})`,
  },
  BUDGET_NEAR: {
    en: (p) =>
      `Project budget ${euros(num(p.budget))} is within ${percent(num(p.tolerance))} of the partner's ${range(p, 'en')} range`,
    fr: (p) =>
      `Le budget du projet (${euros(num(p.budget), 'fr')}) est à moins de ${percent(num(p.tolerance), 'fr')} de la fourchette du partenaire (${range(p, 'fr')})`,
  },
  BUDGET_FAR: {
    en: (p) => `Project budget ${euros(num(p.budget))} is far outside the partner's ${range(p, 'en')} range`,
    fr: (p) =>
      `Le budget du projet (${euros(num(p.budget), 'fr')}) est loin de la fourchette du partenaire (${range(p, 'fr')})`,
  },
  ROLES_UNKNOWN: {
    en: () => 'Role fit is unknown because roles are missing',
    fr: () => 'Accord des rôles inconnu : des rôles manquent',
  },
  ROLES_NONE: {
    en: (p) =>
      `Offers none of the roles sought (${strings(p.sought)
        .map((r) => roleLabel(r, 'en'))
        .join(', ')})`,
    fr: (p) =>
      `Ne propose aucun des rôles recherchés (${strings(p.sought)
        .map((r) => roleLabel(r, 'fr'))
        .join(', ')})`,
  },
  ROLES_SOME: {
    en: (p) =>
      `Offers ${num(p.count)} of the ${num(p.total)} roles sought (${strings(p.offered)
        .map((r) => roleLabel(r, 'en'))
        .join(', ')})`,
    fr: (p) =>
      `Propose ${num(p.count)} des ${num(p.total)} rôles recherchés (${strings(p.offered)
        .map((r) => roleLabel(r, 'fr'))
        .join(', ')})`,
  },
  LANGUAGE_UNKNOWN: {
    en: () => 'Language fit is unknown because languages are missing',
    fr: () => 'Accord des langues inconnu : des langues manquent',
  },
  LANGUAGE_MATCH: {
    en: (p) => `Works in the project's language (${strings(p.languages).join(', ')})`,
    fr: (p) =>
      `Travaille dans la langue du projet (${strings(p.languages)
        .map((l) => languageName(l, 'fr'))
        .join(', ')})`,
  },
  LANGUAGE_NONE: {
    en: (p) => `Works in no language of the project (${strings(p.languages).join(', ')})`,
    fr: (p) =>
      `Ne travaille dans aucune langue du projet (${strings(p.languages)
        .map((l) => languageName(l, 'fr'))
        .join(', ')})`,
  },
  COUNTRY_UNKNOWN: {
    en: () => 'Country fit is unknown because the partner has no country',
    fr: () => 'Accord de pays inconnu : le partenaire n’a pas de pays',
  },
  COUNTRY_SAME: {
    en: (p) => `Based in the same country as the project (${countryName(str(p.country), 'en')})`,
    fr: (p) => `Dans le même pays que le projet (${countryName(str(p.country), 'fr')})`,
  },
  COUNTRY_TREATY: {
    en: (p) =>
      `Covered by the ${(p.agreements as AgreementParam[]).map((a) => agreementName(a, 'en')).join(' and ')}`,
    fr: (p) =>
      `Couvert par ${(p.agreements as AgreementParam[]).map((a) => agreementName(a, 'fr')).join(' et ')}`,
  },
  COUNTRY_CONVENTION: {
    en: (p) =>
      `No bilateral agreement in force recorded with ${countryName(str(p.country), 'en')}${pendingNote(p, 'en')}; both countries can use the ${str(p.convention)} (${str(p.conventionCode)})`,
    fr: (p) =>
      `Aucun accord bilatéral en vigueur connu avec ce pays (${countryName(str(p.country), 'fr')})${pendingNote(p, 'fr')} ; les deux pays peuvent recourir à la Convention du Conseil de l’Europe sur la coproduction cinématographique (${str(p.conventionCode)})`,
  },
  COUNTRY_CONVENTION_UNVERIFIED: {
    en: (p) =>
      `No bilateral agreement in force recorded with ${countryName(str(p.country), 'en')}${pendingNote(p, 'en')}; France's participation in the ${str(p.convention)} (${str(p.conventionCode)}) is unverified, so it is not counted`,
    fr: (p) =>
      `Aucun accord bilatéral en vigueur connu avec ce pays (${countryName(str(p.country), 'fr')})${pendingNote(p, 'fr')} ; la ratification par la France de la Convention du Conseil de l’Europe sur la coproduction cinématographique (${str(p.conventionCode)}) n’est pas vérifiée : elle n’est pas comptée`,
  },
  COUNTRY_NONE: {
    en: (p) =>
      `No co-production agreement in force recorded between ${countryName(str(p.owner), 'en')} and ${countryName(str(p.partner), 'en')}${pendingNote(p, 'en')}`,
    fr: (p) =>
      `Aucun accord de coproduction en vigueur connu entre ces pays (${countryName(str(p.owner), 'fr')}, ${countryName(str(p.partner), 'fr')})${pendingNote(p, 'fr')}`,
  },
  ATTENDS: { en: (p) => `Attends ${str(p.edition)}`, fr: (p) => `Sera à ${str(p.edition)}` },
  ATTENDANCE_UNKNOWN: {
    en: (p) => `Not known to attend ${str(p.edition)}`,
    fr: (p) => `Présence à ${str(p.edition)} inconnue`,
  },
  NOT_ATTENDING: {
    en: (p) => `Does not attend ${str(p.edition)}`,
    fr: (p) => `Ne sera pas à ${str(p.edition)}`,
  },
  SEEKS_PROJECTS: {
    en: () => 'Is looking for projects to join',
    fr: () => 'Cherche des projets à rejoindre',
  },
  NOT_SEEKING: {
    en: () => 'Is not looking for new projects at the moment',
    fr: () => 'Ne cherche pas de nouveaux projets en ce moment',
  },
  TRACK_RECORD_NONE: {
    en: () => 'No track record is listed for the partner',
    fr: () => 'Aucune référence n’est indiquée pour le partenaire',
  },
  TRACK_RECORD_OTHER_FORMATS: {
    en: (p) => `Has no ${formatLabel(str(p.format), 'en', true)} in its track record`,
    fr: (p) => `Pas de ${formatLabel(str(p.format), 'fr', true)} dans ses références`,
  },
  TRACK_RECORD_SAME_FORMAT: {
    en: (p) =>
      `Co-produces ${formatLabel(str(p.format), 'en', true)} (${num(p.count)} in its track record, ${num(p.international)} international)`,
    fr: (p) =>
      `Coproduit des ${formatLabel(str(p.format), 'fr', true)} (${num(p.count)} dans ses références, dont ${num(p.international)} internationales)`,
  },
  STAGE: {
    en: (p) =>
      `The project is in ${stageLabel(str(p.stage), 'en')}${p.ideal ? ', the stage for co-production talks' : ''}`,
    fr: (p) =>
      `Le projet est en ${stageLabel(str(p.stage), 'fr')}${p.ideal ? ', le moment de parler coproduction' : ''}`,
  },
  FORUM_NO_RULES: {
    en: (p) => `No forum entry rules are recorded for ${str(p.festival)}`,
    fr: (p) => `Aucune règle d’entrée en forum n’est connue pour ${str(p.festival)}`,
  },
  FORUM_NOT_READY: {
    en: (p) => `Not ready for the ${str(p.forum)}: ${checks(p.failures, 'en')}`,
    fr: (p) => `Pas prêt pour ${str(p.forum)} : ${checks(p.failures, 'fr')}`,
  },
  FORUM_UNKNOWN: {
    en: (p) =>
      `Readiness for the ${str(p.forum)} cannot be checked without the ${strings(p.missing)
        .map((m) => missingText(m, 'en'))
        .join(' and the ')}`,
    fr: (p) =>
      `Impossible de vérifier si le projet est prêt pour ${str(p.forum)} sans ${list(
        strings(p.missing).map((m) => `le ${missingText(m, 'fr')}`),
        'fr',
        'and',
      )}`,
  },
  FORUM_READY: {
    en: (p) =>
      `Meets the entry rules of the ${str(p.forum)}${hasChecks(p.passes) ? `: ${checks(p.passes, 'en')}` : ''}`,
    fr: (p) =>
      `Remplit les règles d’entrée de ${str(p.forum)}${hasChecks(p.passes) ? ` : ${checks(p.passes, 'fr')}` : ''}`,
  },
  // Parts of the forum sentences.
  FORUM_FORMAT_OK: {
    en: (p) => `it accepts ${formatLabel(str(p.format), 'en', true)}`,
    fr: (p) => `il accepte les ${formatLabel(str(p.format), 'fr', true)}`,
  },
  FORUM_FORMAT_NO: {
    en: (p) => `it does not take ${formatLabel(str(p.format), 'en', true)}`,
    fr: (p) => `il ne prend pas de ${formatLabel(str(p.format), 'fr', true)}`,
  },
  FORUM_STAGE_OK: {
    en: (p) => `it takes projects in ${stageLabel(str(p.stage), 'en')}`,
    fr: (p) => `il prend des projets en ${stageLabel(str(p.stage), 'fr')}`,
  },
  FORUM_STAGE_NO: {
    en: (p) =>
      `it takes projects in ${list(
        strings(p.stages).map((s) => stageLabel(s, 'en')),
        'en',
        'or',
      )}, not in ${stageLabel(str(p.stage), 'en')}`,
    fr: (p) =>
      `il prend des projets en ${list(
        strings(p.stages).map((s) => stageLabel(s, 'fr')),
        'fr',
        'or',
      )}, pas en ${stageLabel(str(p.stage), 'fr')}`,
  },
  FORUM_BUDGET_IN: {
    en: (p) => `the budget of ${euros(num(p.budget))} is inside its ${range(p, 'en')} band`,
    fr: (p) => `le budget de ${euros(num(p.budget), 'fr')} est dans sa fourchette (${range(p, 'fr')})`,
  },
  FORUM_BUDGET_OUT: {
    en: (p) => `the budget of ${euros(num(p.budget))} is outside its ${range(p, 'en')} band`,
    fr: (p) => `le budget de ${euros(num(p.budget), 'fr')} est hors de sa fourchette (${range(p, 'fr')})`,
  },
  FORUM_FINANCED_OK: {
    en: (p) => `${percent(num(p.share))} financed meets its ${percent(num(p.min))} minimum`,
    fr: (p) =>
      `${percent(num(p.share), 'fr')} financés, au-dessus de son minimum de ${percent(num(p.min), 'fr')}`,
  },
  FORUM_FINANCED_LOW: {
    en: (p) => `${percent(num(p.share))} financed, below its ${percent(num(p.min))} minimum`,
    fr: (p) => `${percent(num(p.share), 'fr')} financés, sous son minimum de ${percent(num(p.min), 'fr')}`,
  },
};

const hasChecks = (value: ReasonParam | undefined): boolean => Array.isArray(value) && value.length > 0;

function checks(value: ReasonParam | undefined, lang: ReasonLang): string {
  return ((Array.isArray(value) ? value : []) as ReasonCode[])
    .map((part) => reasonText(part, lang))
    .join(lang === 'fr' ? ' ; ' : '; ');
}

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

/** The sentence of a reason in a language; an unknown code gives the code itself (never throws). */
export function reasonText(reason: ReasonCode, lang: ReasonLang): string {
  const template = TEMPLATES[reason.code]?.[lang];
  if (!template) return reason.code;
  const p = reason.params;
  let text = template(p, lang);
  const separator = lang === 'fr' ? ' ; ' : '; ';
  if (typeof p.pairingFund === 'string') text += separator + PAIRING[lang](p.pairingFund);
  if (typeof p.sought === 'boolean' && typeof p.partnerCountry === 'string')
    text += separator + SOUGHT[lang](p.partnerCountry, p.sought);
  return text;
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
