import { bufferSource, ExportService, ImportService } from '@crossroads/transfer';
import { Session, signIn, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createApp } from '../apps/api/src/create-app';

const DOCS = join(__dirname, '..', 'docs', 'import');
const sample = () => readFileSync(join(DOCS, 'projects-sample.csv'), 'utf8');

/** The sample with its two faulty rows fixed: financing within the budget, a known format. */
const fixed = () =>
  sample().replace(',250000,400000,', ',450000,400000,').replace(',opéra,', ',court métrage,');

describe('projects import and export', () => {
  let t: TestApp;
  let staff: Session;
  let imports: ImportService;
  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000', LOGIN_THROTTLE_LIMIT: '1000' });
    staff = await signIn(t.graphql, 'staff@example.org');
    imports = t.app.get(ImportService);
    // The owner companies the sample names, by SIREN and by slug.
    const companies = await imports.import(
      bufferSource('c.csv', readFileSync(join(DOCS, 'companies-sample.csv'))),
      { type: 'companies' },
    );
    expect(companies).toMatchObject({ created: 3, invalid: 0 });
  });
  afterAll(() => t.close());

  const count = async (where = 'true') =>
    Number((await t.sql(`SELECT count(*) AS n FROM project WHERE ${where}`))[0].n);

  async function upload(content: string, query = '') {
    const form = new FormData();
    form.append('file', new Blob([content]), 'projects.csv');
    const response = await fetch(`${t.baseUrl}/import/projects${query}`, {
      method: 'POST',
      body: form,
      headers: staff.headers,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  it('dry run: reports the bad rows by row and column, writes nothing', async () => {
    const before = await count();
    const { status, body } = await upload(sample(), '?dryRun=true');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      type: 'projects',
      dryRun: true,
      written: false,
      rows: 6,
      created: 4,
      invalid: 2,
    });
    expect(body.problems).toEqual([
      { row: 4, column: 'financing_secured', message: 'is more than the budget' },
      { row: 6, column: 'format', message: 'unknown project format "opéra"' },
    ]);
    expect(await count()).toBe(before);
  });

  it('imports the valid rows with their labels read, owned by the companies named, created by the staff account', async () => {
    const { body } = await upload(sample());
    expect(body).toMatchObject({ written: true, created: 4, invalid: 2 });
    const [dunes] = await t.sql(
      `SELECT p.*, c.slug AS owner, u.email AS creator FROM project p
         LEFT JOIN company c ON c.id = p.owner_company_id LEFT JOIN app_user u ON u.id = p.created_by_user_id
        WHERE p.slug = 'les-dunes'`,
    );
    expect(dunes).toMatchObject({
      title: 'Les Dunes',
      format: 'FEATURE_FILM',
      stage: 'DEVELOPMENT',
      genres: ['comédie', 'road movie'],
      budget_eur: 1_200_000,
      financing_secured_eur: 300_000,
      languages: ['fr', 'nl'],
      countries_sought: ['BE', 'NL'],
      roles_sought: ['MINORITY_COPRODUCER', 'DISTRIBUTOR'],
      owner: 'studio-nord',
      visibility: 'PUBLIC',
      creator: 'staff@example.org',
    });
    const rows = await t.sql(`SELECT slug, visibility FROM project ORDER BY slug`);
    expect(rows).toEqual(
      expect.arrayContaining([
        { slug: 'nuit-blanche-roubaix', visibility: 'MEMBERS' },
        { slug: 'l-ile-aux-phares', visibility: 'PRIVATE' },
      ]),
    );
  });

  it('the fixed file adds the two rows; a re-run changes nothing; upsert updates a changed cell', async () => {
    const second = await imports.import(bufferSource('p.csv', Buffer.from(fixed())), { type: 'projects' });
    expect(second).toMatchObject({ created: 2, unchanged: 4, updated: 0, invalid: 0 });
    expect(await count(`slug = 'carnets-du-nord' AND created_by_user_id IS NULL`)).toBe(1);

    const stamp = await t.sql('SELECT max(updated_at) AS at, count(*) AS n FROM project');
    const third = await imports.import(bufferSource('p.csv', Buffer.from(fixed())), { type: 'projects' });
    expect(third).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 6, invalid: 0 });
    expect(await t.sql('SELECT max(updated_at) AS at, count(*) AS n FROM project')).toEqual(stamp);

    const changed = fixed().replace(',développement,', ',financement,');
    const upsert = await imports.import(bufferSource('p.csv', Buffer.from(changed)), { type: 'projects' });
    expect(upsert).toMatchObject({ updated: 1, unchanged: 5, created: 0 });
    expect(await count(`slug = 'les-dunes' AND stage = 'FINANCING' AND budget_eur = 1200000`)).toBe(1);
  });

  it('a public imported project reaches search through the outbox; a private one does not', async () => {
    const search = async (q: string) =>
      (
        await t.graphql.request(
          'query ($q: String!) { search(input: { query: $q, types: [PROJECT] }) { hits { title } } }',
          { q },
        )
      ).data?.search.hits.map((hit: { title: string }) => hit.title) ?? [];
    await waitFor(async () => (await search('Dunes')).includes('Les Dunes'), 60_000);
    await waitFor(async () => (await search('Rivages')).includes('Rivages'), 60_000);
    expect(await search('phares')).not.toContain("L'Île aux phares");
  });

  it('exports projects in the import template, PRIVATE ones only with --include-private, and they import back', async () => {
    const exports = t.app.get(ExportService);
    const collect = async (includePrivate: boolean) => {
      let text = '';
      const out = new Writable({
        write(chunk, _encoding, done) {
          text += chunk;
          done();
        },
      });
      const n = await exports.export({ type: 'projects', format: 'csv', includePrivate }, out);
      return { n, text };
    };
    const open = await collect(false);
    expect(open.text.split('\n')[0]).toBe(
      'title,slug,logline,synopsis,format,genres,stage,budget,financing_secured,languages,countries_sought,' +
        'roles_sought,owner_company,visibility',
    );
    expect(open.text).not.toMatch(/phares/);
    const all = await collect(true);
    expect(all.n).toBe(open.n + 1);
    const back = await imports.import(bufferSource('export.csv', Buffer.from(all.text)), {
      type: 'projects',
    });
    expect(back).toMatchObject({ rows: all.n, unchanged: all.n, invalid: 0 });
  });
});
