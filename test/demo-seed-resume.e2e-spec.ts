import { seedDemo } from '@crossroads/coproduction/demo';
import { DEMO_SEED, seedDemoDirectory } from '@crossroads/directory/demo';
import { startTestApp, TestApp } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { PERSONA_IDS, seedDemoPersonas } from '../libs/delegations/src/demo';

/** Every non-demo row of the tables the demo seeders write, as one fingerprint. */
const NON_DEMO = `
  SELECT md5(coalesce((SELECT string_agg(p::text, ',' ORDER BY p.id) FROM person p WHERE NOT p.is_demo), '')
    || coalesce((SELECT string_agg(c::text, ',' ORDER BY c.id) FROM company c WHERE NOT c.is_demo), '')
    || coalesce((SELECT string_agg(g::text, ',' ORDER BY g.id) FROM programme g WHERE NOT g.is_demo), '')
    || coalesce((SELECT string_agg(s::text, ',' ORDER BY s.id) FROM school s), '')) AS fingerprint`;

/**
 * `npm start` seeds the demo data on a first start; the directory's people commit in batches, so a Ctrl-C during
 * that seed used to leave a partial directory that the next start, finding demo rows, never finished.
 */
describe('demo seed interrupted, then started again', () => {
  let t: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    t = await startTestApp(createApp, { OUTBOX_RELAY: 'false' });
    dataSource = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('the next start finishes the demo, as complete as an uninterrupted one, without touching other rows', async () => {
    await t.sql(
      `INSERT INTO company (slug, name, country, city) VALUES ('vraie-societe', 'Vraie Société', 'FR', 'Lille')`,
    );
    const [before] = await t.sql(NON_DEMO);

    // The first start stops after two batches of people (as a Ctrl-C closing PostgreSQL's connection would).
    let batches = 0;
    const interrupted = seedDemoDirectory(dataSource, {
      seed: DEMO_SEED,
      batchSize: 500,
      onProgress: (done) => {
        if (done > 0 && ++batches === 2) throw new Error('interrupted');
      },
    });
    await expect(interrupted).rejects.toThrow('interrupted');
    const [partial] = await t.sql(`SELECT count(*)::int AS people FROM person WHERE is_demo`);
    expect(partial.people).toBe(1000);

    // The next start: what apps/api/src/main.ts seeds, in its order.
    const { directory, coproduction } = await seedDemo(dataSource);
    expect(directory).toMatchObject({ people: 5500, companies: 0 });
    expect(coproduction.projects).toBe(150);
    expect(await seedDemoPersonas(dataSource, 'crossroads-demo')).toEqual({ accounts: 4 });

    const [counts] = await t.sql(
      `SELECT (SELECT count(*)::int FROM person WHERE is_demo AND id <> ALL($1)) AS people,
              (SELECT count(DISTINCT slug)::int FROM person WHERE is_demo AND id <> ALL($1)) AS slugs,
              (SELECT count(*)::int FROM person WHERE is_demo AND 'STUDENT' = ANY(kinds)) AS students,
              (SELECT count(*)::int FROM company WHERE is_demo AND id <> ALL($2)) AS companies,
              (SELECT count(*)::int FROM programme WHERE is_demo) AS demo_programmes,
              (SELECT count(DISTINCT document_id)::int FROM search_outbox WHERE document_type = 'person') AS queued,
              (SELECT completed_at IS NOT NULL FROM demo_seed WHERE part = 'directory') AS complete`,
      [
        [PERSONA_IDS.producer, PERSONA_IDS.writer, PERSONA_IDS.partner, PERSONA_IDS.technician],
        [PERSONA_IDS.producerCompany, PERSONA_IDS.partnerCompany],
      ],
    );
    // The numbers of an uninterrupted seed (demo-seed.e2e-spec.ts).
    expect(counts).toMatchObject({
      people: 6500,
      slugs: 6500,
      students: 3500,
      companies: 400,
      complete: true,
    });
    expect(counts.queued).toBe(6504);
    const [after] = await t.sql(NON_DEMO);
    expect(after.fingerprint).toBe(before.fingerprint);

    // A start after that writes nothing.
    expect(await seedDemo(dataSource)).toEqual({
      directory: { companies: 0, people: 0, students: 0, programmes: 0 },
      coproduction: { projects: 0, profiles: 0 },
    });
  });
});
