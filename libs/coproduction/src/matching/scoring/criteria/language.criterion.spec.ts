import { judge } from '../scorer.fixtures';
import { LANGUAGE } from './language.criterion';

describe('LANGUAGE', () => {
  it('earns the points for one language in common, and names it', () => {
    expect(judge(LANGUAGE, { languages: ['fr', 'nl'] }, { languages: ['FR ', 'de'] })).toEqual({
      share: 1,
      reason: { code: 'LANGUAGE_MATCH', params: { languages: ['fr'] } },
      missing: [],
    });
  });

  it("names the project's languages when the partner works in none of them", () => {
    expect(judge(LANGUAGE, {}, { languages: ['de'] })).toEqual({
      share: 0,
      reason: { code: 'LANGUAGE_NONE', params: { languages: ['fr'] } },
      missing: [],
    });
  });

  it('reports the partner without languages', () => {
    expect(judge(LANGUAGE, {}, { languages: [] })).toEqual({
      share: 0,
      reason: { code: 'LANGUAGE_UNKNOWN', params: {} },
      missing: ['PARTNER_LANGUAGES'],
    });
  });
});
