import { seedDemoCoproduction } from '@crossroads/coproduction/demo';
import { DEMO_SEED, seedDemoDirectory } from '@crossroads/directory/demo';
import { signIn, startTestApp, TestApp } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';

describe('demo directory seed', () => {
  let t: TestApp;
  // The relay is off: this file checks what is written, not how fast it is indexed.
  beforeAll(async () => (t = await startTestApp(createApp, { OUTBOX_RELAY: 'false' })));
  afterAll(() => t.close());

  it('writes about 3,000 professionals, 3,500 students over 60 programmes and 400 companies, flagged demo', async () => {
    const result = await seedDemoDirectory(t.app.get(DataSource), { seed: DEMO_SEED, scale: 1 });
    expect(result).toMatchObject({ companies: 400, people: 6500, students: 3500 });
    const [counts] = await t.sql(`
      SELECT (SELECT count(*)::int FROM person WHERE is_demo) AS people,
             (SELECT count(*)::int FROM person WHERE 'STUDENT' = ANY(kinds)) AS students,
             (SELECT count(DISTINCT programme_id)::int FROM person WHERE 'STUDENT' = ANY(kinds)) AS programmes,
             (SELECT count(*)::int FROM company WHERE is_demo AND country <> 'FR') AS foreign_companies,
             (SELECT count(*)::int FROM company WHERE is_demo AND country = 'BE') AS belgian,
             (SELECT count(*)::int FROM search_outbox WHERE document_type = 'person') AS queued`);
    expect(counts).toMatchObject({ people: 6500, students: 3500, programmes: 60, queued: 6500 });
    expect(counts.foreign_companies).toBeGreaterThanOrEqual(80);
    expect(counts.belgian).toBeGreaterThanOrEqual(30);
  });

  it('is deterministic and runs once: a second seed inserts nothing', async () => {
    expect(await seedDemoDirectory(t.app.get(DataSource), { seed: DEMO_SEED, scale: 1 })).toMatchObject({
      people: 0,
    });
    const [{ slug }] = await t.sql(`SELECT slug FROM person WHERE is_demo ORDER BY created_at, slug LIMIT 1`);
    expect(typeof slug).toBe('string');
  });

  it('has answers for the producer: English-speaking DoPs near Tourcoing free all of next month', async () => {
    const [{ n }] = await t.sql(`
      SELECT count(DISTINCT p.id)::int AS n FROM person p
        JOIN person_craft pc ON pc.person_id = p.id AND pc.craft_slug = 'director-of-photography'
        JOIN person_language l ON l.person_id = p.id AND l.language = 'en' AND l.level IN ('FLUENT', 'PROFESSIONAL')
        JOIN availability a ON a.person_id = p.id
       WHERE p.consent_directory
         AND a.starts_on <= date_trunc('month', now() + interval '1 month')::date
         AND a.ends_on >= (date_trunc('month', now() + interval '2 month') - interval '1 day')::date
         AND 6371 * 2 * asin(sqrt(power(sin(radians(p.lat - 50.72) / 2), 2)
             + cos(radians(50.72)) * cos(radians(p.lat)) * power(sin(radians(p.lng - 3.16) / 2), 2))) <= 30`);
    expect(n).toBeGreaterThanOrEqual(8);
  });

  it('seeds about 150 projects across all formats and the foreign partners’ profiles, once', async () => {
    const result = await seedDemoCoproduction(t.app.get(DataSource), { seed: DEMO_SEED });
    expect(result.projects).toBe(150);
    const [counts] = await t.sql(`
      SELECT (SELECT count(DISTINCT format)::int FROM project WHERE is_demo) AS formats,
             (SELECT count(*)::int FROM company c WHERE c.is_demo AND c.country <> 'FR'
                AND NOT EXISTS (SELECT 1 FROM coproduction_profile p WHERE p.company_id = c.id)) AS unprofiled,
             (SELECT count(*)::int FROM project WHERE financing_secured_eur > budget_eur) AS overfinanced,
             (SELECT count(*)::int FROM search_outbox WHERE document_type = 'project') AS queued`);
    expect(counts).toMatchObject({ formats: 10, unprofiled: 0, overfinanced: 0, queued: 150 });
    // Profiles name their region or community: French demo companies are in Hauts-de-France, Belgian ones in
    // Brussels (French Community), Wallonia or Flanders.
    const regions = await t.sql(`
      SELECT c.country, p.subdivision, count(*)::int AS n FROM coproduction_profile p
        JOIN company c ON c.id = p.company_id WHERE p.is_demo AND c.country IN ('FR', 'BE')
       GROUP BY 1, 2 ORDER BY 1, 2`);
    for (const row of regions) {
      if (row.country === 'FR') expect(row.subdivision).toBe('FR-HDF');
      else expect(['BE-FWB', 'BE-WAL', 'BE-VLG']).toContain(row.subdivision);
    }
    expect(regions.filter((row) => row.country === 'BE').length).toBeGreaterThan(1);
    expect(await seedDemoCoproduction(t.app.get(DataSource), { seed: DEMO_SEED })).toEqual({
      projects: 0,
      profiles: 0,
    });
  });

  it('gives a producer with an animated series in financing a ranked list of partners for Annecy', async () => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const [series] = await t.sql(
      `SELECT id FROM project WHERE is_demo AND format = 'ANIMATED_SERIES' ORDER BY budget_eur DESC, id LIMIT 1`,
    );
    const [annecy] = await t.sql(
      `SELECT e.id FROM festival_edition e JOIN festival f ON f.id = e.festival_id
        WHERE f.slug = 'annecy' AND e.ends_on >= current_date ORDER BY e.starts_on LIMIT 1`,
    );
    await t.sql(`UPDATE project SET stage = 'FINANCING' WHERE id = $1`, [series.id]);
    const response = await t.graphql.request(
      `query ($p: ID!, $e: ID) { partnerMatches(projectId: $p, editionId: $e, first: 20) {
         score company { name country } reasons { criterion points code text } } }`,
      { p: series.id, e: annecy.id },
      staff.headers,
    );
    expect(response.errors).toBeUndefined();
    const matches = response.data!.partnerMatches as {
      score: number;
      reasons: { criterion: string; points: number; code: string; text: string }[];
    }[];
    expect(matches).toHaveLength(20);
    const scores = matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(60);
    const attending = matches.filter((m) =>
      m.reasons.some((r) => r.criterion === 'ATTENDANCE' && r.points > 0),
    );
    expect(attending.length).toBeGreaterThan(5);
    for (const m of matches) for (const r of m.reasons) expect(r.text).not.toBe(r.code);
  });
});
