import { CsvError, parse } from 'csv-parse';
import * as iconv from 'iconv-lite';
import { Readable, Transform } from 'node:stream';
import { CsvEncoding, ICONV_NAME } from './csv-encoding';
import { fileProblem } from './table-error';
import type { TableSource } from './table-source';

/** The largest cell the import reads (a biography is at most 5,000 characters); beyond, the file is refused. */
export const MAX_CELL = 20_000;
/** A whole record (every cell of a row): beyond, the file is refused rather than read into memory. */
const MAX_RECORD = 100_000;

/** Fails the stream at the first byte sequence that is not UTF-8, naming the likely cause. */
function utf8Guard(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        decoder.decode(chunk, { stream: true });
        offset += chunk.length;
        done(null, chunk);
      } catch {
        done(
          fileProblem(
            `The file is not UTF-8 text (invalid bytes after byte ${offset}): it was probably saved as ` +
              'Windows-1252/Latin-1. Save it again as "CSV UTF-8" (Excel) or UTF-8 (LibreOffice).',
          ),
        );
      }
    },
    flush(done) {
      try {
        decoder.decode();
        done();
      } catch {
        done(fileProblem('The file ends in the middle of a UTF-8 character: it is truncated or not UTF-8.'));
      }
    },
  });
}

/** Semicolons (French Excel) or commas: whichever the header line holds more of, outside quotes. */
function delimiterOf(head: string): ',' | ';' {
  const line = head.replace(/"[^"]*"/g, '').split(/\r?\n/)[0];
  return (line.match(/;/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? ';' : ',';
}

async function firstText(source: TableSource, encoding: CsvEncoding): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of source.stream()) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= 8192) break;
  }
  return iconv.decode(Buffer.concat(chunks), ICONV_NAME[encoding]);
}

function describe(error: CsvError): string {
  const line = (error as CsvError & { lines?: number }).lines;
  const where = line ? ` (line ${line})` : '';
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `A quoted cell is never closed${where}: check the quotes of that row.`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return `Broken quoting${where}: a quote inside a cell must be doubled ("").`;
    case 'CSV_MAX_RECORD_SIZE':
      return `A row is too large${where}: cells hold at most ${MAX_CELL.toLocaleString('en')} characters.`;
    default:
      return `The CSV cannot be read${where}: ${error.message}`;
  }
}

/**
 * The records of a CSV file, header first, comma or semicolon separated, in the encoding detectCsvEncoding found:
 * UTF-8 bytes still go through the UTF-8 guard; Windows-1252 and ISO-8859-15 are decoded by iconv-lite.
 */
export async function* csvRecords(source: TableSource, encoding: CsvEncoding): AsyncGenerator<string[]> {
  const delimiter = delimiterOf(await firstText(source, encoding));
  const utf8 = encoding === 'UTF-8' || encoding === 'UTF-8 with BOM';
  const parser: Readable = utf8
    ? source.stream().pipe(utf8Guard())
    : (source.stream().pipe(iconv.decodeStream(ICONV_NAME[encoding])) as unknown as Readable);
  const records = parser.pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      max_record_size: MAX_RECORD,
    }),
  );
  parser.on('error', (error) => records.destroy(error));
  try {
    for await (const record of records) yield record as string[];
  } catch (error) {
    if (error instanceof CsvError) throw fileProblem(describe(error));
    throw error;
  }
}
