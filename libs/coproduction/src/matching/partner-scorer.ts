import {
  EUROPEAN_CONVENTION,
  FORUM_ENTRY_RULES,
  FRANCE_BILATERAL_AGREEMENTS,
  type CoproductionAgreement,
} from '../reference/coproduction-agreements.reference';
import { FUNDS } from '../reference/funds.reference';
import { MissingCode, ReasonCode, reasonCode, reasonText } from './reason-text';

/**
 * Pure partner-matching scorer: ranks companies (partners) for a co-production project, and projects for a
 * company (the same scorer, other direction). No Nest, no database, no clock, no randomness: the same input
 * always gives the same output.
 */

export type PartnerRole =
  | 'MAJORITY_COPRODUCER'
  | 'MINORITY_COPRODUCER'
  | 'DISTRIBUTOR'
  | 'SALES_AGENT'
  | 'BROADCASTER'
  | 'SERVICE_VFX'
  | 'SERVICE_ANIMATION'
  | 'PUBLISHER';

export type ProjectStage =
  'WRITING' | 'DEVELOPMENT' | 'FINANCING' | 'PRE_PRODUCTION' | 'PRODUCTION' | 'POST_PRODUCTION';

export interface ProjectProfile {
  id: string;
  /** FEATURE_FILM, SHORT_FILM, TV_FILM, ANIMATED_SERIES, TV_SERIES, DOCUMENTARY, VIDEO_ART, TRANSMEDIA, VIDEO_GAME, XR. */
  format: string;
  genres: string[];
  stage: ProjectStage;
  budgetEur: number | null;
  financingSecuredEur: number | null;
  /** ISO 639-1. */
  languages: string[];
  /** ISO 3166-1 alpha-2; empty = open to any country. */
  countriesSought: string[];
  rolesSought: PartnerRole[];
  /** ISO 3166-1 alpha-2, usually 'FR'. */
  ownerCountry: string;
  /** FUNDS slugs. */
  fundsApplied: string[];
  /** Company that owns the project: never proposed as its own partner. */
  ownerCompanyId?: string | null;
}

export interface PartnerProfile {
  companyId: string;
  country: string;
  formats: string[];
  genres: string[];
  coproductionCountries: string[];
  budgetMinEur: number | null;
  budgetMaxEur: number | null;
  rolesOffered: PartnerRole[];
  languages: string[];
  trackRecord: { title: string; year: number; countries: string[]; format: string }[];
  seeksProjects: boolean;
  attendingEditionIds: string[];
}

export type Criterion =
  | 'FORMAT'
  | 'GENRES'
  | 'BUDGET'
  | 'ROLES'
  | 'LANGUAGE'
  | 'COUNTRY'
  | 'TRACK_RECORD'
  | 'READINESS'
  | 'ATTENDANCE'
  | 'AVAILABILITY';

export interface MatchReason {
  criterion: Criterion;
  /** Points earned, 0..max of that criterion (2 decimals). */
  weight: number;
  /** Maximum of that criterion in this score (rescaled when there is no edition; 2 decimals). */
  max: number;
  /** The reason as data: a code and its parameters (reason-text.ts words it in English or French). */
  reason: ReasonCode;
  /** English, human-readable (reasonText of `reason`). */
  detail: string;
}

export interface PartnerMatchScore {
  companyId: string;
  /** 0..100 integer. */
  score: number;
  reasons: MatchReason[];
  /** Data that would change the score, e.g. PARTNER_BUDGET, PROJECT_BUDGET (missingText words them). */
  missing: MissingCode[];
}

export interface ProjectMatchScore extends PartnerMatchScore {
  projectId: string;
}

export interface MatchContext {
  /** `name` is what reasons show, e.g. "Annecy 2027". */
  edition?: MatchEdition;
}

interface MatchEdition {
  id: string;
  festivalSlug: string;
  name: string;
}

/** Maxima of the criteria, summing to 100. Without an edition, ATTENDANCE is dropped and the rest rescaled. */
export const CRITERION_WEIGHTS: Readonly<Record<Criterion, number>> = Object.freeze({
  FORMAT: 20,
  ROLES: 15,
  COUNTRY: 15,
  BUDGET: 10,
  GENRES: 10,
  TRACK_RECORD: 10,
  LANGUAGE: 5,
  READINESS: 5,
  ATTENDANCE: 5,
  AVAILABILITY: 5,
});

/** Order of the reasons in a score. */
const CRITERIA: readonly Criterion[] = [
  'FORMAT',
  'ROLES',
  'COUNTRY',
  'BUDGET',
  'GENRES',
  'TRACK_RECORD',
  'LANGUAGE',
  'READINESS',
  'ATTENDANCE',
  'AVAILABILITY',
];

/** Budget tolerance: within 25% outside the partner's range earns half the budget points. */
const BUDGET_TOLERANCE = 0.25;
/** Same-format works in the track record that earn the full TRACK_RECORD points. */
const TRACK_RECORD_CAP = 3;

/** Share of the COUNTRY points per level. */
const COUNTRY_LEVEL_FACTOR = {
  BILATERAL_TREATY: 1,
  EUROPEAN_CONVENTION: 0.7,
  SAME_COUNTRY: 0.4,
  NONE: 0,
} as const;

/** Share of the READINESS points per stage when no forum entry rule applies (generic market-readiness). */
const STAGE_READINESS: Readonly<Record<ProjectStage, number>> = {
  WRITING: 0.2,
  DEVELOPMENT: 0.6,
  FINANCING: 1,
  PRE_PRODUCTION: 1,
  PRODUCTION: 0.6,
  POST_PRODUCTION: 0.4,
};

/** The Pictanovo + Wallimage interactive fund: the FUNDS entry requiring a Hauts-de-France and a Walloon partner. */
const WALLONIA_PAIRING_FUND = FUNDS.find(
  (fund) => fund.requiresPartnerRegions.includes('FR-HDF') && fund.requiresPartnerRegions.includes('BE-WAL'),
);

// ---------------------------------------------------------------------------------------------------------
// Small pure helpers
// ---------------------------------------------------------------------------------------------------------

const normalised = (values: readonly string[]): string[] =>
  [...new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v.length > 0))].sort();

/** Memoised per array: a ranking normalises the same project and partner lists many times. */
const NORMALISED = new WeakMap<readonly string[], string[]>();

function normalise(values: readonly string[]): string[] {
  let result = NORMALISED.get(values);
  if (!result) NORMALISED.set(values, (result = normalised(values)));
  return result;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Base ISO 3166-1 country of a code that may be a region ('BE-WAL' → 'BE'). */
const baseCountry = (code: string): string => code.trim().toUpperCase().slice(0, 2);

/**
 * France's bilateral agreements covering a partner code, whatever their status; 'BE' matches both Belgian
 * Community agreements, and an agreement's `appliesTo` codes match it (a Walloon producer, the French Community).
 */
function franceAgreementsWith(code: string): CoproductionAgreement[] {
  const upper = code.trim().toUpperCase();
  return FRANCE_BILATERAL_AGREEMENTS.filter(
    (a) =>
      a.partner === upper ||
      (a.appliesTo?.includes(upper) ?? false) ||
      (upper.length === 2 && baseCountry(a.partner) === upper),
  );
}

/**
 * A party to CETS 220 whose participation is confirmed: France's is unverified (it ratified the 1992 convention,
 * ETS 147), so the convention is not relied on for French pairs until its status is IN_FORCE.
 */
const isConventionParty = (code: string): boolean =>
  baseCountry(code) === 'FR'
    ? EUROPEAN_CONVENTION.franceAgreementStatus === 'IN_FORCE'
    : EUROPEAN_CONVENTION.parties.includes(baseCountry(code));

// ---------------------------------------------------------------------------------------------------------
// Country fit
// ---------------------------------------------------------------------------------------------------------

/**
 * Legal framework for a co-production between the project owner's country and the partner's country:
 * France's bilateral agreement > the European Convention (CETS 220) > same country (national production) >
 * none. Adds the France–Wallonia pairing when the project applied to the Pictanovo + Wallimage interactive fund
 * and the pair is France/Belgium.
 */
export function countryFit(
  ownerCountry: string,
  partnerCountry: string,
  project: Pick<ProjectProfile, 'format' | 'fundsApplied'>,
): CountryFit {
  const owner = ownerCountry.trim().toUpperCase();
  const partner = partnerCountry.trim().toUpperCase();
  const pairing = walloniaPairing(owner, partner, project);
  const framework = (level: CountryFit['level'], reason: ReasonCode, source: string | null): CountryFit => {
    if (pairing) reason.params.pairingFund = pairing;
    return { level, reason, detail: reasonText(reason, 'en'), source, pairing: pairing !== null };
  };

  if (baseCountry(owner) === baseCountry(partner)) {
    return framework('SAME_COUNTRY', reasonCode('COUNTRY_SAME', { country: baseCountry(owner) }), null);
  }

  const foreign = baseCountry(owner) === 'FR' ? partner : baseCountry(partner) === 'FR' ? owner : null;
  const known = foreign ? franceAgreementsWith(foreign) : [];
  // Only an agreement in force is a legal framework; a signed or unverified one is named, not relied on.
  const agreements = known.filter((a) => a.status === 'IN_FORCE');
  const pending = known.filter((a) => a.status !== 'IN_FORCE');
  // Signed but not confirmed in force: named in the reason, never counted.
  const pendingNames = pending.map((a) => `${a.name}${a.signed ? ` (${a.signed})` : ''}`);
  if (agreements.length > 0) {
    const params = agreements.map((a) => ({ name: a.name, partner: a.partner, signed: a.signed ?? null }));
    return framework(
      'BILATERAL_TREATY',
      reasonCode('COUNTRY_TREATY', { agreements: params }),
      agreements[0].sources[0] ?? null,
    );
  }

  if (isConventionParty(owner) && isConventionParty(partner)) {
    return framework(
      'EUROPEAN_CONVENTION',
      reasonCode('COUNTRY_CONVENTION', {
        country: baseCountry(foreign ?? partner),
        convention: EUROPEAN_CONVENTION.name,
        conventionCode: EUROPEAN_CONVENTION.code,
        pending: pendingNames,
      }),
      EUROPEAN_CONVENTION.sources[0] ?? null,
    );
  }

  const otherParty = foreign !== null && EUROPEAN_CONVENTION.parties.includes(baseCountry(foreign));
  if (otherParty && !isConventionParty('FR')) {
    return framework(
      'NONE',
      reasonCode('COUNTRY_CONVENTION_UNVERIFIED', {
        country: baseCountry(foreign!),
        convention: EUROPEAN_CONVENTION.name,
        conventionCode: EUROPEAN_CONVENTION.code,
        pending: pendingNames,
      }),
      EUROPEAN_CONVENTION.sources[0] ?? null,
    );
  }

  return framework(
    'NONE',
    reasonCode('COUNTRY_NONE', {
      owner: baseCountry(owner),
      partner: baseCountry(partner),
      pending: pendingNames,
    }),
    pending[0]?.sources[0] ?? null,
  );
}

export interface CountryFit {
  level: 'BILATERAL_TREATY' | 'EUROPEAN_CONVENTION' | 'SAME_COUNTRY' | 'NONE';
  reason: ReasonCode;
  /** English (reasonText of `reason`). */
  detail: string;
  source: string | null;
  /** Whether the Hauts-de-France–Wallonia pairing of the interactive fund applies. */
  pairing: boolean;
}

function walloniaPairing(
  owner: string,
  partner: string,
  project: Pick<ProjectProfile, 'format' | 'fundsApplied'>,
): string | null {
  if (!WALLONIA_PAIRING_FUND || !project.fundsApplied.includes(WALLONIA_PAIRING_FUND.slug)) return null;
  // Hauts-de-France plus Wallonia only: not any French and Belgian pair (a Parisian or a Brussels or Flemish
  // partner does not satisfy the fund).
  const pair = [owner, partner].sort().join('+');
  if (pair !== [...WALLONIA_PAIRING_FUND.requiresPartnerRegions].sort().join('+')) return null;
  return WALLONIA_PAIRING_FUND.name;
}

// ---------------------------------------------------------------------------------------------------------
// Readiness (forum entry rules)
// ---------------------------------------------------------------------------------------------------------

/**
 * Market-readiness of a project for a forum, from FORUM_ENTRY_RULES: formats, stages, budget band and share
 * financed (financingSecuredEur / budgetEur). `eligible` is null when there is no rule for the festival or when
 * data the rule needs is missing (and no other rule fails).
 */
export function readiness(
  project: ProjectProfile,
  festivalSlug: string,
): { eligible: boolean | null; reason: ReasonCode; detail: string; missing: MissingCode[] } {
  const result = (eligible: boolean | null, reason: ReasonCode, missing: MissingCode[]) => ({
    eligible,
    reason,
    detail: reasonText(reason, 'en'),
    missing,
  });
  const rule = FORUM_ENTRY_RULES.find((r) => r.festivalSlug === festivalSlug);
  if (!rule) return result(null, reasonCode('FORUM_NO_RULES', { festival: festivalSlug }), []);
  const forum = rule.summary.split(':')[0];
  const failures: ReasonCode[] = [];
  const passes: ReasonCode[] = [];
  const missing: MissingCode[] = [];

  if (rule.formats.length > 0) {
    if (rule.formats.includes(project.format))
      passes.push(reasonCode('FORUM_FORMAT_OK', { format: project.format }));
    else failures.push(reasonCode('FORUM_FORMAT_NO', { format: project.format }));
  }
  if (rule.stages.length > 0) {
    if (rule.stages.includes(project.stage))
      passes.push(reasonCode('FORUM_STAGE_OK', { stage: project.stage }));
    else failures.push(reasonCode('FORUM_STAGE_NO', { stages: [...rule.stages], stage: project.stage }));
  }
  if (rule.budgetMinEur !== null || rule.budgetMaxEur !== null) {
    const band = { min: rule.budgetMinEur, max: rule.budgetMaxEur };
    if (project.budgetEur === null) missing.push('PROJECT_BUDGET');
    else if (
      (rule.budgetMinEur !== null && project.budgetEur < rule.budgetMinEur) ||
      (rule.budgetMaxEur !== null && project.budgetEur > rule.budgetMaxEur)
    ) {
      failures.push(reasonCode('FORUM_BUDGET_OUT', { budget: project.budgetEur, ...band }));
    } else passes.push(reasonCode('FORUM_BUDGET_IN', { budget: project.budgetEur, ...band }));
  }
  if (rule.financingSecuredMin !== null) {
    if (project.budgetEur === null || project.budgetEur <= 0) {
      if (!missing.includes('PROJECT_BUDGET')) missing.push('PROJECT_BUDGET');
    } else if (project.financingSecuredEur === null) {
      missing.push('PROJECT_FINANCING');
    } else {
      const share = project.financingSecuredEur / project.budgetEur;
      const params = { share, min: rule.financingSecuredMin };
      if (share + 1e-9 < rule.financingSecuredMin) failures.push(reasonCode('FORUM_FINANCED_LOW', params));
      else passes.push(reasonCode('FORUM_FINANCED_OK', params));
    }
  }

  if (failures.length > 0) return result(false, reasonCode('FORUM_NOT_READY', { forum, failures }), missing);
  if (missing.length > 0) return result(null, reasonCode('FORUM_UNKNOWN', { forum, missing }), missing);
  return result(true, reasonCode('FORUM_READY', { forum, passes }), missing);
}

// ---------------------------------------------------------------------------------------------------------
// Criteria
// ---------------------------------------------------------------------------------------------------------

/** A criterion's share (0..1) of its maximum, its reason and the data that would change it. */
interface Assessment {
  share: number;
  /** Built only for the reasons shown: ranking thousands of partners needs the shares, not the reasons. */
  reason: ReasonCode | (() => ReasonCode);
  missing: MissingCode[];
}

const NONE_MISSING: MissingCode[] = [];

const assess = (
  share: number,
  reason: ReasonCode | (() => ReasonCode),
  missing: MissingCode[] = NONE_MISSING,
): Assessment => ({
  share: Math.min(1, Math.max(0, share)),
  reason,
  missing,
});

function assessFormat(project: ProjectProfile, partner: PartnerProfile): Assessment {
  const format = project.format;
  if (partner.formats.length === 0) {
    return assess(0, () => reasonCode('FORMAT_UNKNOWN', { format }), ['PARTNER_FORMATS']);
  }
  return partner.formats.includes(format)
    ? assess(1, () => reasonCode('FORMAT_MATCH', { format }))
    : assess(0, () => reasonCode('FORMAT_MISMATCH', { format }));
}

function assessGenres(project: ProjectProfile, partner: PartnerProfile): Assessment {
  const mine = normalise(project.genres);
  const theirs = normalise(partner.genres);
  const missing: MissingCode[] =
    mine.length === 0 || theirs.length === 0
      ? [
          ...(mine.length === 0 ? (['PROJECT_GENRES'] as const) : []),
          ...(theirs.length === 0 ? (['PARTNER_GENRES'] as const) : []),
        ]
      : NONE_MISSING;
  if (missing.length > 0) return assess(0, reasonCode('GENRES_UNKNOWN'), missing);
  const common = mine.filter((g) => theirs.includes(g));
  // Both lists are de-duplicated: |A ∪ B| = |A| + |B| − |A ∩ B|.
  const union = mine.length + theirs.length - common.length;
  const share = common.length / union;
  return common.length === 0
    ? assess(0, () => reasonCode('GENRES_NONE', { project: mine, partner: theirs }))
    : assess(share, () => reasonCode('GENRES_SHARED', { count: common.length, union, common }));
}

function assessBudget(project: ProjectProfile, partner: PartnerProfile): Assessment {
  const missing: MissingCode[] =
    project.budgetEur === null || (partner.budgetMinEur === null && partner.budgetMaxEur === null)
      ? [
          ...(project.budgetEur === null ? (['PROJECT_BUDGET'] as const) : []),
          ...(partner.budgetMinEur === null && partner.budgetMaxEur === null
            ? (['PARTNER_BUDGET'] as const)
            : []),
        ]
      : NONE_MISSING;
  if (project.budgetEur === null || missing.length > 0) {
    return assess(0, reasonCode('BUDGET_UNKNOWN'), missing);
  }
  const budget = project.budgetEur;
  const min = partner.budgetMinEur ?? 0;
  const max = partner.budgetMaxEur ?? Number.POSITIVE_INFINITY;
  const params = () => ({ budget, min: partner.budgetMinEur, max: partner.budgetMaxEur });
  if (budget >= min && budget <= max) return assess(1, () => reasonCode('BUDGET_INSIDE', params()));
  if (budget >= min * (1 - BUDGET_TOLERANCE) && budget <= max * (1 + BUDGET_TOLERANCE)) {
    return assess(0.5, () => reasonCode('BUDGET_NEAR', { ...params(), tolerance: BUDGET_TOLERANCE }));
  }
  return assess(0, () => reasonCode('BUDGET_FAR', params()));
}

function assessRoles(project: ProjectProfile, partner: PartnerProfile): Assessment {
  const sought = [...new Set(project.rolesSought)].sort();
  const missing: MissingCode[] =
    sought.length === 0 || partner.rolesOffered.length === 0
      ? [
          ...(sought.length === 0 ? (['PROJECT_ROLES'] as const) : []),
          ...(partner.rolesOffered.length === 0 ? (['PARTNER_ROLES'] as const) : []),
        ]
      : NONE_MISSING;
  if (missing.length > 0) return assess(0, reasonCode('ROLES_UNKNOWN'), missing);
  const offered = sought.filter((r) => partner.rolesOffered.includes(r));
  if (offered.length === 0) return assess(0, () => reasonCode('ROLES_NONE', { sought }));
  return assess(offered.length / sought.length, () =>
    reasonCode('ROLES_SOME', { count: offered.length, total: sought.length, offered }),
  );
}

function assessLanguage(project: ProjectProfile, partner: PartnerProfile): Assessment {
  const mine = normalise(project.languages);
  const theirs = normalise(partner.languages);
  const missing: MissingCode[] =
    mine.length === 0 || theirs.length === 0
      ? [
          ...(mine.length === 0 ? (['PROJECT_LANGUAGES'] as const) : []),
          ...(theirs.length === 0 ? (['PARTNER_LANGUAGES'] as const) : []),
        ]
      : NONE_MISSING;
  if (missing.length > 0) return assess(0, reasonCode('LANGUAGE_UNKNOWN'), missing);
  const common = mine.filter((l) => theirs.includes(l));
  return common.length > 0
    ? assess(1, () => reasonCode('LANGUAGE_MATCH', { languages: common }))
    : assess(0, () => reasonCode('LANGUAGE_NONE', { languages: mine }));
}

/** The COUNTRY share of a fit, and whether the partner's country is among those the project seeks. */
function countryShare(
  project: ProjectProfile,
  partnerCountry: string,
  fit: CountryFit,
): { share: number; sought: boolean | null } {
  let share: number = COUNTRY_LEVEL_FACTOR[fit.level];
  let sought: boolean | null = null;
  if (project.countriesSought.length > 0) {
    const codes = project.countriesSought.map((c) => c.toUpperCase());
    if (codes.includes(baseCountry(partnerCountry)) || codes.includes(partnerCountry.toUpperCase())) {
      sought = true;
    } else if (!fit.pairing) {
      share /= 2;
      sought = false;
    }
  }
  // The interactive fund cannot be used without a Belgian partner: the pairing earns the full points.
  if (fit.pairing) share = 1;
  return { share, sought };
}

function assessCountry(project: ProjectProfile, partner: PartnerProfile): Assessment {
  if (partner.country.trim() === '') {
    return assess(0, reasonCode('COUNTRY_UNKNOWN'), ['PARTNER_COUNTRY']);
  }
  const fit = cachedCountryFit(project, partner.country);
  const { share, sought } = countryShare(project, partner.country, fit);
  return assess(share, () =>
    sought === null
      ? fit.reason
      : reasonCode(fit.reason.code, {
          ...fit.reason.params,
          sought,
          partnerCountry: baseCountry(partner.country),
        }),
  );
}

/** countryFit depends only on the two countries and on whether the interactive fund applies: memoised. */
const COUNTRY_FITS = new Map<string, CountryFit>();

function cachedCountryFit(project: ProjectProfile, partnerCountry: string): CountryFit {
  const fund =
    WALLONIA_PAIRING_FUND !== undefined && project.fundsApplied.includes(WALLONIA_PAIRING_FUND.slug);
  const key = `${project.ownerCountry}|${partnerCountry}|${fund}`;
  let fit = COUNTRY_FITS.get(key);
  if (!fit) {
    fit = countryFit(project.ownerCountry, partnerCountry, project);
    if (COUNTRY_FITS.size < 5000) COUNTRY_FITS.set(key, fit);
  }
  return fit;
}

function assessTrackRecord(project: ProjectProfile, partner: PartnerProfile): Assessment {
  if (partner.trackRecord.length === 0) {
    return assess(0, reasonCode('TRACK_RECORD_NONE'), ['PARTNER_TRACK_RECORD']);
  }
  const format = project.format;
  const same = partner.trackRecord.filter((w) => w.format === format);
  if (same.length === 0) return assess(0, () => reasonCode('TRACK_RECORD_OTHER_FORMATS', { format }));
  const international = same.filter((w) => new Set(w.countries.map(baseCountry)).size >= 2).length;
  return assess(Math.min(same.length, TRACK_RECORD_CAP) / TRACK_RECORD_CAP, () =>
    reasonCode('TRACK_RECORD_SAME_FORMAT', { format, count: same.length, international }),
  );
}

function assessReadiness(project: ProjectProfile, context: MatchContext | undefined): Assessment {
  const slug = context?.edition?.festivalSlug;
  if (slug && FORUM_ENTRY_RULES.some((r) => r.festivalSlug === slug)) {
    const result = readiness(project, slug);
    return assess(result.eligible === true ? 1 : 0, result.reason, result.missing);
  }
  return assess(STAGE_READINESS[project.stage] ?? 0, () =>
    reasonCode('STAGE', { stage: project.stage, ideal: STAGE_READINESS[project.stage] === 1 }),
  );
}

function assessAttendance(partner: PartnerProfile, edition: MatchEdition): Assessment {
  const params = { edition: edition.name, editionId: edition.id };
  if (partner.attendingEditionIds.includes(edition.id)) return assess(1, () => reasonCode('ATTENDS', params));
  return partner.attendingEditionIds.length === 0
    ? assess(0, () => reasonCode('ATTENDANCE_UNKNOWN', params), ['PARTNER_ATTENDANCE'])
    : assess(0, () => reasonCode('NOT_ATTENDING', params));
}

function assessAvailability(partner: PartnerProfile): Assessment {
  return partner.seeksProjects
    ? assess(1, reasonCode('SEEKS_PROJECTS'))
    : assess(0, reasonCode('NOT_SEEKING'));
}

// ---------------------------------------------------------------------------------------------------------
// Shares without words: ranking scores every partner; only the returned ones are explained by scorePartner.
// Each share* gives exactly the share of its assess* (checked by the spec); summed in the order of CRITERIA.
// ---------------------------------------------------------------------------------------------------------

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

function shareFormat(project: ProjectProfile, partner: PartnerProfile): number {
  return partner.formats.includes(project.format) ? 1 : 0;
}

/** `sought`: the project's roles, uniqueRoles() of them (hoisted out of the per-partner loop). */
function shareRoles(sought: readonly PartnerRole[], partner: PartnerProfile): number {
  if (sought.length === 0 || partner.rolesOffered.length === 0) return 0;
  let offered = 0;
  for (const role of sought) if (partner.rolesOffered.includes(role)) offered++;
  return offered / sought.length;
}

function shareCountry(project: ProjectProfile, partner: PartnerProfile): number {
  if (partner.country.trim() === '') return 0;
  return clamp01(countryShare(project, partner.country, cachedCountryFit(project, partner.country)).share);
}

function shareBudget(project: ProjectProfile, partner: PartnerProfile): number {
  if (project.budgetEur === null || (partner.budgetMinEur === null && partner.budgetMaxEur === null))
    return 0;
  const budget = project.budgetEur;
  const min = partner.budgetMinEur ?? 0;
  const max = partner.budgetMaxEur ?? Number.POSITIVE_INFINITY;
  if (budget >= min && budget <= max) return 1;
  return budget >= min * (1 - BUDGET_TOLERANCE) && budget <= max * (1 + BUDGET_TOLERANCE) ? 0.5 : 0;
}

/** `mine`: the project's genres, normalised once per ranking. */
function shareGenres(mine: readonly string[], partner: PartnerProfile): number {
  const theirs = normalise(partner.genres);
  if (mine.length === 0 || theirs.length === 0) return 0;
  let common = 0;
  for (const genre of mine) if (theirs.includes(genre)) common++;
  return common === 0 ? 0 : common / (mine.length + theirs.length - common);
}

function shareTrackRecord(project: ProjectProfile, partner: PartnerProfile): number {
  let same = 0;
  for (const work of partner.trackRecord) if (work.format === project.format) same++;
  return same === 0 ? 0 : Math.min(same, TRACK_RECORD_CAP) / TRACK_RECORD_CAP;
}

/** `mine`: the project's languages, normalised once per ranking. */
function shareLanguage(mine: readonly string[], partner: PartnerProfile): number {
  const theirs = normalise(partner.languages);
  for (const language of mine) if (theirs.includes(language)) return 1;
  return 0;
}

const UNIQUE_ROLES = new WeakMap<readonly PartnerRole[], PartnerRole[]>();

function uniqueRoles(roles: readonly PartnerRole[]): PartnerRole[] {
  let unique = UNIQUE_ROLES.get(roles);
  if (!unique) UNIQUE_ROLES.set(roles, (unique = [...new Set(roles)].sort()));
  return unique;
}

/**
 * The score (0..100) scorePartner gives, without building its reasons: the same shares summed in the same order.
 * Prepared once per project and context (weights, normalised lists, country shares), then called per partner.
 */
export function prepareQuickScore(
  project: ProjectProfile,
  context: MatchContext | undefined,
): (partner: PartnerProfile) => number {
  const m = maxima(context);
  const [wFormat, wRoles, wCountry, wBudget, wGenres, wTrack, wLanguage, wReadiness, wAvailability] = [
    'FORMAT',
    'ROLES',
    'COUNTRY',
    'BUDGET',
    'GENRES',
    'TRACK_RECORD',
    'LANGUAGE',
    'READINESS',
    'AVAILABILITY',
  ].map((criterion) => m.get(criterion as Criterion)!);
  const wAttendance = m.get('ATTENDANCE') ?? 0;
  const readinessShare = assessReadiness(project, context).share;
  const editionId = context?.edition?.id;
  const countryShares = new Map<string, number>();
  // The project's side of each share, once per ranking rather than once per partner (10,000 of them).
  const sought = uniqueRoles(project.rolesSought);
  const genres = normalise(project.genres);
  const languages = normalise(project.languages);
  return (partner) => {
    let country = countryShares.get(partner.country);
    if (country === undefined) countryShares.set(partner.country, (country = shareCountry(project, partner)));
    let total = 0;
    total += shareFormat(project, partner) * wFormat;
    total += shareRoles(sought, partner) * wRoles;
    total += country * wCountry;
    total += shareBudget(project, partner) * wBudget;
    total += shareGenres(genres, partner) * wGenres;
    total += shareTrackRecord(project, partner) * wTrack;
    total += shareLanguage(languages, partner) * wLanguage;
    total += readinessShare * wReadiness;
    if (editionId !== undefined)
      total += (partner.attendingEditionIds.includes(editionId) ? 1 : 0) * wAttendance;
    total += (partner.seeksProjects ? 1 : 0) * wAvailability;
    return Math.min(100, Math.max(0, Math.round(total)));
  };
}

/** scorePartner's score alone (see prepareQuickScore). */
export function quickScore(project: ProjectProfile, partner: PartnerProfile, context?: MatchContext): number {
  return prepareQuickScore(project, context)(partner);
}

// ---------------------------------------------------------------------------------------------------------
// Scoring and ranking
// ---------------------------------------------------------------------------------------------------------

/** Maxima for a context: ATTENDANCE only with an edition, the rest rescaled to sum to 100. */
function computeMaxima(withEdition: boolean): Map<Criterion, number> {
  const active = CRITERIA.filter((c) => c !== 'ATTENDANCE' || withEdition);
  const total = active.reduce((sum, c) => sum + CRITERION_WEIGHTS[c], 0);
  return new Map(active.map((c) => [c, (CRITERION_WEIGHTS[c] * 100) / total]));
}

const MAXIMA_WITH_EDITION = computeMaxima(true);
const MAXIMA_WITHOUT_EDITION = computeMaxima(false);

const maxima = (context: MatchContext | undefined): Map<Criterion, number> =>
  context?.edition !== undefined ? MAXIMA_WITH_EDITION : MAXIMA_WITHOUT_EDITION;

type Assessments = Record<Criterion, Assessment | null>;

function assessAll(
  project: ProjectProfile,
  partner: PartnerProfile,
  context: MatchContext | undefined,
  readinessOfProject: Assessment,
): Assessments {
  const edition = context?.edition;
  return {
    FORMAT: assessFormat(project, partner),
    ROLES: assessRoles(project, partner),
    COUNTRY: assessCountry(project, partner),
    BUDGET: assessBudget(project, partner),
    GENRES: assessGenres(project, partner),
    TRACK_RECORD: assessTrackRecord(project, partner),
    LANGUAGE: assessLanguage(project, partner),
    READINESS: readinessOfProject,
    ATTENDANCE: edition ? assessAttendance(partner, edition) : null,
    AVAILABILITY: assessAvailability(partner),
  };
}

function totalOf(assessments: Assessments, context: MatchContext | undefined): number {
  let total = 0;
  for (const [criterion, max] of maxima(context)) {
    const a = assessments[criterion];
    if (a) total += a.share * max;
  }
  return Math.min(100, Math.max(0, Math.round(total)));
}

/** Score (0..100) of one partner for one project, with the reasons and the data that would change it. */
export function scorePartner(
  project: ProjectProfile,
  partner: PartnerProfile,
  context?: MatchContext,
): PartnerMatchScore {
  const assessments = assessAll(project, partner, context, assessReadiness(project, context));
  const reasons: MatchReason[] = [];
  const missing: MissingCode[] = [];
  for (const [criterion, max] of maxima(context)) {
    const a = assessments[criterion];
    if (!a) continue;
    const reason = typeof a.reason === 'function' ? a.reason() : a.reason;
    reasons.push({
      criterion,
      weight: round2(a.share * max),
      max: round2(max),
      reason,
      detail: reasonText(reason, 'en'),
    });
    for (const m of a.missing) if (!missing.includes(m)) missing.push(m);
  }
  return { companyId: partner.companyId, score: totalOf(assessments, context), reasons, missing };
}

/** One candidate's score without its sentences: ranking scores every candidate, explains only the first ones. */
interface Candidate<T> {
  id: string;
  item: T;
  score: number;
}

/** Best score per id (the first one seen on a tie), sorted by score desc then id asc, cut to `first`. */
function best<T>(candidates: readonly Candidate<T>[], first: number): Candidate<T>[] {
  const limit = clampFirst(first);
  const top: Candidate<T>[] = [];
  const kept = new Map<string, Candidate<T>>();
  for (const candidate of candidates) keep(top, kept, candidate, limit);
  return top;
}

const clampFirst = (first: number): number =>
  Number.isFinite(first) ? Math.min(100, Math.max(1, Math.floor(first))) : 1;

/**
 * The `first` best partners for a project: the owner company (project.ownerCompanyId) is excluded, duplicate
 * company ids keep their best score; sorted by score desc, then companyId asc. `first` is bounded to 1..100.
 */
export function rankPartners(
  project: ProjectProfile,
  partners: readonly PartnerProfile[],
  context: MatchContext | undefined,
  first: number,
): PartnerMatchScore[] {
  const score = prepareQuickScore(project, context);
  const limit = clampFirst(first);
  const top: Candidate<PartnerProfile>[] = [];
  const kept = new Map<string, Candidate<PartnerProfile>>();
  for (const partner of partners) {
    if (project.ownerCompanyId && partner.companyId === project.ownerCompanyId) continue;
    const value = score(partner);
    // Most partners rank below the current last one: no candidate object for them (what `keep` would refuse).
    if (top.length === limit) {
      const last = top[limit - 1];
      if (value < last.score || (value === last.score && partner.companyId >= last.id)) continue;
    }
    keep(top, kept, { id: partner.companyId, item: partner, score: value }, limit);
  }
  return top.map(({ item }) => scorePartner(project, item, context));
}

const before = <T>(a: Candidate<T>, b: Candidate<T>): boolean =>
  a.score > b.score || (a.score === b.score && a.id < b.id);

/** Offers a candidate to the sorted `top` (one entry per id, its best score, the first seen on a tie). */
function keep<T>(
  top: Candidate<T>[],
  kept: Map<string, Candidate<T>>,
  candidate: Candidate<T>,
  limit: number,
): void {
  const previous = kept.get(candidate.id);
  if (previous) {
    if (candidate.score <= previous.score) return;
    top.splice(top.indexOf(previous), 1);
  } else if (top.length === limit && !before(candidate, top[limit - 1])) return;
  let i = top.length;
  while (i > 0 && before(candidate, top[i - 1])) i--;
  top.splice(i, 0, candidate);
  kept.set(candidate.id, candidate);
  if (top.length > limit) kept.delete(top.pop()!.id);
}

/**
 * Reverse query: the `first` best projects for a company looking for projects (the same scorer, other
 * direction). Projects owned by the company are excluded; sorted by score desc, then projectId asc.
 */
export function rankProjects(
  partner: PartnerProfile,
  projects: readonly ProjectProfile[],
  context: MatchContext | undefined,
  first: number,
): ProjectMatchScore[] {
  const candidates: Candidate<ProjectProfile>[] = [];
  for (const project of projects) {
    if (project.ownerCompanyId && project.ownerCompanyId === partner.companyId) continue;
    const score = totalOf(assessAll(project, partner, context, assessReadiness(project, context)), context);
    candidates.push({ id: project.id, item: project, score });
  }
  return best(candidates, first).map(({ item }) => ({
    projectId: item.id,
    ...scorePartner(item, partner, context),
  }));
}
