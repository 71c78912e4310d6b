import { AppError, FieldProblem, isUniqueViolation } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CompaniesImport } from '../definitions/companies.import';
import { PeopleImport } from '../definitions/people.import';
import { ProjectsImport } from '../definitions/projects.import';
import { SchoolsImport } from '../definitions/schools.import';
import type { CsvEncoding } from '../table/csv-encoding';
import { readTable } from '../table/read-table';
import type { TableSource } from '../table/table-source';
import { HeaderMap, mapHeader } from './header';
import { Cells, ImportDefinition, ImportType, keyOf, MatchKey } from './import-definition';
import { ImportOptions, ImportReport, MAX_LISTED_PROBLEMS, RowProblem } from './import-report';
import { inLanguage } from './import-language';
import { ReferenceData } from './reference-data';
import { SlugAllocator } from './slug-allocator';

const DEFAULT_BATCH = 1000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDefinition = ImportDefinition<any, any>;

interface Pending {
  row: number;
  key: MatchKey;
  value: unknown;
}

/** The counts and problems of one pass over the file. */
class Tally {
  rows = 0;
  created = 0;
  updated = 0;
  unchanged = 0;
  skipped = 0;
  batches = 0;
  readonly invalidRows = new Set<number>();
  readonly problems: RowProblem[] = [];
  problemsOmitted = 0;

  problem(row: number, column: string, message: string): void {
    this.invalidRows.add(row);
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ row, column, message });
    else this.problemsOmitted++;
  }
}

/**
 * Imports a spreadsheet of people, companies, schools or projects, for the CLI and the HTTP endpoint alike.
 *
 * Two phases: the first reads and checks every row (and which records exist) without writing, so a
 * malformed file is refused before anything is written; the second, unless dry run, writes the valid rows that
 * create or change a record (looked up again, locked) in
 * batches, one transaction each (or one for the whole file with `atomic`), search outbox rows included. A batch
 * is whole or absent, and re-running an import changes nothing already imported, so an interrupted import is
 * finished by running it again.
 */
@Injectable()
export class ImportService {
  private readonly definitions: Record<ImportType, AnyDefinition>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    people: PeopleImport,
    companies: CompaniesImport,
    schools: SchoolsImport,
    projects: ProjectsImport,
  ) {
    this.definitions = { people, companies, schools, projects };
  }

  definition(type: ImportType): AnyDefinition {
    return this.definitions[type];
  }

  async import(source: TableSource, options: ImportOptions): Promise<ImportReport> {
    const started = performance.now();
    const definition = this.definitions[options.type];
    const refs = await ReferenceData.load(this.dataSource.manager, { companies: definition.needsCompanies });
    const { tally, valid, encoding } = await this.check(source, definition, refs, options);
    const write = !options.dryRun && valid.length > 0 && !(options.atomic && tally.invalidRows.size > 0);
    if (write) {
      const slugs = await SlugAllocator.load(this.dataSource.manager, definition.slugTable);
      // The rows the check found unchanged or skipped stay counted; the others are classified again under lock.
      tally.created = tally.updated = 0;
      if (options.atomic) {
        await this.dataSource.transaction((manager) =>
          this.writeAll(valid, definition, options, tally, slugs, manager),
        );
      } else {
        await this.writeAll(valid, definition, options, tally, slugs);
      }
    }
    const report: ImportReport = {
      type: options.type,
      file: source.name,
      language: 'en',
      dryRun: Boolean(options.dryRun),
      atomic: Boolean(options.atomic),
      mode: options.mode ?? 'upsert',
      encoding,
      rows: tally.rows,
      created: tally.created,
      updated: tally.updated,
      unchanged: tally.unchanged,
      skipped: tally.skipped,
      invalid: tally.invalidRows.size,
      problems: tally.problems,
      problemsOmitted: tally.problemsOmitted,
      written: write && tally.created + tally.updated > 0,
      batches: tally.batches,
      seconds: (performance.now() - started) / 1000,
    };
    return inLanguage(report, options.language ?? 'en');
  }

  /**
   * Reads and checks the whole file, and which records exist, writing nothing. Returns the valid rows that would
   * create or change a record: they are held in memory until written (about 1 KB a row), so the file is read and
   * validated once. Rows found unchanged (or skipped) are only counted: writing them would change nothing.
   */
  private async check(
    source: TableSource,
    definition: AnyDefinition,
    refs: ReferenceData,
    options: ImportOptions,
  ): Promise<{ tally: Tally; valid: Pending[]; encoding: CsvEncoding | null }> {
    const tally = new Tally();
    const table = await readTable(source);
    const header = mapHeader(options.type, definition.columns, table.header);
    const seen = new Map<string, number>();
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const valid: Pending[] = [];
    let batch: Pending[] = [];
    // One batch's lookup runs while the next batch is read and checked (the database and this process each get on
    // with their part); lookups stay one at a time and in order.
    let lookup: Promise<void> = Promise.resolve();
    const flush = async () => {
      if (batch.length === 0) return;
      const rows = batch;
      batch = [];
      await lookup;
      const read = tally.rows;
      lookup = this.classify(this.dataSource.manager, definition, rows, options, tally, false).then(
        ({ toWrite }) => {
          valid.push(...toWrite);
          options.onProgress?.({ phase: 'checking', rows: read });
        },
      );
      // Awaited at the next flush or at the end; until then a failure must not count as unhandled.
      lookup.catch(() => undefined);
    };
    options.onProgress?.({ phase: 'checking', rows: 0 });
    for await (const { row, cells } of table.rows) {
      tally.rows++;
      const mapped = this.cells(header, cells, row, table.header, tally);
      if (!mapped) continue;
      const prepared = definition.prepare(mapped, refs);
      for (const problem of prepared.problems)
        tally.problem(row, this.headerName(problem, header, table.header), problem.message);
      if (prepared.problems.length || !prepared.key) continue;
      const key = keyOf(prepared.key);
      const first = seen.get(key);
      if (first !== undefined) {
        tally.problem(
          row,
          prepared.key.column,
          `same ${prepared.key.column} "${prepared.key.value}" as row ${first}`,
        );
        continue;
      }
      seen.set(key, row);
      batch.push({ row, key: prepared.key, value: prepared.value });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    await lookup;
    tally.problems.sort((a, b) => a.row - b.row);
    return { tally, valid, encoding: table.encoding };
  }

  /** Writes the checked rows in batches: one transaction each, or all in `manager`'s (atomic). */
  private async writeAll(
    valid: Pending[],
    definition: AnyDefinition,
    options: ImportOptions,
    tally: Tally,
    slugs: SlugAllocator,
    manager?: EntityManager,
  ): Promise<void> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    options.onProgress?.({ phase: 'writing', rows: 0, total: valid.length });
    for (let start = 0; start < valid.length; start += batchSize) {
      const rows = valid.slice(start, start + batchSize);
      if (manager) await this.writeBatch(manager, definition, rows, options, tally, slugs);
      else {
        await this.dataSource.transaction((batchManager) =>
          this.writeBatch(batchManager, definition, rows, options, tally, slugs),
        );
      }
      options.onProgress?.({ phase: 'writing', rows: start + rows.length, total: valid.length });
    }
  }

  private cells(
    header: HeaderMap,
    cells: string[],
    row: number,
    names: string[],
    tally: Tally,
  ): Cells | null {
    const extra = cells.slice(header.length).filter((cell) => cell !== '');
    if (extra.length) {
      tally.problem(
        row,
        `column ${header.length + 1}`,
        `the row has more cells than the header names columns (${names.length})`,
      );
      return null;
    }
    const map = new Map<string, string>();
    header.forEach((column, i) => {
      if (column && cells[i]) map.set(column, cells[i]);
    });
    return map;
  }

  /** A problem's column as the file names it (its own header text), so staff find the cell. */
  private headerName(problem: FieldProblem, header: HeaderMap, names: string[]): string {
    const index = header.indexOf(problem.field);
    return index >= 0 ? names[index] : problem.field;
  }

  /**
   * Sorts a batch into created, updated, unchanged and skipped rows, and rows that match ambiguously; `toWrite`
   * holds the rows to create or update.
   */
  private async classify(
    manager: EntityManager,
    definition: AnyDefinition,
    rows: Pending[],
    options: ImportOptions,
    tally: Tally,
    lock: boolean,
  ) {
    const existing = await definition.findExisting(
      manager,
      rows.map((row) => row.key),
      lock,
    );
    const created: unknown[] = [];
    const updated: { value: unknown; existing: unknown }[] = [];
    const toWrite: Pending[] = [];
    const mode = options.mode ?? 'upsert';
    for (const row of rows) {
      const matches = existing.get(keyOf(row.key)) ?? [];
      if (matches.length > 1) {
        tally.problem(row.row, row.key.column, `matches ${matches.length} existing records: fix them first`);
      } else if (matches.length === 0) {
        created.push(row.value);
        toWrite.push(row);
      } else if (mode === 'fail') {
        tally.problem(
          row.row,
          row.key.column,
          `already exists (${row.key.column} "${row.key.value}"); --mode fail`,
        );
      } else if (mode === 'skip') {
        tally.skipped++;
      } else if (definition.changes(row.value, matches[0])) {
        const refused = definition.refusal?.(row.value, matches[0], row.key) ?? null;
        if (refused) {
          tally.problem(row.row, row.key.column, refused);
          continue;
        }
        updated.push({ value: row.value, existing: matches[0] });
        toWrite.push(row);
      } else {
        tally.unchanged++;
      }
    }
    tally.created += created.length;
    tally.updated += updated.length;
    return { created, updated, toWrite };
  }

  private async writeBatch(
    manager: EntityManager,
    definition: AnyDefinition,
    rows: Pending[],
    options: ImportOptions,
    tally: Tally,
    slugs: SlugAllocator,
  ) {
    const { created, updated } = await this.classify(manager, definition, rows, options, tally, true);
    try {
      await definition.write(manager, created, updated, slugs, { userId: options.userId ?? null });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw AppError.conflict(
        `Rows ${rows[0].row}–${rows[rows.length - 1].row} clash with a record written meanwhile ` +
          `(${(error as { detail?: string }).detail ?? 'unique key'}): earlier batches are written, run the import again.`,
      );
    }
    tally.batches++;
  }
}
