import { DirectoryModule } from '@crossroads/directory';
import { startTestApp, TestApp } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { CommuneInseeCode1765000700045 } from '../libs/core/src/database/migrations/1765000700045-commune-insee-code';

interface CommuneRow {
  id: number;
  code: string;
  name: string;
  type: string;
  parentCode: string | null;
  postcode: string;
  postcodes: string[];
  postcodeVerified: boolean;
}

describe('communes keyed by INSEE code', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp)));
  afterAll(() => t.close());

  const communes = async (): Promise<CommuneRow[]> => {
    const response = await t.graphql.request(
      '{ communes { id code name type parentCode postcode postcodes postcodeVerified } }',
    );
    expect(response.errors).toBeUndefined();
    return response.data!.communes;
  };

  it('serves each commune with its INSEE code and official postcodes; Lomme is an associated commune of Lille', async () => {
    const all = await communes();
    const byName = new Map(all.map((commune) => [commune.name, commune]));
    expect(byName.get('Tourcoing')).toMatchObject({
      code: '59599',
      type: 'COMMUNE',
      parentCode: null,
      postcode: '59200',
      postcodes: ['59200'],
      postcodeVerified: true,
    });
    expect(byName.get('Lomme')).toMatchObject({ code: '59355', type: 'ASSOCIATED', parentCode: '59350' });
    expect(byName.get('Lille')!.code).toBe('59350');
  });

  it('migrates name-keyed rows: codes filled by name, ids kept, stale rows dropped, then brought up to date', async () => {
    const before = await communes();
    const runner = t.app.get(DataSource).createQueryRunner();
    const migration = new CommuneInseeCode1765000700045();
    try {
      // Back to the name-keyed table, with a row the reference no longer holds.
      await migration.down(runner);
      await runner.query(
        `INSERT INTO commune (name, postcode, department, lat, lng, verified, source)
         VALUES ('Nowhere-sur-Mer', '59999', '59', 50.5, 3.0, false, 'test')`,
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const [stale] = await t.sql(`SELECT count(*)::int AS n FROM commune WHERE name = 'Nowhere-sur-Mer'`);
    expect(stale.n).toBe(0);
    const [tourcoing] = await t.sql(`SELECT id, code, postcodes FROM commune WHERE name = 'Tourcoing'`);
    expect(tourcoing).toMatchObject({ code: '59599', postcodes: [] });
    // The reference (applied at every boot) fills the rest, by code, without duplicating rows.
    await t.app.get(DirectoryModule).onApplicationBootstrap();
    const after = await communes();
    expect(after).toEqual(before);
    expect(after.find((c) => c.name === 'Tourcoing')!.id).toBe(tourcoing.id);
  });

  it('refuses a malformed INSEE code at the database', async () => {
    await expect(
      t.sql(
        `INSERT INTO commune (code, name, postcode, department, lat, lng, verified, source)
         VALUES ('5959', 'Bad', '59000', '59', 50, 3, false, 'test')`,
      ),
    ).rejects.toThrow(/commune_code_check/);
  });
});
