import type { MissingCode, ReasonCode } from '../reason-code';
import type { Criterion, MatchEdition, PartnerProfile, PartnerRole, ProjectProfile } from './partner-profile';

/**
 * The project's side of every criterion, prepared once per ranking (scoring.ts prepareScoring) and shared by the
 * partners it scores: 10,000 of them would otherwise normalise the same lists 10,000 times.
 */
export interface ScoringContext {
  project: ProjectProfile;
  edition: MatchEdition | undefined;
  /** The project's roles sought, de-duplicated and sorted. */
  roles: readonly PartnerRole[];
  /** The project's genres and languages, normalised. */
  genres: readonly string[];
  languages: readonly string[];
  /** READINESS depends on the project and the edition alone: judged once. */
  readiness: Judged;
  /** COUNTRY share per partner country code, filled as partners are scored. */
  countryShares: Map<string, number>;
}

/** Why a criterion earned what it did, and the data that would change it. */
export interface Judged {
  share: number;
  reason: ReasonCode;
  missing: readonly MissingCode[];
}

export type Explanation = Omit<Judged, 'share'>;

/**
 * One criterion of the score. `share` is the only place its number is computed; `explain` is given that number
 * and words why, so the two cannot disagree. Ranking calls `share` for every partner and `explain` only for the
 * partners it returns.
 */
export interface ScoringCriterion {
  key: Criterion;
  /** Points of a full match when every criterion counts (they sum to 100); rescaled without an edition. */
  maxPoints: number;
  /** The share (0..1) of the criterion's points the partner earns. */
  share(context: ScoringContext, partner: PartnerProfile): number;
  /** The reason for `share` (what `share` returned for this partner) and the data that would change it. */
  explain(context: ScoringContext, partner: PartnerProfile, share: number): Explanation;
}

export const NOTHING_MISSING: readonly MissingCode[] = [];

/** The missing-data codes of the two sides of a criterion, for the sides that hold nothing. */
export const missingSides = (
  projectSide: readonly unknown[],
  projectCode: MissingCode,
  partnerSide: readonly unknown[],
  partnerCode: MissingCode,
): readonly MissingCode[] =>
  projectSide.length > 0 && partnerSide.length > 0
    ? NOTHING_MISSING
    : [
        ...(projectSide.length === 0 ? [projectCode] : []),
        ...(partnerSide.length === 0 ? [partnerCode] : []),
      ];
