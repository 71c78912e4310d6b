import { GraphQLClient, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

describe('sites (GraphQL over HTTP)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp)));
  afterAll(() => t.close());

  it('lists the three flagship sites with totalCount', async () => {
    const response = await t.graphql.request(
      `{ sites { totalCount edges { cursor node { slug name city } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.sites.totalCount).toBe(3);
    expect(response.data!.sites.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual([
      'Arenberg Creative Mine',
      'Plaine Images',
      'Serre Numérique',
    ]);
  });

  it('pages with first/after and reports hasNextPage', async () => {
    const query = `query ($after: String) { sites(first: 2, after: $after) {
      edges { node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const first = await t.graphql.request(query);
    expect(first.data!.sites.edges).toHaveLength(2);
    expect(first.data!.sites.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await t.graphql.request(query, { after: first.data!.sites.pageInfo.endCursor });
    expect(second.data!.sites.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual([
      'serre-numerique',
    ]);
    expect(second.data!.sites.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('reads one site by slug, with its sources and unverified flags', async () => {
    const response = await t.graphql.request(
      `{ site(slug: "arenberg-creative-mine") { name city postcode address addressVerified lat lng coordinatesApproximate coordinatesSource figuresYear facilities sources } }`,
    );
    expect(response.data!.site).toMatchObject({
      name: 'Arenberg Creative Mine',
      city: 'Wallers',
      address: 'Rue Michel Rondet, 59135 Wallers',
      addressVerified: true,
      // The pit's own point, sourced, not the commune centre (50.38, 3.39).
      lat: 50.384853,
      lng: 3.425181,
      coordinatesApproximate: false,
      coordinatesSource: expect.stringMatching(/^https:\/\//),
    });
    expect(response.data!.site.sources.length).toBeGreaterThan(0);
    const plaine = await t.graphql.request(
      `{ site(slug: "plaine-images") { address addressVerified coordinatesApproximate coordinatesSource figuresYear lat lng schools(first: 10) { slug } } }`,
    );
    expect(plaine.errors).toBeUndefined();
    expect(plaine.data!.site).toMatchObject({
      address: expect.stringContaining('boulevard Constantin Descat'),
      addressVerified: false,
      coordinatesApproximate: true,
      coordinatesSource: null,
      figuresYear: 2021,
    });
    // Not the Tourcoing commune value any more.
    expect([plaine.data!.site.lat, plaine.data!.site.lng]).not.toEqual([50.72, 3.16]);
    const schools = plaine.data!.site.schools.map((school: { slug: string }) => school.slug);
    expect(schools).toEqual(expect.arrayContaining(['artfx', 'piktura', 'le-fresnoy']));
  });

  it("shows ARTFX's RNCP registration as ended, and the schools the check added", async () => {
    const artfx = await t.graphql.request(
      `{ school(slug: "artfx") { site { slug } programmes { rncp rncpValidUntil rncpExpired } } }`,
    );
    expect(artfx.errors).toBeUndefined();
    expect(artfx.data!.school.site.slug).toBe('plaine-images');
    expect(artfx.data!.school.programmes).toEqual([
      { rncp: 'RNCP34932', rncpValidUntil: '2025-09-14', rncpExpired: true },
    ]);
    for (const slug of ['esa-dunkerque-tourcoing', 'esad-valenciennes', '3-axes-institut', 'piktura']) {
      const school = await t.graphql.request(
        `query ($slug: String!) { school(slug: $slug) { slug verified } }`,
        {
          slug,
        },
      );
      expect(school.errors).toBeUndefined();
    }
    const esaat = await t.graphql.request(`{ school(slug: "esaat") { programmes { title discipline } } }`);
    expect(esaat.data!.school.programmes).toContainEqual({
      title: "DN MADe Cinéma d'animation",
      discipline: 'animation',
    });
  });

  it.each([
    ['{ site(slug: "nowhere") { name } }', 'NOT_FOUND'],
    ['{ site(slug: "Bad Slug!") { name } }', 'BAD_USER_INPUT'],
    ['{ site { name } }', 'BAD_USER_INPUT'],
    ['{ site(id: "not-a-uuid") { name } }', 'BAD_USER_INPUT'],
    ['{ sites(first: 0) { totalCount } }', 'BAD_USER_INPUT'],
    ['{ sites(first: 101) { totalCount } }', 'BAD_USER_INPUT'],
    ['{ sites(after: "forged") { totalCount } }', 'BAD_USER_INPUT'],
  ])('%s fails with %s', async (query, code) => {
    const response = await t.graphql.request(query);
    expect(GraphQLClient.codes(response)).toEqual([code]);
  });
});
