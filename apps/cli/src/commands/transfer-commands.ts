import {
  ExportFormat,
  ExportService,
  fileSource,
  formatReport,
  ImportLanguage,
  ImportMode,
  ImportReport,
  ImportService,
  ImportType,
} from '@crossroads/transfer';
import { Presets, SingleBar } from 'cli-progress';
import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { CliError, EXIT } from '../cli-errors';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Refuses, before any service starts, a path that is missing or not a file. */
export function assertReadableFile(file: string): void {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats)
    throw new CliError(
      `${file}: no such file; check the path (CSV or XLSX, see docs/IMPORT.md)`,
      EXIT.NO_INPUT,
    );
  if (!stats.isFile())
    throw new CliError(`${file} is not a file: give the path of a CSV or XLSX file`, EXIT.NO_INPUT);
}

/** Imports a spreadsheet with a progress bar (rows per second); prints the report. Exit code 2 when rows are invalid. */
export async function importCommand(
  imports: ImportService,
  type: ImportType,
  file: string,
  options: {
    dryRun?: boolean;
    atomic?: boolean;
    mode: ImportMode;
    batchSize: number;
    language?: ImportLanguage;
  },
): Promise<ImportReport> {
  assertReadableFile(file);
  const bar = new SingleBar(
    {
      format: '{phase} |{bar}| {value}{ofTotal} rows | {rate} rows/s',
      hideCursor: true,
      noTTYOutput: false,
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
  let phase: string | undefined;
  let started = performance.now();
  try {
    const report = await imports.import(fileSource(file), {
      type,
      dryRun: options.dryRun,
      atomic: options.atomic,
      mode: options.mode,
      batchSize: options.batchSize,
      language: options.language,
      onProgress: (progress) => {
        const ofTotal = progress.total ? `/${progress.total}` : '';
        if (progress.phase !== phase) {
          if (phase) bar.stop();
          phase = progress.phase;
          started = performance.now();
          bar.start(progress.total ?? 0, progress.rows, { phase, rate: 0, ofTotal });
          return;
        }
        const seconds = (performance.now() - started) / 1000;
        bar.update(progress.rows, { rate: seconds > 0 ? Math.round(progress.rows / seconds) : 0, ofTotal });
      },
    });
    if (phase) bar.stop();
    phase = undefined;
    console.log(formatReport(report));
    if (report.invalid > 0) process.exitCode = EXIT.INVALID_ROWS;
    return report;
  } finally {
    if (phase) bar.stop();
  }
}

/** The export's file, opened before anything is read: a path it cannot be written to is exit 73, not 66. */
async function openOutput(path: string): Promise<Writable> {
  const directory = dirname(path);
  if (!statSync(directory, { throwIfNoEntry: false })?.isDirectory())
    throw new CliError(`${directory}: no such directory for --output; create it first`, EXIT.CANNOT_CREATE);
  const out = createWriteStream(path);
  try {
    await once(out, 'open');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new CliError(
      `${path}: cannot be written (${code}); check the path and its permissions`,
      EXIT.CANNOT_CREATE,
    );
  }
  return out;
}

/** Streams an export to a file or to standard output; says on stderr how many records went out. */
export async function exportCommand(
  exports: ExportService,
  type: ImportType,
  options: { format: ExportFormat; filter: string[]; includePrivate?: boolean; output?: string },
): Promise<void> {
  const filters: Record<string, string> = {};
  const names = exports.filterNames(type);
  for (const pair of options.filter) {
    const at = pair.indexOf('=');
    if (at <= 0)
      throw new CliError(`--filter takes name=value, got "${pair}" (names: ${names.join(', ')})`, EXIT.USAGE);
    if (!names.includes(pair.slice(0, at)))
      throw new CliError(
        `--filter: ${type} have no filter "${pair.slice(0, at)}" (names: ${names.join(', ')})`,
        EXIT.USAGE,
      );
    filters[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const out: Writable = options.output ? await openOutput(options.output) : process.stdout;
  let count: number;
  try {
    count = await exports.export(
      { type, format: options.format, filters, includePrivate: options.includePrivate },
      out,
    );
  } catch (error) {
    // A reader that has read enough (`| head`) closes standard output: the export stops there, as cat would.
    if (!options.output && (error as NodeJS.ErrnoException).code === 'EPIPE') return;
    throw error;
  }
  if (options.output) {
    out.end();
    await finished(out);
  }
  process.stderr.write(`exported ${count} ${type}${options.output ? ` to ${options.output}` : ''}\n`);
}
