import { normaliseTerm } from '@crossroads/directory';
import type { FieldProblem } from '@crossroads/core';
import type { Cells, ColumnSpec } from './import-definition';
import type { TermKind } from './term-kinds';

/** How headers are compared: "Code postal", "code_postal" and "CODE-POSTAL" are one header. */
export function headerKey(header: string): string {
  return normaliseTerm(header)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Cells of a list column: separated by |, ; , or line breaks. */
export function list(cell: string | undefined): string[] | undefined {
  if (cell === undefined) return undefined;
  return cell
    .split(/[|;,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const TRUE = new Set(['oui', 'o', 'yes', 'y', 'true', 'vrai', '1', 'x']);
const FALSE = new Set(['non', 'n', 'no', 'false', 'faux', '0']);

/**
 * Reads typed cells, collecting a problem per unreadable one. Each reader returns undefined for a blank cell,
 * so the validated input leaves that field out (on update: kept as it is).
 */
export class CellReader {
  readonly problems: FieldProblem[] = [];

  constructor(readonly cells: Cells) {}

  text(column: string): string | undefined {
    return this.cells.get(column);
  }

  problem(column: string, message: string): undefined {
    this.problems.push({ field: column, message });
    return undefined;
  }

  number(column: string): number | undefined {
    const cell = this.cells.get(column);
    if (cell === undefined) return undefined;
    const value = Number(cell.replace(',', '.').replace(/\s/g, ''));
    return Number.isFinite(value) ? value : this.problem(column, `"${cell}" is not a number`);
  }

  integer(column: string): number | undefined {
    const value = this.number(column);
    if (value === undefined || Number.isInteger(value)) return value;
    return this.problem(column, `"${this.cells.get(column)}" is not a whole number`);
  }

  boolean(column: string): boolean | undefined {
    const cell = this.cells.get(column);
    if (cell === undefined) return undefined;
    const key = normaliseTerm(cell);
    if (TRUE.has(key)) return true;
    if (FALSE.has(key)) return false;
    return this.problem(column, `"${cell}" is neither oui/yes nor non/no`);
  }

  /** Each item of a list cell through `lookup`; an unknown item is a problem naming the accepted words. */
  terms<T>(column: string, lookup: (term: string) => T | undefined, what: TermKind): T[] | undefined {
    const items = list(this.cells.get(column));
    if (!items) return undefined;
    const found: T[] = [];
    for (const item of items) {
      const value = lookup(item);
      if (value === undefined) this.unknown(column, what, item);
      else if (!found.includes(value)) found.push(value);
    }
    return found;
  }

  one<T>(column: string, lookup: (term: string) => T | undefined, what: TermKind): T | undefined {
    const cell = this.cells.get(column);
    if (cell === undefined) return undefined;
    return lookup(cell) ?? this.unknown(column, what, cell);
  }

  /** An unknown word in a cell, in the words import-language.ts translates. */
  unknown(column: string, what: TermKind, term: string): undefined {
    return this.problem(column, `unknown ${what} "${term}"`);
  }
}

/**
 * A term lookup remembered by term: a spreadsheet repeats the same few labels ("chef opérateur", "anglais
 * courant") on every row. Holds at most `size` terms.
 */
export function memoised<T>(
  lookup: (term: string) => T | undefined,
  size = 10_000,
): (term: string) => T | undefined {
  const known = new Map<string, T | undefined>();
  return (term) => {
    if (known.has(term)) return known.get(term);
    if (known.size >= size) known.clear();
    const value = lookup(term);
    known.set(term, value);
    return value;
  };
}

/** The column of an input field named by class-validator (`languages.0.level` → languages). */
export function columnOfField(columns: readonly ColumnSpec[], fields: Record<string, string>, field: string) {
  const root = field.split('.')[0];
  return fields[root] ?? columns.find((column) => column.name === root)?.name ?? root;
}

/** Compares a stored value with an imported one (arrays by content, numbers loosely). */
export function same(stored: unknown, imported: unknown): boolean {
  if (Array.isArray(stored) || Array.isArray(imported)) {
    return JSON.stringify(stored ?? []) === JSON.stringify(imported ?? []);
  }
  if (typeof stored === 'number' || typeof imported === 'number') return Number(stored) === Number(imported);
  return (stored ?? null) === (imported ?? null);
}

/** Whether any imported field differs from the stored record's. */
export function fieldsChange(fields: object, stored: object): boolean {
  const record = stored as Record<string, unknown>;
  return Object.entries(fields).some(([field, value]) => !same(record[field], value));
}

/** The entries whose value is given: validated input instances carry every declared field, most undefined. */
export function given<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
