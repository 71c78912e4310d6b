import { CsvEncoding, detectCsvEncoding } from './csv-encoding';
import { csvRecords, MAX_CELL } from './csv-table';
import { fileProblem } from './table-error';
import { formatOf, TableSource } from './table-source';
import { xlsxRecords } from './xlsx-table';

/**
 * A cell our exports (and Excel users) guard against formula injection with a leading quote ('=…, '+33…): the
 * quote is a spreadsheet's text marker, not data, so an export imports back unchanged.
 */
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;
const cellValue = (cell: string) => cell.trim().replace(FORMULA_GUARD, '');

/** Cells one file may hold (a 100,000-person import with every column is about 2.5 million). */
export const MAX_CELLS = 5_000_000;

/** A data row: its spreadsheet row number (the header is row 1) and its cells, trimmed. */
export interface TableRow {
  row: number;
  cells: string[];
}

export interface Table {
  /** The encoding a CSV was read in; null for XLSX. */
  encoding: CsvEncoding | null;
  header: string[];
  rows: AsyncGenerator<TableRow>;
}

/** Opens a CSV or XLSX file: its header, then its non-empty rows; an empty file or a huge cell is refused. */
export async function readTable(source: TableSource): Promise<Table> {
  const xlsx = (await formatOf(source)) === 'xlsx';
  const encoding = xlsx ? null : await detectCsvEncoding(source);
  const records = encoding === null ? xlsxRecords(source) : csvRecords(source, encoding);
  const first = await records.next();
  const header = first.done ? [] : first.value.map((cell) => cell.trim());
  if (header.every((cell) => cell === '')) {
    throw fileProblem('The file is empty: the first row must name the columns (see docs/IMPORT.md).');
  }
  async function* rows(): AsyncGenerator<TableRow> {
    let row = 1;
    let cellCount = header.length;
    for await (const record of records) {
      row++;
      cellCount += record.length;
      if (cellCount > MAX_CELLS) {
        throw fileProblem(
          `The file holds more than ${MAX_CELLS.toLocaleString('en')} cells (row ${row}): split it into smaller files.`,
        );
      }
      const cells = record.map(cellValue);
      if (cells.every((cell) => cell === '')) continue;
      const huge = cells.findIndex((cell) => cell.length > MAX_CELL);
      if (huge >= 0) {
        throw fileProblem(
          `Row ${row}, column "${header[huge] ?? huge + 1}": a cell holds ${cells[huge].length.toLocaleString('en')} ` +
            `characters, at most ${MAX_CELL.toLocaleString('en')} are read.`,
        );
      }
      yield { row, cells };
    }
  }
  return { encoding, header, rows: rows() };
}
