import chardet from 'chardet';
import { fileProblem } from './table-error';
import type { TableSource } from './table-source';

/** The encodings a CSV is read in, as the import report names them. */
export type CsvEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'Windows-1252' | 'ISO-8859-15';

/** iconv-lite's name of each encoding. */
export const ICONV_NAME: Record<CsvEncoding, string> = {
  'UTF-8': 'utf8',
  'UTF-8 with BOM': 'utf8',
  'Windows-1252': 'windows-1252',
  'ISO-8859-15': 'iso-8859-15',
};

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];
/** chardet's verdicts we read as a Western European single-byte file. */
const LATIN_VERDICTS = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252', 'ISO-8859-2', 'windows-1250']);
/** Bytes that are printable in ISO-8859-15 but differ from Windows-1252 (€ œ Œ Š š Ž ž Ÿ). */
const LATIN9_BYTES = [0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe];
const SAMPLE = 64 * 1024;

const BINARY =
  'The file is not text (it holds control bytes): export the sheet as CSV or XLSX (see docs/IMPORT.md).';
const MIXED =
  'The file mixes encodings (UTF-8 and another): save it again as "CSV UTF-8" (Excel) or UTF-8 (LibreOffice).';
const UNKNOWN = (verdict: string | null) =>
  `The file's encoding (${verdict ?? 'unknown'}) is not one the import reads (UTF-8, Windows-1252, ISO-8859-15): ` +
  'save it again as "CSV UTF-8".';

/** What one pass over the file found. */
interface Scan {
  validUtf8: boolean;
  /** Bytes 0x00–0x08, 0x0E–0x1A, 0x1C–0x1F: not in any text file. */
  control: boolean;
  /** Bytes 0x80–0x9F outside UTF-8 sequences: Windows-1252's own characters (€ œ ’ …). */
  c1: boolean;
  latin9: boolean;
  /** Well-formed UTF-8 two-byte sequences (é = C3 A9), counted in a file that is not UTF-8. */
  utf8Pairs: number;
  sample: Buffer;
}

async function scan(source: TableSource): Promise<Scan> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const result: Scan = {
    validUtf8: true,
    control: false,
    c1: false,
    latin9: false,
    utf8Pairs: 0,
    sample: Buffer.alloc(0),
  };
  const sample: Buffer[] = [];
  let sampled = 0;
  let previous = -1;
  for await (const data of source.stream()) {
    const chunk = data as Buffer;
    if (sampled < SAMPLE) {
      sample.push(chunk.subarray(0, SAMPLE - sampled));
      sampled += Math.min(chunk.length, SAMPLE - sampled);
    }
    if (result.validUtf8) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        result.validUtf8 = false;
      }
    }
    for (const byte of chunk) {
      if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) result.control = true;
      else if (byte >= 0x80 && byte <= 0x9f && !(previous >= 0xc2 && previous <= 0xdf)) result.c1 = true;
      if (LATIN9_BYTES.includes(byte)) result.latin9 = true;
      if (previous >= 0xc2 && previous <= 0xdf && byte >= 0x80 && byte <= 0xbf) result.utf8Pairs++;
      previous = byte;
    }
  }
  if (result.validUtf8) {
    try {
      decoder.decode();
    } catch {
      result.validUtf8 = false;
    }
  }
  result.sample = Buffer.concat(sample);
  return result;
}

/**
 * The encoding of a CSV file, from one pass over all of it (so a file refused here is refused before anything is
 * written): UTF-8 (with or without BOM) when every byte sequence is valid UTF-8; otherwise chardet's verdict on the
 * first 64 KB, where ISO-8859-1 is read as Windows-1252 (its superset, so € and œ survive) and a file with
 * ISO-8859-15's own characters but none of Windows-1252's is read as ISO-8859-15. Control bytes (binary), UTF-16,
 * and UTF-8 mixed with another encoding are refused with one message.
 */
export async function detectCsvEncoding(source: TableSource): Promise<CsvEncoding> {
  const head = await source.head();
  if (UTF16_BOMS.some((bom) => head.subarray(0, 2).equals(bom))) {
    throw fileProblem('The file is UTF-16 text: save it again as "CSV UTF-8".');
  }
  const found = await scan(source);
  if (found.control) throw fileProblem(BINARY);
  if (found.validUtf8) return head.subarray(0, 3).equals(UTF8_BOM) ? 'UTF-8 with BOM' : 'UTF-8';
  if (found.utf8Pairs > 0) throw fileProblem(MIXED);
  const verdict = chardet.detect(found.sample);
  if (verdict === null || !LATIN_VERDICTS.has(verdict)) throw fileProblem(UNKNOWN(verdict));
  if (found.c1) return 'Windows-1252';
  return found.latin9 ? 'ISO-8859-15' : 'Windows-1252';
}
