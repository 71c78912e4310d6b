import { reasonCode } from '../../reason-code';
import { NOTHING_MISSING, type ScoringCriterion } from '../criterion';

/** AVAILABILITY: the partner says it is looking for projects. */
export const AVAILABILITY: ScoringCriterion = {
  key: 'AVAILABILITY',
  maxPoints: 5,
  share: (_context, partner) => (partner.seeksProjects ? 1 : 0),
  explain: (_context, _partner, share) => ({
    reason: reasonCode(share === 1 ? 'SEEKS_PROJECTS' : 'NOT_SEEKING'),
    missing: NOTHING_MISSING,
  }),
};
