import type { MissingCode, ReasonCode } from '../reason-code';

/** What the scorer knows of a project and of a partner company, and what it answers. */

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
  points: number;
  /** Maximum of that criterion in this score (rescaled when there is no edition; 2 decimals). */
  max: number;
  /** The reason as data: a code and its parameters (wording/ words it in English or French). */
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

export interface MatchEdition {
  id: string;
  festivalSlug: string;
  name: string;
}
