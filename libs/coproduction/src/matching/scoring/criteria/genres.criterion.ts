import { reasonCode } from '../../reason-code';
import { missingSides, type ScoringCriterion } from '../criterion';
import { normalise } from '../profile-values';

/** Both lists are de-duplicated: |A ∪ B| = |A| + |B| − |A ∩ B|. */
const unionSize = (mine: readonly string[], theirs: readonly string[], common: number): number =>
  mine.length + theirs.length - common;

/** GENRES: the Jaccard index of the project's and the partner's genres. */
export const GENRES: ScoringCriterion = {
  key: 'GENRES',
  maxPoints: 10,
  share({ genres }, partner) {
    const theirs = normalise(partner.genres);
    if (genres.length === 0 || theirs.length === 0) return 0;
    let common = 0;
    for (const genre of genres) if (theirs.includes(genre)) common++;
    return common === 0 ? 0 : common / unionSize(genres, theirs, common);
  },
  explain({ genres }, partner, share) {
    const theirs = normalise(partner.genres);
    const missing = missingSides(genres, 'PROJECT_GENRES', theirs, 'PARTNER_GENRES');
    if (missing.length > 0) return { reason: reasonCode('GENRES_UNKNOWN'), missing };
    if (share === 0) {
      return { reason: reasonCode('GENRES_NONE', { project: [...genres], partner: theirs }), missing };
    }
    const common = genres.filter((g) => theirs.includes(g));
    const union = unionSize(genres, theirs, common.length);
    return { reason: reasonCode('GENRES_SHARED', { count: common.length, union, common }), missing };
  },
};
