import { AppError, FieldProblem } from '../errors/app-error';

/** Throws one BAD_USER_INPUT naming every problem, or returns when there is none. */
export function assertValid(problems: (FieldProblem | null | false | undefined)[]): void {
  const found = problems.filter((problem): problem is FieldProblem => Boolean(problem));
  if (found.length > 0) {
    throw AppError.badInput(
      `Invalid input: ${found.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      found,
    );
  }
}

export function periodProblem(
  field: string,
  startsOn?: string | null,
  endsOn?: string | null,
): FieldProblem | null {
  return startsOn && endsOn && endsOn < startsOn ? { field, message: 'ends before it starts' } : null;
}
