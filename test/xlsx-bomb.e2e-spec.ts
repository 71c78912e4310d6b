import { signIn, startTestApp, TestApp } from '@crossroads/testing';
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';
import writeXlsxFile from 'write-excel-file/node';
import { createApp } from '../apps/api/src/create-app';

/** An XLSX-looking zip whose sheet inflates to `megabytes` MB of the same byte: a few hundred KB on the wire. */
async function zipBomb(megabytes: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  // The files a parser looks for first, so it goes on to unpack the sheet.
  const small = (name: string, xml: string) => {
    const file = new ZipDeflate(name, { level: 9 });
    zip.add(file);
    file.push(new TextEncoder().encode(xml), true);
  };
  small(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  small(
    'xl/workbook.xml',
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  small(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  // The sheet is deflated by node's zlib, a megabyte at a time: fflate's deflate in JavaScript took 10 s and more.
  const block = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const deflated: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => deflated.push(chunk));
  const ended = once(deflate, 'end');
  let crc = 0;
  for (let i = 0; i < megabytes; i++) {
    crc = crc32(block, crc);
    if (!deflate.write(block)) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  const sheet: ZipInputFile = {
    filename: 'xl/worksheets/sheet1.xml',
    size: megabytes * block.length,
    crc,
    compression: 8, // deflate
  };
  zip.add(sheet);
  sheet.ondata!(null, Buffer.concat(deflated), true);
  zip.end();
  return Buffer.concat(parts);
}

// Issue 15: a 412 KB XLSX took the API from 0.43 to 1.33 GB of memory, and it stayed there.
describe('spreadsheet import against a zip bomb (attack)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp, { OUTBOX_RELAY: 'false' })));
  afterAll(() => t.close());

  const upload = async (content: Buffer, name: string) => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), name);
    const response = await fetch(`${t.baseUrl}/import/people?dryRun=true`, {
      method: 'POST',
      body: form,
      headers: staff.headers,
    });
    return {
      status: response.status,
      body: (await response.json()) as { error: { code: string; message: string } },
    };
  };

  it('refuses the bomb with one clear message, memory staying bounded', async () => {
    const bomb = await zipBomb(400);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = await t.sql(`SELECT count(*)::int AS n FROM person`);
    global.gc?.();
    const baseline = process.memoryUsage.rss();
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
    try {
      const { status, body } = await upload(bomb, 'bomb.xlsx');
      expect(status).toBe(400);
      expect(body.error.code).toBe('BAD_USER_INPUT');
      expect(body.error.message).toMatch(/The workbook was refused: it inflates \d+ times its size/);
    } finally {
      clearInterval(sampler);
    }
    // Unguarded, the parser holds the whole gigabyte; guarded, at most a few inflate steps are alive at once.
    expect((peak - baseline) / 2 ** 20).toBeLessThan(200);
    expect(await t.sql(`SELECT count(*)::int AS n FROM person`)).toEqual(before);
  });

  it('still reads an ordinary workbook', async () => {
    const workbook = await writeXlsxFile([
      [{ value: 'prenom' }, { value: 'nom' }],
      [{ value: 'Zoé' }, { value: 'Tableur' }],
    ]).toBuffer();
    const { status } = await upload(workbook, 'people.xlsx');
    expect(status).toBe(200);
  });
});
