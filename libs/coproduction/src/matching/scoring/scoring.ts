import type { MissingCode } from '../reason-code';
import { reasonText } from '../wording/reason-text';
import { CRITERIA } from './criteria';
import { judgeReadiness } from './criteria/readiness.criterion';
import type { ScoringContext, ScoringCriterion } from './criterion';
import type {
  MatchContext,
  MatchReason,
  PartnerMatchScore,
  PartnerProfile,
  ProjectProfile,
} from './partner-profile';
import { normalise, uniqueRoles } from './profile-values';

interface Counted {
  criterion: ScoringCriterion;
  /** Its maximum in this score: maxPoints rescaled so that the counted criteria sum to 100. */
  max: number;
}

/** The criteria counted with or without an edition: ATTENDANCE only with one, the rest rescaled to sum to 100. */
function counted(withEdition: boolean): readonly Counted[] {
  const active = CRITERIA.filter((c) => c.key !== 'ATTENDANCE' || withEdition);
  const total = active.reduce((sum, c) => sum + c.maxPoints, 0);
  return active.map((criterion) => ({ criterion, max: (criterion.maxPoints * 100) / total }));
}

const WITH_EDITION = counted(true);
const WITHOUT_EDITION = counted(false);

/**
 * The sum of share × max over `counted`, in its order. Written out with one call site per position rather than
 * looped: a loop's one call site sees ten different `share` functions, V8 stops inlining them, and ranking
 * 10,000 partners took about half as long again. Holds ten criteria (criteria.spec.ts checks there are ten).
 */
function sumOfShares(counted: readonly Counted[], context: ScoringContext, partner: PartnerProfile): number {
  let total = counted[0].criterion.share(context, partner) * counted[0].max;
  total += counted[1].criterion.share(context, partner) * counted[1].max;
  total += counted[2].criterion.share(context, partner) * counted[2].max;
  total += counted[3].criterion.share(context, partner) * counted[3].max;
  total += counted[4].criterion.share(context, partner) * counted[4].max;
  total += counted[5].criterion.share(context, partner) * counted[5].max;
  total += counted[6].criterion.share(context, partner) * counted[6].max;
  total += counted[7].criterion.share(context, partner) * counted[7].max;
  total += counted[8].criterion.share(context, partner) * counted[8].max;
  if (counted.length > 9) total += counted[9].criterion.share(context, partner) * counted[9].max;
  return total;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const toScore = (total: number): number => Math.min(100, Math.max(0, Math.round(total)));

/** Scores partners for one project and context: the project's side is prepared once. */
export interface Scorer {
  /** The score (0..100) alone: what ranking computes for every partner. */
  total(partner: PartnerProfile): number;
  /** The same score with its reasons and the data that would change it: for the partners returned. */
  explain(partner: PartnerProfile): PartnerMatchScore;
}

/** The project's side of every criterion, for one context. */
export function prepareScoring(project: ProjectProfile, context: MatchContext | undefined): ScoringContext {
  const edition = context?.edition;
  return {
    project,
    edition,
    roles: uniqueRoles(project.rolesSought),
    genres: normalise(project.genres),
    languages: normalise(project.languages),
    readiness: judgeReadiness(project, edition),
    countryShares: new Map(),
  };
}

export function scorerFor(project: ProjectProfile, context?: MatchContext): Scorer {
  const criteria = context?.edition !== undefined ? WITH_EDITION : WITHOUT_EDITION;
  const prepared = prepareScoring(project, context);
  return {
    total(partner) {
      return toScore(sumOfShares(criteria, prepared, partner));
    },
    explain(partner) {
      let total = 0;
      const reasons: MatchReason[] = [];
      const missing: MissingCode[] = [];
      for (const { criterion, max } of criteria) {
        const share = criterion.share(prepared, partner);
        total += share * max;
        const why = criterion.explain(prepared, partner, share);
        const detail = reasonText(why.reason, 'en');
        reasons.push({
          criterion: criterion.key,
          points: round2(share * max),
          max: round2(max),
          reason: why.reason,
          detail,
        });
        for (const m of why.missing) if (!missing.includes(m)) missing.push(m);
      }
      return { companyId: partner.companyId, score: toScore(total), reasons, missing };
    },
  };
}

/** Score (0..100) of one partner for one project, with the reasons and the data that would change it. */
export const scorePartner = (
  project: ProjectProfile,
  partner: PartnerProfile,
  context?: MatchContext,
): PartnerMatchScore => scorerFor(project, context).explain(partner);

/** scorePartner's score alone. */
export const quickScore = (
  project: ProjectProfile,
  partner: PartnerProfile,
  context?: MatchContext,
): number => scorerFor(project, context).total(partner);
