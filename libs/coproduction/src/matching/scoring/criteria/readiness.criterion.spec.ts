import { BERLINALE, judge } from '../scorer.fixtures';
import { READINESS } from './readiness.criterion';

describe('READINESS', () => {
  it.each([
    ['WRITING', 0.2, false],
    ['DEVELOPMENT', 0.6, false],
    ['FINANCING', 1, true],
    ['PRE_PRODUCTION', 1, true],
    ['PRODUCTION', 0.6, false],
    ['POST_PRODUCTION', 0.4, false],
  ] as const)('without a forum, judges the %s stage', (stage, share, ideal) => {
    expect(judge(READINESS, { stage })).toEqual({
      share,
      reason: { code: 'STAGE', params: { stage, ideal } },
      missing: [],
    });
  });

  it("follows the edition's forum entry rules when it has some", () => {
    expect(judge(READINESS, {}, {}, BERLINALE)).toMatchObject({ share: 1, reason: { code: 'FORUM_READY' } });
    expect(judge(READINESS, { financingSecuredEur: 400_000 }, {}, BERLINALE)).toMatchObject({
      share: 0,
      reason: { code: 'FORUM_NOT_READY', params: { failures: [{ code: 'FORUM_FINANCED_LOW' }] } },
    });
    expect(judge(READINESS, { budgetEur: null }, {}, BERLINALE)).toMatchObject({
      share: 0,
      reason: { code: 'FORUM_UNKNOWN' },
      missing: ['PROJECT_BUDGET'],
    });
  });

  it('judges by the stage at a festival without forum rules', () => {
    const cannes = { edition: { id: 'ed-cannes', festivalSlug: 'cannes', name: 'Cannes 2026' } };
    expect(judge(READINESS, { stage: 'WRITING' }, {}, cannes)).toMatchObject({
      share: 0.2,
      reason: { code: 'STAGE' },
    });
  });
});
