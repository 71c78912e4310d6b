import type { FieldProblem } from '@crossroads/core';
import { FUNDS } from '../reference/funds.reference';
import type { ProjectInput } from './dto/project.inputs';
import type { Project } from './project.entity';

const FUND_SLUGS = new Set(FUNDS.map((fund) => fund.slug));

export const normaliseGenres = (genres: string[]) => [...new Set(genres.map((g) => g.trim().toLowerCase()))];

/**
 * The checks of a project input that need no database: financing at most the budget (against the stored
 * values for the fields left out) and known fund slugs. Shared by ProjectService and the spreadsheet import.
 */
export function projectInputProblems(
  input: ProjectInput,
  current: Pick<Project, 'budgetEur' | 'financingSecuredEur'> | null,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const budget = input.budgetEur !== undefined ? input.budgetEur : (current?.budgetEur ?? null);
  const secured =
    input.financingSecuredEur !== undefined
      ? input.financingSecuredEur
      : (current?.financingSecuredEur ?? null);
  if (budget !== null && secured !== null && secured > budget)
    problems.push({ field: 'financingSecuredEur', message: 'is more than the budget' });
  (input.funds ?? []).forEach((fund, i) => {
    if (!FUND_SLUGS.has(fund.fund))
      problems.push({ field: `funds.${i}.fund`, message: `unknown fund "${fund.fund}"` });
  });
  return problems;
}

/** The stored fields of a validated input, normalised (lists deduplicated, codes upper-case); no team. */
export function projectFields(input: ProjectInput): Partial<Project> {
  const { team: _team, ...fields } = input;
  return Object.fromEntries(
    Object.entries({
      ...fields,
      ...(input.genres && { genres: normaliseGenres(input.genres) }),
      ...(input.countriesSought && { countriesSought: input.countriesSought.map((c) => c.toUpperCase()) }),
      ...(input.rolesSought && { rolesSought: [...new Set(input.rolesSought)] }),
      ...(input.languages && { languages: [...new Set(input.languages)] }),
      ...(input.targetEditionIds && { targetEditionIds: [...new Set(input.targetEditionIds)] }),
      ...(input.funds && {
        funds: input.funds.map((f) => ({ fund: f.fund, status: f.status, amountEur: f.amountEur ?? null })),
      }),
    }).filter(([, value]) => value !== undefined),
  ) as Partial<Project>;
}
