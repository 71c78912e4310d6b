import { GraphQLClient, signIn, TestApp, waitFor } from '@crossroads/testing';
import { personIndex } from '../libs/search/src/indexes/person.index';
import { DATED_CATCH_UP_DAYS } from '../libs/search/src/relay/outbox-relay.service';
import { startRelevanceDirectoryApp } from './support/relevance-directory-app';

// What users type into the directory search and what an anonymous caller may try against `search` and `suggest`,
// on the fixed directory of the relevance suite (test/fixtures/relevance-directory.ts).

const SEARCH = `query ($input: SearchInput!) { search(input: $input) {
  totalHits pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  facets { name values { value count } }
  hits { type slug title highlight } } }`;
const SUGGEST = `query ($prefix: String!, $types: [SearchType!]) { suggest(prefix: $prefix, types: $types) { type slug } }`;

type Result = {
  totalHits: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  facets: { name: string; values: { value: string; count: number }[] }[];
  hits: { type: string; slug: string; title: string; highlight: string | null }[];
};

const cursor = (text: string) => Buffer.from(text).toString('base64url');
const DOPS = ['camille-vandewalle', 'julien-delattre', 'sarah-lemaire', 'thomas-boulanger'];

describe('search as users type it, and as an attacker sends it', () => {
  let t: TestApp;
  const search = async (input: Record<string, unknown>) =>
    (await t.graphql.ok(SEARCH, { input })).search as Result;
  const slugs = async (input: Record<string, unknown>) => (await search(input)).hits.map((hit) => hit.slug);
  const suggest = async (prefix: string, types?: string[]) =>
    ((await t.graphql.ok(SUGGEST, { prefix, types })).suggest as { slug: string }[]).map((hit) => hit.slug);

  beforeAll(async () => {
    t = await startRelevanceDirectoryApp();
  }, 90_000);
  afterAll(() => t.close());

  describe('quotes and minus signs are text, not engine syntax', () => {
    it('a quote opened while typing ("chef opérateur) still finds the directors of photography', async () => {
      // Was 0 hits: the people rewrite appended its glued title inside the unclosed phrase.
      expect((await slugs({ query: '"chef opérateur', types: ['PERSON'] })).slice(0, 4).sort()).toEqual(DOPS);
      expect((await slugs({ query: '« chef opérateur »', types: ['PERSON'] })).slice(0, 4).sort()).toEqual(
        DOPS,
      );
    });

    it('a minus before a word does not exclude the people asked for', async () => {
      // Was the boom operator alone ("chef" excluded) and no hit at all (Inès lives in Lille).
      expect((await slugs({ query: '-chef opérateur', types: ['PERSON'] })).slice(0, 4).sort()).toEqual(DOPS);
      expect((await slugs({ query: 'monteuse -lille', types: ['PERSON'] }))[0]).toBe('ines-carpentier');
      expect((await suggest('-monteuse', ['PERSON']))[0]).toBe('ines-carpentier');
    });

    it('keeps a hyphen inside a word: chef-opérateur', async () => {
      expect((await slugs({ query: 'chef-opérateur', types: ['PERSON'] })).slice(0, 4).sort()).toEqual(DOPS);
    });
  });

  describe('paging with forged or replayed cursors', () => {
    const people = { query: '', types: ['PERSON'], first: 2 };

    it.each(['o:', 'o:-0', 'o: 2', 'o:0x2', 'o:2.0', 'o:1e1', 'o:02'])(
      'refuses the forged cursor %j with BAD_USER_INPUT and a clear message',
      async (text) => {
        // Were read as offsets (o: and o:-0 as the second page, o:0x2 as the fourth hit…).
        const response = await t.graphql.request(SEARCH, { input: { ...people, after: cursor(text) } });
        expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors![0].message).toBe('Invalid cursor');
        expect(response.data).toBeNull();
      },
    );

    it('a replayed cursor gives the same page, which is the slice of one longer page', async () => {
      const all = await slugs({ ...people, first: 6 });
      const first = await search(people);
      const again = await search({ ...people, after: first.pageInfo.endCursor });
      const replayed = await search({ ...people, after: first.pageInfo.endCursor });
      expect(again.hits.map((hit) => hit.slug)).toEqual(all.slice(2, 4));
      expect(replayed).toEqual(again);
    });

    it('a cursor past the end gives an empty page that says there is one before', async () => {
      const far = await search({ ...people, after: cursor('o:5000') });
      expect(far.hits).toEqual([]);
      expect(far.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: true,
        startCursor: null,
        endCursor: null,
      });
    });
  });

  describe('availability windows at the horizon of what documents hold (550 days ahead)', () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    let far: { id: string; slug: string };

    beforeAll(async () => {
      const staff = await signIn(t.graphql, 'staff@example.org');
      const { createPerson } = await t.graphql.ok(
        `mutation ($input: PersonInput!) { createPerson(input: $input) { id slug } }`,
        {
          input: {
            firstName: 'Horizon',
            lastName: 'Lointain',
            crafts: ['gaffer'],
            city: 'Lille',
            availability: [{ startsOn: day(540), endsOn: day(600) }],
          },
        },
        staff.headers,
      );
      far = createPerson as { id: string; slug: string };
      await waitFor(async () => (await slugs({ query: 'Horizon Lointain' })).includes(far.slug), 30_000, 100);
    });

    it('finds a person free up to the horizon', async () => {
      expect(await slugs({ availableFrom: day(541), availableTo: day(550), types: ['PERSON'] })).toEqual([
        far.slug,
      ]);
    });

    it('refuses a window ending past it, saying so, rather than answering that nobody is free', async () => {
      // Was 0 hits: the documents hold no day past the horizon, though she is free then.
      const response = await t.graphql.request(SEARCH, {
        input: { availableFrom: day(549), availableTo: day(551) },
      });
      expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toBe('availableTo: availability is known up to 550 days ahead');
    });

    it("the relay's daily pass rebuilds the documents of people free on the days the horizon reaches", async () => {
      // A document built on one day holds free days to that day + 550: unedited, it would fall behind the horizon.
      const changed = (await t.sql(personIndex.changedByDate!(DATED_CATCH_UP_DAYS))) as { id: string }[];
      const ids = changed.map((row) => row.id);
      expect(ids).toContain(far.id);
      // People free well inside the horizon (March 2027) are not rebuilt for it.
      const [camille] = await t.sql(`SELECT id FROM person WHERE slug = 'camille-vandewalle'`);
      expect(ids).not.toContain(camille.id);
    });
  });
});
