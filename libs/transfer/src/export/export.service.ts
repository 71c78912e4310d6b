import { keysetReader } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import type { ImportType } from '../import/import-definition';
import { EXPORT_DEFINITIONS } from './export-definitions';

export type ExportFormat = 'csv' | 'json';

export interface ExportOptions {
  type: ImportType;
  format: ExportFormat;
  /** `column=value` pairs, all of which must hold (see each type's filters). */
  filters?: Record<string, string>;
  /** Email and phone, and people who did not consent to the public directory. */
  includePrivate?: boolean;
  /** Rows read per query (default 1,000). */
  pageSize?: number;
}

/** Below every uuid: where the keyset starts. */
const LOWEST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Streams a directory type as CSV or JSON in constant memory: pages of rows read by keyset (id > last id), each
 * written before the next is read, so the output's pace (a slow disk or client) holds the reading back.
 */
@Injectable()
export class ExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  filterNames(type: ImportType): string[] {
    return Object.keys(EXPORT_DEFINITIONS[type].source.filters);
  }

  async export(options: ExportOptions, out: Writable): Promise<number> {
    const definition = EXPORT_DEFINITIONS[options.type];
    const columns = definition.columns.filter(
      (column) => options.includePrivate || !definition.privateColumns.includes(column),
    );
    const readPage = keysetReader(
      this.dataSource,
      definition.source,
      options.filters ?? {},
      Boolean(options.includePrivate),
    );
    const pageSize = options.pageSize ?? 1000;
    let count = 0;
    async function* records(): AsyncGenerator<Record<string, unknown>> {
      let last = LOWEST_ID;
      for (;;) {
        const rows = await readPage(last, pageSize);
        for (const row of rows) {
          count++;
          yield Object.fromEntries(columns.map((column) => [column, row[column] ?? null]));
        }
        if (rows.length < pageSize) return;
        last = rows[rows.length - 1].id as string;
      }
    }
    if (options.format === 'csv') {
      await pipeline(
        Readable.from(records()),
        stringify({
          header: true,
          columns: [...columns],
          // A cell Excel would run as a formula (= + - @, tab, CR) gets a leading quote, as in the delegation CSV.
          escape_formulas: true,
          cast: {
            object: (value) => (Array.isArray(value) ? value.join(' | ') : JSON.stringify(value)),
            boolean: (value) => (value ? 'oui' : 'non'),
          },
        }),
        out,
        { end: false },
      );
    } else {
      async function* json(): AsyncGenerator<string> {
        let first = true;
        yield '[';
        for await (const record of records()) {
          yield `${first ? '\n' : ',\n'}${JSON.stringify(record)}`;
          first = false;
        }
        yield first ? ']\n' : '\n]\n';
      }
      await pipeline(Readable.from(json()), out, { end: false });
    }
    return count;
  }
}
