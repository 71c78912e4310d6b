import { DEMO_SEED, seedDemoDirectory } from '@crossroads/directory/demo';
import { startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { judgedSet, scoreJudgedSet, summarise, type JudgedScore } from './fixtures/judged-set';

const SEARCH = `query ($input: SearchInput!) { search(input: $input) { hits { slug } } }`;

/**
 * Relevance on everything the taxonomy knows (issue 16): every name of every craft, and a typo of each, searched
 * over the demo directory (scale 1, 6,500 people); the relevant hits are the people holding the craft.
 */
describe('judged set from the taxonomy, at demo scale', () => {
  let t: TestApp;
  let scores: JudgedScore[];

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000', OUTBOX_POLL_MS: '50' });
    await seedDemoDirectory(t.app.get(DataSource), { seed: DEMO_SEED, scale: 1 });
    const [{ expected }] = await t.sql(
      `SELECT count(*)::int AS expected FROM person WHERE consent_directory`,
    );
    const people = t.meili.index(`${t.config.SEARCH_INDEX_PREFIX}people`);
    await waitFor(
      async () => {
        const [{ n }] = await t.sql('SELECT count(*)::int AS n FROM search_outbox');
        return n === 0 && (await people.getStats()).numberOfDocuments === expected;
      },
      240_000,
      500,
    );
    await waitFor(async () => !(await people.getStats()).isIndexing, 60_000, 200);
    const rows = (await t.sql(
      `SELECT pc.craft_slug AS craft, p.slug FROM person_craft pc JOIN person p ON p.id = pc.person_id
        WHERE p.consent_directory`,
    )) as { craft: string; slug: string }[];
    const holders = new Map<string, Set<string>>();
    for (const { craft, slug } of rows) holders.set(craft, (holders.get(craft) ?? new Set()).add(slug));
    scores = await scoreJudgedSet(judgedSet(), holders, async (query) => {
      const response = await t.graphql.request(SEARCH, {
        input: { query, types: ['PERSON'], first: 10 },
      });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return (response.data!.search.hits as { slug: string }[]).map((hit) => hit.slug);
    });
  }, 600_000);
  afterAll(() => t.close());

  it('scores thousands of queries, every form of name among them', () => {
    expect(scores.length).toBeGreaterThan(1500);
    const forms = new Set(scores.map((s) => s.query.form));
    expect([...forms].sort()).toEqual([
      'en',
      'fr-feminine',
      'fr-inclusive',
      'fr-masculine',
      'synonym',
      'typo',
    ]);
  });

  it('reaches a mean precision@10 of 0.95 at least', () => {
    const summary = summarise(scores);
    process.stdout.write(`judged set: ${JSON.stringify(summary)}\n`);
    const all = summary.find((s) => s.form === 'all')!;
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves no query under 0.8', () => {
    const under = scores
      .filter((s) => s.precision < 0.8)
      .map((s) => `${s.query.form} "${s.query.query}" (${s.query.craft}): ${s.precision.toFixed(2)}`);
    expect(under).toEqual([]);
  });
});
