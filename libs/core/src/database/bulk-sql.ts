import type { EntityManager } from 'typeorm';

/** An entity property, its column and the PostgreSQL type json_to_recordset reads it as. */
export type BulkColumn<T> = readonly [property: keyof T & string, column: string, type: string];

function recordset<T>(columns: readonly BulkColumn<T>[], rows: readonly Partial<T>[]): string {
  return JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(columns.map(([property, column]) => [column, row[property] ?? null])),
    ),
  );
}

const definitions = <T>(columns: readonly BulkColumn<T>[]) =>
  columns.map(([, column, type]) => `${column} ${type}`).join(', ');

/**
 * One INSERT for a batch of rows: the batch travels as a single JSON parameter read by json_to_recordset (arrays
 * become PostgreSQL arrays, objects jsonb), so a thousand rows cost one round trip.
 */
export async function bulkInsert<T>(
  manager: EntityManager,
  table: string,
  columns: readonly BulkColumn<T>[],
  rows: readonly Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([, column]) => column).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS x(${definitions(columns)})`,
    [recordset(columns, rows)],
  );
}

/** One UPDATE for a batch of whole rows matched by `id` (the first column); `updated_at` is set to now. */
export async function bulkUpdate<T>(
  manager: EntityManager,
  table: string,
  columns: readonly BulkColumn<T>[],
  rows: readonly Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const [id, ...rest] = columns.map(([, column]) => column);
  await manager.query(
    `UPDATE ${table} AS t SET (${rest.join(', ')}, updated_at) = (${rest.map((c) => `x.${c}`).join(', ')}, now())
     FROM json_to_recordset($1::json) AS x(${definitions(columns)}) WHERE t.${id} = x.${id}`,
    [recordset(columns, rows)],
  );
}
