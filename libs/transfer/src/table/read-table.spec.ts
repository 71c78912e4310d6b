import { bufferSource } from './table-source';
import { MAX_CELLS, readTable } from './read-table';

describe('readTable limits', () => {
  it('refuses a file with more cells than MAX_CELLS, naming the row', async () => {
    const columns = 50;
    const rows = Math.ceil(MAX_CELLS / columns) + 2;
    const line = `${Array.from({ length: columns }, () => 'x').join(',')}\n`;
    const csv = Buffer.from(line.repeat(rows));
    const table = await readTable(bufferSource('wide.csv', csv));
    await expect(async () => {
      for await (const _row of table.rows) void _row;
    }).rejects.toThrow(/more than 5,000,000 cells \(row \d+\)/);
  });

  it('drops the guard quote of a cell Excel would run as a formula, and keeps other quotes', async () => {
    const csv = Buffer.from(`a,b,c\n'=SUM(A1),'+33 6 00,'quoted\n`);
    const table = await readTable(bufferSource('quotes.csv', csv));
    const rows = [];
    for await (const row of table.rows) rows.push(row.cells);
    expect(rows).toEqual([['=SUM(A1)', '+33 6 00', "'quoted"]]);
  });
});
