import type { KeysetExport } from '@crossroads/core';
import type { ImportType } from '../import/import-definition';

export interface ExportDefinition {
  type: ImportType;
  /** The columns written, in order: the import template's, so an export imports back. */
  columns: readonly string[];
  /** Left out unless private data is asked for explicitly. */
  privateColumns: readonly string[];
  /** The rows, as the lib that owns the table reads them (directory, coproduction). */
  source: KeysetExport;
}
