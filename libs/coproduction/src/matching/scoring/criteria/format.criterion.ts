import { reasonCode } from '../../reason-code';
import { NOTHING_MISSING, type ScoringCriterion } from '../criterion';

/** FORMAT: the partner works on the project's format. */
export const FORMAT: ScoringCriterion = {
  key: 'FORMAT',
  maxPoints: 20,
  share: ({ project }, partner) => (partner.formats.includes(project.format) ? 1 : 0),
  explain({ project }, partner, share) {
    const params = { format: project.format };
    if (partner.formats.length === 0) {
      return { reason: reasonCode('FORMAT_UNKNOWN', params), missing: ['PARTNER_FORMATS'] };
    }
    return {
      reason: reasonCode(share === 1 ? 'FORMAT_MATCH' : 'FORMAT_MISMATCH', params),
      missing: NOTHING_MISSING,
    };
  },
};
