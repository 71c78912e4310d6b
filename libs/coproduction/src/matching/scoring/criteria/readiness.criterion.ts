import { reasonCode } from '../../reason-code';
import { NOTHING_MISSING, type Judged, type ScoringCriterion } from '../criterion';
import { hasForumRules, readiness } from '../forum-readiness';
import type { MatchEdition, ProjectProfile, ProjectStage } from '../partner-profile';

/** Share of the READINESS points per stage when no forum entry rule applies (generic market-readiness). */
const STAGE_READINESS: Readonly<Record<ProjectStage, number>> = {
  WRITING: 0.2,
  DEVELOPMENT: 0.6,
  FINANCING: 1,
  PRE_PRODUCTION: 1,
  PRODUCTION: 0.6,
  POST_PRODUCTION: 0.4,
};

/** The project's readiness for the edition's forum when it has entry rules, else for co-production talks. */
export function judgeReadiness(project: ProjectProfile, edition: MatchEdition | undefined): Judged {
  const slug = edition?.festivalSlug;
  if (slug && hasForumRules(slug)) {
    const forum = readiness(project, slug);
    return { share: forum.eligible === true ? 1 : 0, reason: forum.reason, missing: forum.missing };
  }
  const share = STAGE_READINESS[project.stage] ?? 0;
  return {
    share,
    reason: reasonCode('STAGE', { stage: project.stage, ideal: share === 1 }),
    missing: NOTHING_MISSING,
  };
}

/** READINESS: the same for every partner, judged once per project (ScoringContext.readiness). */
export const READINESS: ScoringCriterion = {
  key: 'READINESS',
  maxPoints: 5,
  share: ({ readiness }) => readiness.share,
  explain: ({ readiness }) => ({ reason: readiness.reason, missing: readiness.missing }),
};
