import type { FieldProblem } from '@crossroads/core';
import { CellReader, columnOfField } from './cells';
import type { ColumnSpec } from './import-definition';

/**
 * A row's problems: its unreadable cells first, then what validation and the type's rules found, each named by
 * its template column (`fieldColumns` maps the input fields whose column has another name).
 */
export function rowProblems(
  read: CellReader,
  columns: readonly ColumnSpec[],
  fieldColumns: Record<string, string>,
  found: readonly FieldProblem[],
): FieldProblem[] {
  return [
    ...read.problems,
    ...found.map((problem) => ({
      field: columnOfField(columns, fieldColumns, problem.field),
      message: problem.message,
    })),
  ];
}

/** The problem of a slug cell that is not lower-case letters, digits and -, `max` at most (default 120). */
export function slugProblems(slug: string | undefined, max?: number): FieldProblem[] {
  if (slug === undefined || new RegExp(`^[a-z0-9-]{1,${max ?? 120}}$`).test(slug)) return [];
  const message = 'must be lower-case letters, digits and -';
  return [{ field: 'slug', message: max ? `${message}, ${max} at most` : message }];
}

/** An "is required" problem per column whose value is missing. */
export function missing(values: Record<string, unknown>): FieldProblem[] {
  return Object.entries(values)
    .filter(([, value]) => !value)
    .map(([field]) => ({ field, message: 'is required' }));
}
