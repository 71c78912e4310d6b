import { readSheet } from 'read-excel-file/node';
import { fileProblem } from './table-error';
import { assertNotZipBomb } from './zip-limits';
import type { TableSource } from './table-source';

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The first sheet of an XLSX workbook as text records, header first (numbers and dates as text). */
export async function* xlsxRecords(source: TableSource): AsyncGenerator<string[]> {
  let rows: unknown[][];
  const workbook = await source.buffer();
  assertNotZipBomb(workbook);
  try {
    rows = (await readSheet(workbook)) as unknown[][];
  } catch (error) {
    throw fileProblem(`The file is not a readable XLSX workbook: ${(error as Error).message}`);
  }
  for (const row of rows) yield row.map(text);
}
