import { DataSource } from 'typeorm';
import { AppError } from '../errors/app-error';

/** A filter an export accepts: `--filter city=Lille` becomes the SQL condition with the value as parameter $n. */
export type ExportFilter = (param: string) => string;

/**
 * A table's rows for a spreadsheet export, defined by the lib that owns the table: a keyset-paginated SELECT
 * (`$1` the last id read, `$2` the page size, `{where}` receives the filters) whose rows are keyed by column
 * name and carry `id`, and the filters it accepts.
 */
export interface KeysetExport {
  /** Names the rows in errors (`people`, `companies`…). */
  type: string;
  sql(includePrivate: boolean): string;
  filters: Record<string, ExportFilter>;
}

export type KeysetPageReader = (after: string, limit: number) => Promise<Record<string, unknown>[]>;

/** Reads `source` page by page with these filters; an unknown filter is a BAD_USER_INPUT naming the known ones. */
export function keysetReader(
  dataSource: DataSource,
  source: KeysetExport,
  filters: Record<string, string>,
  includePrivate: boolean,
): KeysetPageReader {
  const params: string[] = [];
  const conditions = Object.entries(filters).map(([name, value]) => {
    const filter = source.filters[name];
    if (!filter) {
      throw AppError.badInput(
        `Unknown filter "${name}" for ${source.type}: use ${Object.keys(source.filters).join(', ')}`,
      );
    }
    params.push(value);
    return filter(`$${params.length + 2}`);
  });
  const sql = source
    .sql(includePrivate)
    .replace('{where}', conditions.map((condition) => `AND ${condition}`).join(' '));
  return (after, limit) => dataSource.query(sql, [after, limit, ...params]);
}
