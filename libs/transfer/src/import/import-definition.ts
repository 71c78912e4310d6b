import type { FieldProblem } from '@crossroads/core';
import type { EntityManager } from 'typeorm';
import type { ReferenceData } from './reference-data';
import type { SlugAllocator } from './slug-allocator';

export const IMPORT_TYPES = ['people', 'companies', 'schools', 'projects'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

/** One column of a type's template. */
export interface ColumnSpec {
  /** The canonical header, snake_case English (as exports write it). */
  name: string;
  /** Other headers accepted, French or English, compared lower-case without accents or punctuation. */
  aliases: readonly string[];
  required?: boolean;
  /** What goes in the cell, for docs/IMPORT.md. */
  help: string;
  example: string;
}

/** A row's cells by canonical column name; blank cells are absent. */
export type Cells = ReadonlyMap<string, string>;

/** How a row finds the record it describes: `email:lea@example.org`, `siren:…`, `slug:…`. */
export interface MatchKey {
  /** The canonical column the key comes from (or the name columns, for a slug derived from them). */
  column: string;
  value: string;
}

export const keyOf = (key: MatchKey) => `${key.column}:${key.value}`;

/** The values of the keys on one column. */
export const keyValues = (keys: readonly MatchKey[], column: string) =>
  keys.filter((key) => key.column === column).map((key) => key.value);

/** Records by `keyOf` of each asked key they match; a record matching two keys is under both. */
export function byMatchedKeys<E>(
  records: Iterable<E>,
  asked: readonly MatchKey[],
  keysOf: (record: E) => MatchKey[],
): Map<string, E[]> {
  const wanted = new Set(asked.map(keyOf));
  const found = new Map<string, E[]>();
  for (const record of records) {
    for (const key of keysOf(record).map(keyOf)) {
      if (wanted.has(key)) found.set(key, [...(found.get(key) ?? []), record]);
    }
  }
  return found;
}

/** Who runs the import: the staff account behind the HTTP endpoint; none from the CLI. */
export interface WriteContext {
  userId: string | null;
}

export interface Prepared<T> {
  value?: T;
  key?: MatchKey;
  /** `field` is the canonical column name. */
  problems: FieldProblem[];
}

/**
 * Everything the importer knows about one type: its template, how a row becomes a validated value, how it finds
 * the existing record, whether that record would change, and how a batch is written (outbox included).
 */
export interface ImportDefinition<T, E> {
  type: ImportType;
  columns: readonly ColumnSpec[];
  prepare(cells: Cells, refs: ReferenceData): Prepared<T>;
  /** The existing records of a batch by `keyOf(key)`; with `lock`, locked FOR UPDATE until the transaction ends. */
  findExisting(manager: EntityManager, keys: readonly MatchKey[], lock: boolean): Promise<Map<string, E[]>>;
  /** Whether writing `value` over `existing` would change anything (false: the row is unchanged). */
  changes(value: T, existing: E): boolean;
  /** Why `value` may not be written over `existing` although it matched (a problem for the row), or null. */
  refusal?(value: T, existing: E, key: MatchKey): string | null;
  /** Writes one batch with the transaction's manager; returns nothing, throws to roll the batch back. */
  write(
    manager: EntityManager,
    created: readonly T[],
    updated: readonly { value: T; existing: E }[],
    slugs: SlugAllocator,
    context: WriteContext,
  ): Promise<void>;
  /** The table whose slugs new records must not reuse. */
  slugTable: string;
  /** Whether `prepare` looks companies up in the reference data (by slug or SIREN). */
  needsCompanies?: boolean;
}
