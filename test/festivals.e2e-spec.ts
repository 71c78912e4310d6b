import { FESTIVALS } from '@crossroads/festivals';
import { startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

interface EditionNode {
  id: string;
  year: number;
  startsOn: string;
  endsOn: string;
  estimated: boolean;
  festival: { slug: string; kinds: string[] };
}

describe('festivals and the calendar', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp)));
  afterAll(() => t.close());

  const calendar = async (args: string): Promise<EditionNode[]> => {
    const response = await t.graphql.request(
      `{ festivalEditions(${args}) { totalCount edges { node {
          id year startsOn endsOn estimated festival { slug kinds } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.festivalEditions.edges.map((edge: { node: EditionNode }) => edge.node);
  };

  it('loads every reference festival and edition, with sources', async () => {
    const response = await t.graphql.request(
      `{ festivals(first: 100) { totalCount edges { node { slug sources editions { year sources estimated } } } } }`,
    );
    expect(response.data!.festivals.totalCount).toBe(FESTIVALS.length);
    const [edition] = await t.sql(`SELECT count(*)::int AS n FROM festival_edition`);
    expect(edition.n).toBe(FESTIVALS.reduce((sum, festival) => sum + festival.editions.length, 0));
    for (const { node } of response.data!.festivals.edges as {
      node: { sources: string[]; editions: { estimated: boolean; sources: string[] }[] };
    }[]) {
      expect(node.sources.length).toBeGreaterThan(0);
      for (const edition of node.editions)
        if (!edition.estimated) expect(edition.sources.length).toBeGreaterThan(0);
    }
  });

  it('reads Series Mania (Lille) with its forum and the estimated flag', async () => {
    const response = await t.graphql.request(
      `{ festival(slug: "series-mania") { name city country kinds editions { year startsOn endsOn marketName marketStartsOn estimated } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.festival).toMatchObject({ city: 'Lille', country: 'FR' });
    expect(response.data!.festival.editions).toContainEqual(
      expect.objectContaining({ year: 2026, startsOn: '2026-03-20', endsOn: '2026-03-27', estimated: false }),
    );
  });

  it('lists a window of the calendar in date order, filtered by kinds', async () => {
    const all = await calendar('from: "2026-01-01", to: "2026-12-31", first: 100');
    expect(all.length).toBeGreaterThan(5);
    const starts = all.map((edition) => edition.startsOn);
    expect(starts).toEqual([...starts].sort());
    for (const edition of all) {
      expect(edition.endsOn >= '2026-01-01').toBe(true);
      expect(edition.startsOn <= '2026-12-31').toBe(true);
    }
    const animation = await calendar('from: "2026-01-01", to: "2026-12-31", kinds: [ANIMATION], first: 100');
    expect(animation.map((edition) => edition.festival.slug)).toContain('annecy');
    for (const edition of animation) expect(edition.festival.kinds).toContain('ANIMATION');
  });

  it('keeps only editions that have not ended with upcoming', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const upcoming = await calendar('upcoming: true, first: 100');
    expect(upcoming.length).toBeGreaterThan(0);
    for (const edition of upcoming) expect(edition.endsOn >= today).toBe(true);
  });

  it('reads one edition by id, and brings the reference up to date without duplicates', async () => {
    const [{ id }] = await calendar('first: 1');
    const one = await t.graphql.request(
      `query ($id: ID!) { festivalEdition(id: $id) { id festival { name } } }`,
      {
        id,
      },
    );
    expect(one.data!.festivalEdition.id).toBe(id);
    const [before] = await t.sql(`SELECT count(*)::int AS n FROM festival_edition`);
    await t.app.get((await import('@crossroads/festivals')).FestivalsModule).onApplicationBootstrap();
    const [after] = await t.sql(`SELECT count(*)::int AS n FROM festival_edition`);
    expect(after.n).toBe(before.n);
  });

  // Every boot (the API's, each CLI command's) re-applies the reference: it used to touch every festival's
  // updated_at, so `cli reconcile` found the 22 festivals stale in search, every time.
  it('leaves updated_at alone when the reference brings no change', async () => {
    const versions = `SELECT (SELECT array_agg(updated_at ORDER BY id)::text FROM festival) AS festivals,
                             (SELECT array_agg(updated_at ORDER BY id)::text FROM festival_edition) AS editions`;
    await t.app.get((await import('@crossroads/festivals')).FestivalsModule).onApplicationBootstrap();
    const [before] = await t.sql(versions);
    await t.app.get((await import('@crossroads/festivals')).FestivalsModule).onApplicationBootstrap();
    expect((await t.sql(versions))[0]).toEqual(before);
  });

  it('keeps past editions as history and shows a past estimated edition as past, not as unpublished', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const response = await t.graphql.request(
      `{ festival(slug: "cartoon-forum") { editions { year startsOn endsOn estimated past note } } }`,
    );
    expect(response.errors).toBeUndefined();
    const editions: {
      year: number;
      endsOn: string;
      estimated: boolean;
      past: boolean;
      note: string | null;
    }[] = response.data!.festival.editions;
    expect(editions.map((edition) => edition.year)).toEqual(expect.arrayContaining([2024, 2026, 2027]));
    for (const edition of editions) expect(edition.past).toBe(edition.endsOn < today);
    const held = editions.find((edition) => edition.year === 2026)!;
    expect(held).toMatchObject({ estimated: true, past: true });
    expect(held.note).toMatch(/^held;/);
    // The history lists it, most recent first; the calendar of upcoming editions never does.
    const history = await calendar('past: true, first: 100');
    expect(history.length).toBeGreaterThan(0);
    for (const edition of history) expect(edition.endsOn < today).toBe(true);
    const starts = history.map((edition) => edition.startsOn);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(history.some((e) => e.festival.slug === 'cartoon-forum' && e.year === 2026)).toBe(true);
    const upcoming = await calendar('upcoming: true, first: 100');
    expect(
      upcoming.filter((edition) => edition.festival.slug === 'cartoon-forum').map((e) => e.year),
    ).not.toContain(2026);
  });

  it('replaces an estimate when the reference gives confirmed dates, and never drops history', async () => {
    // An older state of the reference: MIP London 2026 estimated with other dates.
    await t.sql(
      `UPDATE festival_edition SET estimated = true, starts_on = '2026-02-20', ends_on = '2026-02-22'
       WHERE year = 2026 AND festival_id = (SELECT id FROM festival WHERE slug = 'mip-london')`,
    );
    await t.app.get((await import('@crossroads/festivals')).FestivalsModule).onApplicationBootstrap();
    const [row] = await t.sql(
      `SELECT estimated, starts_on::text AS starts, ends_on::text AS ends FROM festival_edition
       WHERE year = 2026 AND festival_id = (SELECT id FROM festival WHERE slug = 'mip-london')`,
    );
    expect(row).toEqual({ estimated: false, starts: '2026-02-22', ends: '2026-02-24' });
    const [history] = await t.sql(
      `SELECT count(*)::int AS n FROM festival_edition
       WHERE year = 2024 AND festival_id = (SELECT id FROM festival WHERE slug = 'cartoon-forum')`,
    );
    expect(history.n).toBe(1);
  });

  it.each([
    ['{ festivalEditions(from: "2026-13-01") { totalCount } }', 'BAD_USER_INPUT'],
    ['{ festivalEditions(from: "2027-01-01", to: "2026-01-01") { totalCount } }', 'BAD_USER_INPUT'],
    ['{ festivalEditions(first: 101) { totalCount } }', 'BAD_USER_INPUT'],
    ['{ festivalEditions(upcoming: true, past: true) { totalCount } }', 'BAD_USER_INPUT'],
    ['{ festivalEdition(id: "nope") { id } }', 'BAD_USER_INPUT'],
    ['{ festivalEdition(id: "00000000-0000-4000-8000-000000000000") { id } }', 'NOT_FOUND'],
    ['{ festival(slug: "nowhere") { id } }', 'NOT_FOUND'],
    ['{ festivals(kinds: [NOPE]) { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('%s fails with %s', async (query, code) => {
    const response = await t.graphql.request(query);
    expect(response.errors?.[0].extensions?.code).toBe(code);
  });
});
