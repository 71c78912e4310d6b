import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';

/** A spreadsheet to import, readable as many times as the import needs (checking, then writing). */
export interface TableSource {
  /** The file name, for messages and to tell CSV from XLSX. */
  name: string;
  /** The first bytes (format sniffing). */
  head(): Promise<Buffer>;
  stream(): Readable;
  /** The whole file (XLSX is a zip: its parser needs random access). */
  buffer(): Promise<Buffer>;
}

export function fileSource(path: string): TableSource {
  return {
    name: path,
    head: async () => {
      const file = await open(path);
      try {
        const buffer = Buffer.alloc(8);
        const { bytesRead } = await file.read(buffer, 0, 8, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await file.close();
      }
    },
    stream: () => createReadStream(path),
    buffer: async () => (await import('node:fs/promises')).readFile(path),
  };
}

export function bufferSource(name: string, content: Buffer): TableSource {
  return {
    name,
    head: async () => content.subarray(0, 8),
    stream: () => Readable.from([content]),
    buffer: async () => content,
  };
}

export type TableFormat = 'csv' | 'xlsx';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** XLSX files are zip archives (they start with "PK\3\4"); anything else is read as CSV text. */
export async function formatOf(source: TableSource): Promise<TableFormat> {
  const head = await source.head();
  if (head.subarray(0, 4).equals(ZIP)) return 'xlsx';
  return extname(source.name).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
}
