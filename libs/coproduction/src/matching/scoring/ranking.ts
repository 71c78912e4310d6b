import type {
  MatchContext,
  PartnerMatchScore,
  PartnerProfile,
  ProjectMatchScore,
  ProjectProfile,
} from './partner-profile';
import { scorerFor } from './scoring';

/** One candidate's score without its sentences: ranking scores every candidate, explains only the first ones. */
interface Candidate<T> {
  id: string;
  item: T;
  score: number;
}

const clampFirst = (first: number): number =>
  Number.isFinite(first) ? Math.min(100, Math.max(1, Math.floor(first))) : 1;

const before = <T>(a: Candidate<T>, b: Candidate<T>): boolean =>
  a.score > b.score || (a.score === b.score && a.id < b.id);

/**
 * The `first` (bounded to 1..100) best items: one per id, its best score (the first seen on a tie), sorted by
 * score desc then id asc. Items `skip` refuses are left out.
 */
function best<T>(
  items: readonly T[],
  first: number,
  candidate: { id: (item: T) => string; score: (item: T) => number; skip: (item: T) => boolean },
): T[] {
  const limit = clampFirst(first);
  const top: Candidate<T>[] = [];
  const kept = new Map<string, Candidate<T>>();
  for (const item of items) {
    if (candidate.skip(item)) continue;
    const id = candidate.id(item);
    const score = candidate.score(item);
    // Most items rank below the current last one: no candidate object for them (what `keep` would refuse).
    if (top.length === limit) {
      const last = top[limit - 1];
      if (score < last.score || (score === last.score && id >= last.id)) continue;
    }
    keep(top, kept, { id, item, score }, limit);
  }
  return top.map(({ item }) => item);
}

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
 * The `first` best partners for a project: the owner company (project.ownerCompanyId) is excluded, duplicate
 * company ids keep their best score; sorted by score desc, then companyId asc. `first` is bounded to 1..100.
 */
export function rankPartners(
  project: ProjectProfile,
  partners: readonly PartnerProfile[],
  context: MatchContext | undefined,
  first: number,
): PartnerMatchScore[] {
  const scorer = scorerFor(project, context);
  const owner = project.ownerCompanyId;
  return best(partners, first, {
    id: (partner) => partner.companyId,
    score: (partner) => scorer.total(partner),
    skip: (partner) => !!owner && partner.companyId === owner,
  }).map((partner) => scorer.explain(partner));
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
  return best(projects, first, {
    id: (project) => project.id,
    score: (project) => scorerFor(project, context).total(partner),
    skip: (project) => !!project.ownerCompanyId && project.ownerCompanyId === partner.companyId,
  }).map((project) => ({ projectId: project.id, ...scorerFor(project, context).explain(partner) }));
}
