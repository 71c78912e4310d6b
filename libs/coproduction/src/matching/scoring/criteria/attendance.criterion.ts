import { reasonCode } from '../../reason-code';
import { NOTHING_MISSING, type ScoringCriterion } from '../criterion';

/** ATTENDANCE: the partner attends the edition. Counted only with an edition (scoring.ts). */
export const ATTENDANCE: ScoringCriterion = {
  key: 'ATTENDANCE',
  maxPoints: 5,
  share: ({ edition }, partner) =>
    edition !== undefined && partner.attendingEditionIds.includes(edition.id) ? 1 : 0,
  explain({ edition }, partner, share) {
    const params = { edition: edition?.name ?? '', editionId: edition?.id ?? '' };
    if (share === 1) return { reason: reasonCode('ATTENDS', params), missing: NOTHING_MISSING };
    return partner.attendingEditionIds.length === 0
      ? { reason: reasonCode('ATTENDANCE_UNKNOWN', params), missing: ['PARTNER_ATTENDANCE'] }
      : { reason: reasonCode('NOT_ATTENDING', params), missing: NOTHING_MISSING };
  },
};
