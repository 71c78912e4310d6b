import type { ImportType } from '../import/import-definition';

/** A filter an export accepts: `--filter city=Lille` becomes the SQL condition with the value as parameter $n. */
export type ExportFilter = (param: string) => string;

export interface ExportDefinition {
  type: ImportType;
  /** The columns written, in order: the import template's, so an export imports back. */
  columns: readonly string[];
  /** Left out unless private data is asked for explicitly. */
  privateColumns: readonly string[];
  /**
   * The keyset-paginated SELECT: `$1` is the last id read, `$2` the page size, `{where}` receives the filters.
   * Its rows are keyed by column name and carry `id`.
   */
  sql(includePrivate: boolean): string;
  filters: Record<string, ExportFilter>;
}
