import { readiness } from './forum-readiness';
import type { ProjectProfile } from './partner-profile';
import { project } from './scorer.fixtures';

describe('readiness', () => {
  it.each<[string, Partial<ProjectProfile>, string, boolean | null, string, string[]]>([
    ['Berlinale: €2M, 40% financed', {}, 'berlinale', true, 'FORUM_READY', []],
    [
      'Berlinale: exactly 30% financed',
      { financingSecuredEur: 600_000 },
      'berlinale',
      true,
      'FORUM_READY',
      [],
    ],
    ['Berlinale: 29% financed', { financingSecuredEur: 580_000 }, 'berlinale', false, 'FORUM_NOT_READY', []],
    [
      'Berlinale: budget under €1M',
      { budgetEur: 900_000, financingSecuredEur: 500_000 },
      'berlinale',
      false,
      'FORUM_NOT_READY',
      [],
    ],
    [
      'Berlinale: budget over €20M',
      { budgetEur: 25_000_000, financingSecuredEur: 9e6 },
      'berlinale',
      false,
      'FORUM_NOT_READY',
      [],
    ],
    ['Berlinale: no budget', { budgetEur: null }, 'berlinale', null, 'FORUM_UNKNOWN', ['PROJECT_BUDGET']],
    [
      'Berlinale: financing unknown',
      { financingSecuredEur: null },
      'berlinale',
      null,
      'FORUM_UNKNOWN',
      ['PROJECT_FINANCING'],
    ],
    ['Berlinale: documentary format', { format: 'DOCUMENTARY' }, 'berlinale', false, 'FORUM_NOT_READY', []],
    ['Berlinale: writing stage', { stage: 'WRITING' }, 'berlinale', false, 'FORUM_NOT_READY', []],
    ['Venice Gap-Financing: 40% < 70%', {}, 'venice-production-bridge', false, 'FORUM_NOT_READY', []],
    [
      'Cartoon Forum: animated series in development',
      { format: 'ANIMATED_SERIES', stage: 'DEVELOPMENT' },
      'cartoon-forum',
      true,
      'FORUM_READY',
      [],
    ],
    ['Cannes: no rule recorded', {}, 'cannes', null, 'FORUM_NO_RULES', []],
  ])('%s', (_label, change, slug, eligible, code, missing) => {
    const result = readiness(project(change), slug);
    expect(result).toMatchObject({ eligible, reason: { code }, missing });
  });

  it('explains a failure with each failed check, its band and its share', () => {
    const result = readiness(project({ budgetEur: 900_000, financingSecuredEur: 100_000 }), 'berlinale');
    expect(result.reason).toEqual({
      code: 'FORUM_NOT_READY',
      params: {
        forum: 'Berlinale Co-Production Market',
        failures: [
          { code: 'FORUM_BUDGET_OUT', params: { budget: 900_000, min: 1_000_000, max: 20_000_000 } },
          { code: 'FORUM_FINANCED_LOW', params: { share: 100_000 / 900_000, min: 0.3 } },
        ],
      },
    });
  });

  it('lists the checks passed when the project is ready', () => {
    const codes = (readiness(project(), 'berlinale').reason.params.passes as { code: string }[]).map(
      (part) => part.code,
    );
    expect(codes).toEqual(['FORUM_FORMAT_OK', 'FORUM_STAGE_OK', 'FORUM_BUDGET_IN', 'FORUM_FINANCED_OK']);
  });
});
