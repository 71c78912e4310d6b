import { reasonCode, type MissingCode } from '../../reason-code';
import type { ScoringCriterion } from '../criterion';

/** Within 25% outside the partner's range earns half the budget points. */
const BUDGET_TOLERANCE = 0.25;
const NEAR_SHARE = 0.5;

/** BUDGET: the project's budget inside the partner's range, near it, or far from it. */
export const BUDGET: ScoringCriterion = {
  key: 'BUDGET',
  maxPoints: 10,
  share({ project }, partner) {
    if (project.budgetEur === null || (partner.budgetMinEur === null && partner.budgetMaxEur === null))
      return 0;
    const budget = project.budgetEur;
    const min = partner.budgetMinEur ?? 0;
    const max = partner.budgetMaxEur ?? Number.POSITIVE_INFINITY;
    if (budget >= min && budget <= max) return 1;
    return budget >= min * (1 - BUDGET_TOLERANCE) && budget <= max * (1 + BUDGET_TOLERANCE) ? NEAR_SHARE : 0;
  },
  explain({ project }, partner, share) {
    const missing: MissingCode[] = [];
    if (project.budgetEur === null) missing.push('PROJECT_BUDGET');
    if (partner.budgetMinEur === null && partner.budgetMaxEur === null) missing.push('PARTNER_BUDGET');
    if (project.budgetEur === null || missing.length > 0)
      return { reason: reasonCode('BUDGET_UNKNOWN'), missing };
    const params = { budget: project.budgetEur, min: partner.budgetMinEur, max: partner.budgetMaxEur };
    const reason =
      share === 1
        ? reasonCode('BUDGET_INSIDE', params)
        : share === NEAR_SHARE
          ? reasonCode('BUDGET_NEAR', { ...params, tolerance: BUDGET_TOLERANCE })
          : reasonCode('BUDGET_FAR', params);
    return { reason, missing };
  },
};
