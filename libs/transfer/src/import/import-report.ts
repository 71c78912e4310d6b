import type { CsvEncoding } from '../table/csv-encoding';
import type { ImportType } from './import-definition';
import type { ImportLanguage } from './import-language';

/** What to do with a row whose record already exists. */
export type ImportMode = 'upsert' | 'skip' | 'fail';
export const IMPORT_MODES: readonly ImportMode[] = ['upsert', 'skip', 'fail'];

export interface ImportOptions {
  type: ImportType;
  /** Check every row and report what would happen; write nothing. */
  dryRun?: boolean;
  /** All valid or nothing: one transaction, and no write at all when a row is invalid. */
  atomic?: boolean;
  mode?: ImportMode;
  /** Rows per transaction (default 1,000). */
  batchSize?: number;
  /** The account running the import (the endpoint's staff user): recorded as the creator of new projects. */
  userId?: string | null;
  /** The language of the report's messages (default English): the request's, or the CLI's `--lang`/locale. */
  language?: ImportLanguage;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  phase: 'checking' | 'writing';
  rows: number;
  /** Known while writing (the check counted them). */
  total?: number;
}

/** One problem of one row: its spreadsheet row number (the header is row 1) and column as the file names it. */
export interface RowProblem {
  row: number;
  column: string;
  message: string;
  /** In a French report, the English message the French translates (as GraphQL errors keep theirs). */
  englishMessage?: string;
}

export interface ImportReport {
  type: ImportType;
  file: string;
  /** The language the problems are worded in. */
  language: ImportLanguage;
  dryRun: boolean;
  atomic: boolean;
  mode: ImportMode;
  /** The encoding a CSV was read in (UTF-8, UTF-8 with BOM, Windows-1252, ISO-8859-15); null for XLSX. */
  encoding: CsvEncoding | null;
  /** Data rows read (blank rows left out). */
  rows: number;
  /** With dryRun (or when nothing was written): what would have been. */
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Rows with at least one problem, never written. */
  invalid: number;
  problems: RowProblem[];
  /** Problems beyond the first MAX_LISTED_PROBLEMS, counted only. */
  problemsOmitted: number;
  /** Whether anything was written to the database. */
  written: boolean;
  /** Transactions committed. */
  batches: number;
  seconds: number;
}

export const MAX_LISTED_PROBLEMS = 1000;

const FRENCH_TYPES: Record<ImportType, string> = {
  people: 'personnes',
  companies: 'entreprises',
  schools: 'écoles',
  projects: 'projets',
};

/** The report as a staff member reads it in a terminal, in the report's language. */
export function formatReport(report: ImportReport): string {
  const blocked = !report.dryRun && report.atomic && report.invalid > 0;
  const lines = report.language === 'fr' ? frenchLines(report, blocked) : englishLines(report, blocked);
  if (report.problems.length) {
    lines.push('', report.language === 'fr' ? 'ligne\tcolonne\tproblème' : 'row\tcolumn\tproblem');
    for (const p of report.problems) lines.push(`${p.row}\t${p.column}\t${p.message}`);
    if (report.problemsOmitted) {
      lines.push(
        report.language === 'fr'
          ? `… et ${report.problemsOmitted} autres problèmes`
          : `… and ${report.problemsOmitted} more problems`,
      );
    }
  }
  return lines.join('\n');
}

function englishLines(report: ImportReport, blocked: boolean): string[] {
  const verb = report.dryRun || blocked ? 'would be ' : '';
  const lines = [
    `${report.type} from ${report.file}${report.encoding ? ` (read as ${report.encoding})` : ''}: ` +
      `${report.rows} rows in ${report.seconds.toFixed(1)} s` +
      `${report.dryRun ? ' (dry run: nothing written)' : ''}`,
    `  ${verb}created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, ` +
      `skipped ${report.skipped}; invalid ${report.invalid}`,
  ];
  if (blocked) lines.push('  --atomic: nothing was written because some rows are invalid');
  return lines;
}

function frenchLines(report: ImportReport, blocked: boolean): string[] {
  const toDo = report.dryRun || blocked;
  const lines = [
    `${FRENCH_TYPES[report.type]} depuis ${report.file}${report.encoding ? ` (lu en ${report.encoding})` : ''} : ` +
      `${report.rows} lignes en ${report.seconds.toFixed(1).replace('.', ',')} s` +
      `${report.dryRun ? ' (essai : rien n’a été écrit)' : ''}`,
    `  ${toDo ? 'à créer' : 'créées'} ${report.created}, ${toDo ? 'à mettre à jour' : 'mises à jour'} ` +
      `${report.updated}, inchangées ${report.unchanged}, ignorées ${report.skipped} ; invalides ${report.invalid}`,
  ];
  if (blocked) lines.push('  --atomic : rien n’a été écrit, car des lignes sont invalides');
  return lines;
}
