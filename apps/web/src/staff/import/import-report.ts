import { readRestError, RestError } from '../../api/rest-error';

export type { RestError };

/** The JSON `POST /import/:type` answers (libs/transfer import-report.ts). */
export interface ImportReport {
  type: string;
  file: string;
  dryRun: boolean;
  atomic: boolean;
  mode: string;
  /** The encoding a CSV was read in; null for XLSX. */
  encoding?: string | null;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  invalid: number;
  /** The language the problems are worded in: the one the web app asked for (Accept-Language). */
  language: 'fr' | 'en';
  /** In French, each problem keeps its English wording beside it. */
  problems: { row: number; column: string; message: string; englishMessage?: string }[];
  problemsOmitted: number;
  written: boolean;
  batches: number;
  seconds: number;
}

export const IMPORT_TYPES = ['people', 'companies', 'schools', 'projects'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

export async function postImport(
  fetchWithAuth: typeof fetch,
  type: ImportType,
  file: File,
  dryRun: boolean,
): Promise<{ report: ImportReport } | { error: RestError }> {
  const body = new FormData();
  body.append('file', file);
  const response = await fetchWithAuth(`/import/${type}?dryRun=${dryRun}`, { method: 'POST', body });
  if (!response.ok) return { error: await readRestError(response) };
  const report = (await response.json().catch(() => null)) as ImportReport | null;
  return report
    ? { report }
    : { error: { code: 'INTERNAL_SERVER_ERROR', message: `HTTP ${response.status}` } };
}
