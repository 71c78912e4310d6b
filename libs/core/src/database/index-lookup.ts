import type { EntityManager } from 'typeorm';

export interface IndexLookup {
  table: string;
  /** The indexed column or expression compared with each key (`id`, `lower(email)`). */
  key: string;
  /** The keys' PostgreSQL type: `uuid`, `text`. */
  keyType: string;
  keys: readonly string[];
  /** The select list, over the table's own columns. */
  columns: string;
  /** A further condition, e.g. a partial index's predicate so that the index applies. */
  where?: string;
  /** Lock the rows found FOR UPDATE until the transaction ends. */
  lock?: boolean;
}

/**
 * The rows of `table` whose `key` is one of `keys`, as one statement that PostgreSQL runs as one index lookup per
 * key. `key = ANY($1)` or a join on `unnest($1)` would leave the plan to the table's statistics, and with a
 * thousand keys PostgreSQL prefers scanning the whole table while it has none yet (during or just after a large
 * import) or when the key is a partial index's expression (it keeps none for those): one scan per batch made
 * imports slow down as the table grew. LATERAL … OFFSET 0 keeps each lookup separate, so it uses the index.
 */
export async function lookupByIndex<T>(manager: EntityManager, lookup: IndexLookup): Promise<T[]> {
  if (lookup.keys.length === 0) return [];
  const where = lookup.where ? ` AND ${lookup.where}` : '';
  return manager.query(
    `SELECT x.* FROM unnest($1::${lookup.keyType}[]) AS k(key)
       CROSS JOIN LATERAL (SELECT ${lookup.columns} FROM ${lookup.table}
         WHERE ${lookup.key} = k.key${where} OFFSET 0${lookup.lock ? ' FOR UPDATE' : ''}) x`,
    [lookup.keys],
  );
}
