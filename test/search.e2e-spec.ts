import { GraphQLClient, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

const SEARCH = `query ($input: SearchInput!) { search(input: $input) {
  totalHits processingTimeMs pageInfo { hasNextPage endCursor }
  hits { type id title subtitle slug score highlight node { __typename ... on Site { name } } } } }`;

describe('search (federated, through the outbox)', () => {
  let t: TestApp;
  const search = (input: Record<string, unknown>) => t.graphql.request(SEARCH, { input });

  beforeAll(async () => {
    t = await startTestApp(createApp);
    await waitFor(async () => (await search({ query: '', types: ['SITE'] })).data?.search.totalHits === 3);
  });
  afterAll(() => t.close());

  it('is typo-tolerant: "serre numerik" finds Serre Numérique first', async () => {
    const response = await search({ query: 'serre numerik' });
    const [top] = response.data!.search.hits;
    expect(top).toMatchObject({ type: 'SITE', title: 'Serre Numérique', slug: 'serre-numerique' });
    expect(top.score).toBeGreaterThan(0);
    expect(top.highlight).toContain('<mark>');
    expect(top.node).toEqual({ __typename: 'Site', name: 'Serre Numérique' });
    // Meilisearch's own timing, passed through as a whole number of milliseconds (0 on a quick answer).
    const { processingTimeMs } = response.data!.search;
    expect(Number.isInteger(processingTimeMs)).toBe(true);
    expect(processingTimeMs).toBeLessThan(5_000);
  });

  it.each([
    ['plaine image', 'plaine-images'],
    ['wallers', 'arenberg-creative-mine'],
    ['arenberg', 'arenberg-creative-mine'],
    ['VALENCIENNES', 'serre-numerique'],
  ])('"%s" finds %s', async (query, slug) => {
    const response = await search({ query, types: ['SITE'] });
    expect(response.data!.search.hits[0].slug).toBe(slug);
  });

  it('restricts to the requested types', async () => {
    const response = await search({ query: '', types: ['PERSON'] });
    expect(response.data!.search).toMatchObject({ totalHits: 0, hits: [] });
  });

  it('pages through the hits', async () => {
    const first = await search({ query: '', first: 2, types: ['SITE'] });
    expect(first.data!.search.hits).toHaveLength(2);
    expect(first.data!.search.pageInfo.hasNextPage).toBe(true);
    const second = await search({
      query: '',
      first: 2,
      types: ['SITE'],
      after: first.data!.search.pageInfo.endCursor,
    });
    expect(second.data!.search.hits).toHaveLength(1);
    const slugs = [...first.data!.search.hits, ...second.data!.search.hits].map(
      (hit: { slug: string }) => hit.slug,
    );
    expect(new Set(slugs).size).toBe(3);
  });

  it.each([[{ query: 'x'.repeat(201) }], [{ first: 0 }], [{ first: 1000 }], [{ after: 'forged' }]])(
    'refuses %j with BAD_USER_INPUT',
    async (input) => {
      expect(GraphQLClient.codes(await search(input))).toEqual(['BAD_USER_INPUT']);
    },
  );

  it('refuses an unknown type as a validation error', async () => {
    expect(GraphQLClient.codes(await search({ types: ['ALIEN'] }))).toEqual(['BAD_USER_INPUT']);
  });
});
