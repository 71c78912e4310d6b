import { reasonCode } from '../../reason-code';
import { NOTHING_MISSING, type ScoringCriterion } from '../criterion';
import { baseCountry } from '../profile-values';

/** Same-format works in the track record that earn the full points. */
const TRACK_RECORD_CAP = 3;

/** TRACK_RECORD: works of the project's format in the partner's track record, up to TRACK_RECORD_CAP. */
export const TRACK_RECORD: ScoringCriterion = {
  key: 'TRACK_RECORD',
  maxPoints: 10,
  share({ project }, partner) {
    let same = 0;
    for (const work of partner.trackRecord) if (work.format === project.format) same++;
    return Math.min(same, TRACK_RECORD_CAP) / TRACK_RECORD_CAP;
  },
  explain({ project }, partner, share) {
    if (partner.trackRecord.length === 0) {
      return { reason: reasonCode('TRACK_RECORD_NONE'), missing: ['PARTNER_TRACK_RECORD'] };
    }
    const format = project.format;
    if (share === 0) {
      return { reason: reasonCode('TRACK_RECORD_OTHER_FORMATS', { format }), missing: NOTHING_MISSING };
    }
    const same = partner.trackRecord.filter((w) => w.format === format);
    const international = same.filter((w) => new Set(w.countries.map(baseCountry)).size >= 2).length;
    return {
      reason: reasonCode('TRACK_RECORD_SAME_FORMAT', { format, count: same.length, international }),
      missing: NOTHING_MISSING,
    };
  },
};
