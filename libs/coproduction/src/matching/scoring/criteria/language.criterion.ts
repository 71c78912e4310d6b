import { reasonCode } from '../../reason-code';
import { missingSides, type ScoringCriterion } from '../criterion';
import { normalise } from '../profile-values';

/** LANGUAGE: the partner works in one of the project's languages. */
export const LANGUAGE: ScoringCriterion = {
  key: 'LANGUAGE',
  maxPoints: 5,
  share({ languages }, partner) {
    const theirs = normalise(partner.languages);
    for (const language of languages) if (theirs.includes(language)) return 1;
    return 0;
  },
  explain({ languages }, partner, share) {
    const theirs = normalise(partner.languages);
    const missing = missingSides(languages, 'PROJECT_LANGUAGES', theirs, 'PARTNER_LANGUAGES');
    if (missing.length > 0) return { reason: reasonCode('LANGUAGE_UNKNOWN'), missing };
    if (share === 0) return { reason: reasonCode('LANGUAGE_NONE', { languages: [...languages] }), missing };
    const common = languages.filter((l) => theirs.includes(l));
    return { reason: reasonCode('LANGUAGE_MATCH', { languages: common }), missing };
  },
};
