import { AppError, FieldProblem } from '@crossroads/core';

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

/** French SIREN: 9 digits whose Luhn checksum is 0. */
export function isValidSiren(siren: string): boolean {
  if (!/^\d{9}$/.test(siren)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(siren[8 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
