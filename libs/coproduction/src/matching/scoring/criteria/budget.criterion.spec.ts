import { judge } from '../scorer.fixtures';
import { BUDGET } from './budget.criterion';

describe('BUDGET', () => {
  it.each([
    ['inside the range', {}, {}, 1, 'BUDGET_INSIDE', { budget: 2_000_000, min: 1_000_000, max: 5_000_000 }],
    [
      'inside an open-ended range',
      {},
      { budgetMinEur: 500_000, budgetMaxEur: null },
      1,
      'BUDGET_INSIDE',
      { budget: 2_000_000, min: 500_000, max: null },
    ],
    [
      '20% above the max',
      { budgetEur: 6_000_000 },
      {},
      0.5,
      'BUDGET_NEAR',
      { budget: 6_000_000, min: 1_000_000, max: 5_000_000, tolerance: 0.25 },
    ],
    [
      '20% below the min',
      { budgetEur: 800_000 },
      {},
      0.5,
      'BUDGET_NEAR',
      { budget: 800_000, min: 1_000_000, max: 5_000_000, tolerance: 0.25 },
    ],
    [
      'far above the max',
      { budgetEur: 7_000_000 },
      {},
      0,
      'BUDGET_FAR',
      { budget: 7_000_000, min: 1_000_000, max: 5_000_000 },
    ],
  ])('%s', (_label, projectChange, partnerChange, share, code, params) => {
    expect(judge(BUDGET, projectChange, partnerChange)).toEqual({
      share,
      reason: { code, params },
      missing: [],
    });
  });

  it.each([
    ['no project budget', { budgetEur: null }, {}, ['PROJECT_BUDGET']],
    ['no partner range', {}, { budgetMinEur: null, budgetMaxEur: null }, ['PARTNER_BUDGET']],
  ])('reports missing data: %s', (_label, projectChange, partnerChange, missing) => {
    expect(judge(BUDGET, projectChange, partnerChange)).toEqual({
      share: 0,
      reason: { code: 'BUDGET_UNKNOWN', params: {} },
      missing,
    });
  });
});
