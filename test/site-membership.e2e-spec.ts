import { DEMO_SEED, seedDemoDirectory } from '@crossroads/directory/demo';
import { signIn, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';

const SEARCH = `query ($input: SearchInput!) { search(input: $input) {
  totalHits facets { name values { value count } } hits { slug } } }`;
const SITE = `query ($slug: String!) { site(slug: $slug) {
  people: peopleCount students: peopleCount(kinds: [STUDENT]) schools { slug } } }`;

type Result = { totalHits: number; facets: { name: string; values: { value: string; count: number }[] }[] };

/** People belong to a site through their own site, their school or programme, and their current company. */
describe('people on their sites: search, facets and the site page agree', () => {
  let t: TestApp;
  const search = async (input: Record<string, unknown>): Promise<Result> =>
    (await t.graphql.ok(SEARCH, { input })).search as Result;
  const site = async (slug: string) =>
    (await t.graphql.ok(SITE, { slug })).site as {
      people: number;
      students: number;
      schools: { slug: string }[];
    };
  const facet = (result: Result, value: string) =>
    result.facets.find((f) => f.name === 'sites')?.values.find((v) => v.value === value)?.count ?? 0;
  const drained = () =>
    waitFor(
      async () => (await t.sql('SELECT count(*)::int AS n FROM search_outbox'))[0].n === 0,
      120_000,
      200,
    );

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000', LOGIN_THROTTLE_LIMIT: '1000' });
    await seedDemoDirectory(t.app.get(DataSource), { seed: DEMO_SEED, scale: 1 });
    await drained();
  }, 240_000);
  afterAll(() => t.close());

  it('finds the students of ARTFX under Plaine Images, and facet counts equal the site page', async () => {
    const plaine = await site('plaine-images');
    expect(plaine.schools.map((s) => s.slug)).toContain('artfx');
    const [{ n: artfx }] = await t.sql(
      `SELECT count(*)::int AS n FROM person p JOIN school s ON s.id = p.school_id
        WHERE s.slug = 'artfx' AND 'STUDENT' = ANY(p.kinds) AND p.consent_directory`,
    );
    expect(artfx).toBeGreaterThan(0);
    const students = await search({ kinds: ['STUDENT'], sites: ['plaine-images'], types: ['PERSON'] });
    expect(students.totalHits).toBeGreaterThanOrEqual(artfx as number);
    expect(students.totalHits).toBe(plaine.students);
    for (const slug of ['plaine-images', 'serre-numerique', 'arenberg-creative-mine']) {
      const page = await site(slug);
      const everyone = await search({ types: ['PERSON'], first: 1 });
      const studentsOnly = await search({ types: ['PERSON'], kinds: ['STUDENT'], first: 1 });
      expect([slug, facet(everyone, slug)]).toEqual([slug, page.people]);
      expect([slug, facet(studentsOnly, slug)]).toEqual([slug, page.students]);
      expect([slug, (await search({ types: ['PERSON'], sites: [slug], first: 1 })).totalHits]).toEqual([
        slug,
        page.people,
      ]);
    }
    expect((await site('serre-numerique')).students).toBeGreaterThan(0);
  });

  it('counts a current company member on the company site, not a former one, and follows a moving school', async () => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const [company] = await t.sql(
      `SELECT c.id FROM company c JOIN site s ON s.id = c.site_id WHERE s.slug = 'arenberg-creative-mine' LIMIT 1`,
    );
    const before = await site('arenberg-creative-mine');
    const create = (lastName: string, endsOn: string | null) =>
      t.graphql.request(
        `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`,
        {
          input: {
            // A first name no demo person has: the search below must count these two people only.
            firstName: 'Zéphyrine',
            lastName,
            kinds: ['TECHNICIAN'],
            crafts: ['editor'],
            affiliations: [
              { companyId: company.id, role: 'Monteuse', startsOn: '2020-01-01', ...(endsOn && { endsOn }) },
            ],
          },
        },
        staff.headers,
      );
    for (const response of [await create('Courante', null), await create('Ancienne', '2021-01-01')])
      expect(response.errors).toBeUndefined();
    await drained();
    expect((await site('arenberg-creative-mine')).people).toBe(before.people + 1);
    const hits = await search({ types: ['PERSON'], sites: ['arenberg-creative-mine'], query: 'Zéphyrine' });
    expect(hits.totalHits).toBe(1);

    // Rubika moves (a correction of its site): its students' documents follow through the outbox.
    const [rubika] = await t.sql(`SELECT id FROM school WHERE slug = 'rubika'`);
    const moved = await t.graphql.request(
      `mutation ($id: ID!, $input: SchoolInput!) { updateSchool(id: $id, input: $input) { id } }`,
      { id: rubika.id, input: { site: 'arenberg-creative-mine' } },
      staff.headers,
    );
    expect(moved.errors).toBeUndefined();
    await drained();
    const after = await site('arenberg-creative-mine');
    const studentsOnly = await search({ types: ['PERSON'], kinds: ['STUDENT'], first: 1 });
    expect(after.students).toBeGreaterThan(before.students);
    expect(facet(studentsOnly, 'arenberg-creative-mine')).toBe(after.students);
  });

  it('never passes demo for real: demo students are counted apart, and hits and nodes carry isDemo', async () => {
    const school = (
      await t.graphql.request(`{ school(slug: "artfx") { isDemo studentCount demoStudentCount
        programmes { isDemo studentCount demoStudentCount } } }`)
    ).data!.school;
    const [sql] = await t.sql(`SELECT count(*) FILTER (WHERE p.is_demo)::int AS demo,
        count(*) FILTER (WHERE NOT p.is_demo)::int AS real
        FROM person p JOIN school s ON s.id = p.school_id WHERE s.slug = 'artfx' AND p.consent_directory`);
    expect(school.isDemo).toBe(false);
    expect(school.demoStudentCount).toBe(sql.demo);
    expect(school.demoStudentCount).toBeGreaterThan(0);
    expect(school.studentCount - school.demoStudentCount).toBe(sql.real);
    for (const programme of school.programmes.filter((p: { isDemo: boolean }) => p.isDemo))
      expect(programme.demoStudentCount).toBe(programme.studentCount);

    const page = (
      await t.graphql.request(
        `{ site(slug: "plaine-images") { isDemo peopleCount demoPeopleCount companies { isDemo } } }`,
      )
    ).data!.site;
    expect(page.isDemo).toBe(false);
    expect(page.demoPeopleCount).toBeGreaterThan(0);
    expect(page.demoPeopleCount).toBeLessThanOrEqual(page.peopleCount);

    const hits = (
      await t.graphql.request(
        `query ($input: SearchInput!) { search(input: $input) { hits { type isDemo node {
          ... on Person { isDemo } ... on Site { isDemo } ... on School { isDemo } ... on Company { isDemo } } } } }`,
        { input: { kinds: ['STUDENT'], sites: ['plaine-images'], first: 20 } },
      )
    ).data!.search.hits as { isDemo: boolean; node: { isDemo: boolean } }[];
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.isDemo).toBe(hit.node.isDemo);
    expect(hits.some((hit) => hit.isDemo)).toBe(true);
  });
});
