import { GraphQLClient, signIn, TestApp, waitFor } from '@crossroads/testing';
import type { Meilisearch, MultiSearchParams } from 'meilisearch';
import { SearchIndexes } from '../libs/search/src/indexes/search-indexes';
import { personIndex } from '../libs/search/src/indexes/person.index';
import { MEILI_CLIENT, MEILI_SEARCH_CLIENT, TASK_WAIT } from '../libs/search/src/meili/meili.client';
import { waitForTask } from '../libs/search/src/meili/wait-for-task';
import { OutboxRelay } from '../libs/search/src/relay/outbox-relay.service';
import { RELEVANCE_CASES } from './fixtures/relevance-directory';
import { startRelevanceDirectoryApp } from './support/relevance-directory-app';

const SEARCH = `query ($input: SearchInput!) { search(input: $input) {
  totalHits processingTimeMs pageInfo { hasNextPage endCursor }
  facets { name values { value count } }
  hits { type slug title subtitle score highlight distanceKm lat lng node { __typename ... on Person { name email } } } } }`;

type Hit = {
  type: string;
  slug: string;
  distanceKm: number | null;
  lat: number | null;
  lng: number | null;
  highlight: string | null;
};

describe('search over the directory', () => {
  let t: TestApp;
  const search = async (input: Record<string, unknown>) => {
    return (await t.graphql.ok(SEARCH, { input })).search as {
      totalHits: number;
      hits: Hit[];
      facets: { name: string; values: { value: string; count: number }[] }[];
    };
  };

  beforeAll(async () => {
    t = await startRelevanceDirectoryApp();
  }, 90_000);
  afterAll(() => t.close());

  describe('relevance suite', () => {
    it.each(RELEVANCE_CASES.map((c) => [JSON.stringify(c.input), c] as const))(
      '%s',
      async (_name, relevance) => {
        const { hits } = await search({ first: 20, ...relevance.input });
        const top = hits.slice(0, relevance.within ?? 3).map((hit) => hit.slug);
        expect(top).toEqual(expect.arrayContaining(relevance.expect));
        for (const slug of relevance.absent ?? []) expect(hits.map((hit) => hit.slug)).not.toContain(slug);
      },
    );

    it('has at least 40 cases', () => expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40));
  });

  it('answers the producer: an English-speaking chef opérateur free next March within 30 km of Tourcoing', async () => {
    const result = await search({
      query: 'chef opérateur',
      languages: ['en'],
      near: { lat: 50.72, lng: 3.16, radiusKm: 30 },
      availableFrom: '2027-03-01',
      availableTo: '2027-03-31',
    });
    expect(result.hits.map((hit) => hit.slug)).toEqual(['camille-vandewalle']);
    expect(result.hits[0].distanceKm).toBe(0);
    // The indexed point, for the results' map: within a few metres of the search's centre.
    expect(result.hits[0].lat).toBeCloseTo(50.72, 2);
    expect(result.hits[0].lng).toBeCloseTo(3.16, 2);
    expect(result.hits[0].highlight).toMatch(/<mark>/);
  });

  it('sorts by distance with near, and reports it', async () => {
    const { hits } = await search({
      types: ['PERSON'],
      near: { lat: 50.72, lng: 3.16, radiusKm: 40 },
      first: 50,
    });
    const distances = hits.map((hit) => hit.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(40);
  });

  it('asks Meilisearch for facets only when they are selected, and only for the indexes searched', async () => {
    const client = t.app.get<Meilisearch>(MEILI_SEARCH_CLIENT);
    const sent = jest.spyOn(client, 'multiSearch');
    try {
      await t.graphql.ok(`query ($input: SearchInput!) { search(input: $input) { totalHits } }`, {
        input: { query: 'chef' },
      });
      await search({ query: 'chef', types: ['PERSON', 'SCHOOL'] });
      const [without, withFacets] = sent.mock.calls.map(
        ([request]) => (request as MultiSearchParams & { federation: { facetsByIndex?: object } }).federation,
      );
      expect(without.facetsByIndex).toBeUndefined();
      expect(Object.keys(withFacets.facetsByIndex!).sort()).toEqual([
        expect.stringMatching(/people$/),
        expect.stringMatching(/schools$/),
      ]);
    } finally {
      sent.mockRestore();
    }
  });

  it('asks Meilisearch for no hit when neither hits nor pageInfo is selected: the same counts and facets', async () => {
    const client = t.app.get<Meilisearch>(MEILI_SEARCH_CLIENT);
    const sent = jest.spyOn(client, 'multiSearch');
    try {
      const input = { query: 'chef', types: ['PERSON', 'COMPANY'] };
      const full = await search(input);
      const countsOnly = (
        await t.graphql.ok(
          `query ($input: SearchInput!) { search(input: $input) { totalHits facets { name values { value count } } } }`,
          { input },
        )
      ).search as { totalHits: number; facets: unknown[] };
      const [withHits, withoutHits] = sent.mock.calls.map(
        ([request]) => (request as MultiSearchParams & { federation: { limit: number } }).federation.limit,
      );
      expect([withHits, withoutHits]).toEqual([21, 0]);
      expect(full.hits.length).toBeGreaterThan(0);
      expect(countsOnly).toEqual({ totalHits: full.totalHits, facets: full.facets });
    } finally {
      sent.mockRestore();
    }
  });

  it.each([
    ['several words', { query: 'directeur photographie', languages: ['en'] }],
    ['no hit until the rarest word is dropped', { query: 'chef opérateur zzqxw' }],
  ])('answers the same counts and facets without hits: %s', async (_name, input) => {
    const full = await search(input);
    const countsOnly = (
      await t.graphql.ok(
        `query ($input: SearchInput!) { search(input: $input) { totalHits facets { name values { value count } } } }`,
        { input },
      )
    ).search;
    expect(full.totalHits).toBeGreaterThan(0);
    expect(countsOnly).toEqual({ totalHits: full.totalHits, facets: full.facets });
  });

  it('retrieves only what a hit shows: highlighted trade names come back once, in `_formatted`', async () => {
    const client = t.app.get<Meilisearch>(MEILI_SEARCH_CLIENT);
    const sent = jest.spyOn(client, 'multiSearch');
    try {
      // "dop" is only in the trade-name lists, which now come back in `_formatted` alone: the highlight names the trade.
      const { hits } = await search({ query: 'dop', types: ['PERSON'] });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((hit) => /^<mark>Direct(eur|rice)/.test(hit.highlight ?? ''))).toBe(true);
      const [people] = (sent.mock.calls[0][0] as MultiSearchParams).queries;
      expect(people.attributesToHighlight).toContain('craftNames1');
      expect(people.attributesToRetrieve).not.toContain('craftNames1');
      expect(people.attributesToRetrieve).not.toContain('companies');
    } finally {
      sent.mockRestore();
    }
  });

  it('counts facets: kinds, crafts, languages, cities, sites, company kinds, countries', async () => {
    const { facets } = await search({ query: '' });
    const facet = (name: string) =>
      Object.fromEntries(facets.find((f) => f.name === name)!.values.map((v) => [v.value, v.count]));
    expect(facet('kinds').TECHNICIAN).toBe(10);
    expect(facet('crafts')['director-of-photography']).toBe(4);
    expect(facet('languages').nl).toBe(2);
    expect(facet('countries')).toEqual({ FR: 4, BE: 2 });
    expect(facet('companyKinds').PRODUCTION).toBe(2);
    expect(facet('sites')['plaine-images']).toBeGreaterThanOrEqual(3);
    expect(facet('cities').Lille).toBeGreaterThanOrEqual(5);
  });

  // Company and festival kinds both have ANIMATION: each facet's filter narrows its own documents only.
  it.each([
    ['companyKinds', 'COMPANY'],
    ['festivalKinds', 'FESTIVAL'],
  ] as const)('keeps %s ANIMATION to type %s, and counts it as its facet does', async (facetName, type) => {
    const all = await search({ query: '' });
    const counted = all.facets
      .find((facet) => facet.name === facetName)!
      .values.find((value) => value.value === 'ANIMATION')!.count;
    expect(counted).toBeGreaterThan(0);

    const kept = await search({ query: '', [facetName]: ['ANIMATION'], first: 100 });
    expect(new Set(kept.hits.map((hit) => hit.type))).toEqual(new Set([type]));
    expect(kept.totalHits).toBe(counted);
    if (type === 'COMPANY') expect(kept.hits.map((hit) => hit.slug)).toContain('studio-lumiere-animation');
    // Facets are counted over the hits the filters keep (not disjunctive): only the filtered type's facets are
    // left, its kind counts every hit, and the other type's kinds are not counted at all.
    const names = kept.facets.map((facet) => facet.name);
    expect(names).toContain(facetName);
    expect(names).not.toContain(facetName === 'companyKinds' ? 'festivalKinds' : 'companyKinds');
    expect(names).not.toContain('kinds');
    const facet = kept.facets.find((f) => f.name === facetName)!;
    expect(facet.values.find((value) => value.value === 'ANIMATION')!.count).toBe(kept.totalHits);
  });

  it('counts in each facet value the hits its filter gives, over every type', async () => {
    // A public project in English: the `languages` filter keeps projects in a language, as it keeps speakers.
    const [{ id }] = await t.sql(
      `INSERT INTO project (slug, title, logline, synopsis, format, stage, genres, countries_sought, languages,
                            roles_sought, visibility)
       VALUES ('les-corons', 'Les Corons', 'Une famille du bassin minier', '', 'FEATURE_FILM', 'DEVELOPMENT',
               '{drama}', '{BE}', '{en}', '{}', 'PUBLIC') RETURNING id`,
    );
    await t.sql(`INSERT INTO search_outbox (document_type, document_id) VALUES ('project', $1)`, [id]);
    try {
      await waitFor(
        async () => (await search({ query: 'corons', types: ['PROJECT'] })).totalHits === 1,
        30_000,
        50,
      );
      const { facets } = await search({ query: '' });
      // Each facet and the filter it sets (the filter of the same name).
      const filters: Record<string, string> = {
        kinds: 'kinds',
        companyKinds: 'companyKinds',
        festivalKinds: 'festivalKinds',
        crafts: 'crafts',
        languages: 'languages',
        cities: 'cities',
        sites: 'sites',
        formats: 'formats',
        genres: 'genres',
        stages: 'stages',
        countriesSought: 'countriesSought',
      };
      const counted = facets.filter((facet) => filters[facet.name]);
      expect(counted.map((facet) => facet.name)).toEqual(expect.arrayContaining(['languages', 'formats']));
      for (const facet of counted) {
        for (const { value, count } of facet.values) {
          const { totalHits } = await search({ query: '', [filters[facet.name]]: [value], first: 1 });
          expect([facet.name, value, totalHits]).toEqual([facet.name, value, count]);
        }
      }
    } finally {
      await t.sql(`DELETE FROM project WHERE id = $1`, [id]);
      await t.sql(`INSERT INTO search_outbox (document_type, document_id) VALUES ('project', $1)`, [id]);
      await waitFor(
        async () => (await search({ query: 'corons', types: ['PROJECT'] })).totalHits === 0,
        30_000,
        50,
      );
    }
  });

  it('pages federated results without repeating a hit', async () => {
    const first = await t.graphql.request(SEARCH, { input: { query: '', first: 10 } });
    const second = await t.graphql.request(SEARCH, {
      input: { query: '', first: 10, after: first.data!.search.pageInfo.endCursor },
    });
    const slugs = [...first.data!.search.hits, ...second.data!.search.hits].map((hit: Hit) => hit.slug);
    expect(new Set(slugs).size).toBe(20);
  });

  it('suggests as you type', async () => {
    const response = await t.graphql.request('{ suggest(prefix: "vandew", limit: 5) { type slug title } }');
    expect(response.data!.suggest[0]).toMatchObject({ type: 'PERSON', slug: 'camille-vandewalle' });
  });

  it('never indexes private data or people without consent', async () => {
    const { results } = await t.meili
      .index(`${t.config.SEARCH_INDEX_PREFIX}people`)
      .getDocuments({ limit: 100 });
    expect(results.map((doc) => doc.slug)).not.toContain('hidden-person');
    for (const doc of results) {
      expect(doc).not.toHaveProperty('email');
      expect(doc).not.toHaveProperty('phone');
    }
    const { hits } = await search({ query: 'hidden person' });
    expect(hits.map((hit) => hit.slug)).not.toContain('hidden-person');
  });

  // The 2 s target is measured by the benchmark; here the bound is loose so a loaded CI machine does not flake.
  it('reflects an update and a deletion', async () => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const [{ id }] = await t.sql(`SELECT id FROM person WHERE slug = 'lucas-martin'`);
    await t.graphql.request(
      `mutation ($id: ID!) { updatePerson(id: $id, input: { headline: "Scripte zanzibar" }) { id } }`,
      { id },
      staff.headers,
    );
    await waitFor(
      async () => (await search({ query: 'zanzibar' })).hits[0]?.slug === 'lucas-martin',
      30_000,
      50,
    );
    await t.graphql.request(`mutation ($id: ID!) { deletePerson(id: $id) }`, { id }, staff.headers);
    await waitFor(async () => (await search({ query: 'zanzibar' })).totalHits === 0, 30_000, 50);
  });

  it('reads the demo badge of a hit from the index, and from the record for a document indexed without it', async () => {
    const badge = async () =>
      (
        (await t.graphql.ok(`query { search(input: { query: "Vandewalle" }) { hits { slug isDemo } } }`))
          .search as { hits: { slug: string; isDemo: boolean }[] }
      ).hits.find((hit) => hit.slug === 'camille-vandewalle')?.isDemo;
    const [{ id }] = await t.sql(
      `UPDATE person SET is_demo = true, updated_at = now() WHERE slug = 'camille-vandewalle' RETURNING id`,
    );
    await t.sql(`INSERT INTO search_outbox (document_type, document_id) VALUES ('person', $1)`, [id]);
    try {
      await waitFor(async () => (await badge()) === true, 30_000, 50);
      // The record changes without reaching the index: the badge still comes from the indexed document.
      await t.sql(`UPDATE person SET is_demo = false WHERE id = $1`, [id]);
      expect(await badge()).toBe(true);

      // A document as indexed before documents carried the flag (an upgrade before its reindex): read from the record.
      const meili = t.app.get<Meilisearch>(MEILI_CLIENT);
      const index = meili.index(t.app.get(SearchIndexes).uid(personIndex));
      const { isDemo, ...older } = await index.getDocument<Record<string, unknown>>(id as string);
      expect(isDemo).toBe(true);
      await waitForTask(meili, index.addDocuments([older]), TASK_WAIT);
      expect(await index.getDocument(id as string)).not.toHaveProperty('isDemo');
      expect(await badge()).toBe(false);
    } finally {
      await t.sql(`UPDATE person SET is_demo = false, updated_at = now() WHERE id = $1`, [id]);
      await t.sql(`INSERT INTO search_outbox (document_type, document_id) VALUES ('person', $1)`, [id]);
      await waitFor(async () => (await badge()) === false, 30_000, 50);
    }
  });

  it("removes an erased account's profile from the index", async () => {
    const [{ id }] = await t.sql(`SELECT id FROM person WHERE slug = 'hugo-lefebvre'`);
    await t.sql(`UPDATE app_user SET person_id = $1 WHERE email = 'member@example.org'`, [id]);
    const member = await signIn(t.graphql, 'member@example.org');
    expect((await search({ query: 'perchman' })).hits[0]?.slug).toBe('hugo-lefebvre');
    const erased = await t.graphql.request(
      'mutation { deleteMyAccount(confirmEmail: "member@example.org", password: "crossroads-demo") }',
      {},
      member.headers,
    );
    expect(erased.data).toEqual({ deleteMyAccount: true });
    await waitFor(
      async () => !(await search({ query: 'perchman' })).hits.some((hit) => hit.slug === 'hugo-lefebvre'),
      10_000,
      50,
    );
    const { results } = await t.meili
      .index(`${t.config.SEARCH_INDEX_PREFIX}people`)
      .getDocuments({ limit: 100 });
    expect(results.map((doc) => doc.slug)).not.toContain('hugo-lefebvre');
  });

  it('re-indexes people when their company is renamed', async () => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const [{ id: companyId }] = await t.sql(`SELECT id FROM company WHERE slug = 'pixel-forge-games'`);
    const [{ id: personId }] = await t.sql(`SELECT id FROM person WHERE slug = 'jade-petit'`);
    await t.graphql.request(
      `mutation ($id: ID!, $c: ID!) { updatePerson(id: $id, input: { affiliations: [{ companyId: $c, role: "Dev" }] }) { id } }`,
      { id: personId, c: companyId },
      staff.headers,
    );
    await t.graphql.request(
      `mutation ($id: ID!) { updateCompany(id: $id, input: { name: "Quokka Interactive" }) { id } }`,
      { id: companyId },
      staff.headers,
    );
    await waitFor(
      async () => (await search({ query: 'quokka', types: ['PERSON'] })).hits[0]?.slug === 'jade-petit',
      30_000,
      50,
    );
  });

  it("lists a person's current verified company, and not once that membership has ended", async () => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const [{ id: companyId }] = await t.sql(`SELECT id FROM company WHERE slug = 'gent-post-house'`);
    const [{ id: personId }] = await t.sql(`SELECT id FROM person WHERE slug = 'camille-vandewalle'`);
    const companiesOf = async () => {
      const { results } = await t.meili
        .index(`${t.config.SEARCH_INDEX_PREFIX}people`)
        .getDocuments({ limit: 1000 });
      return results.find((doc) => doc.slug === 'camille-vandewalle')?.companies as string[];
    };
    const affiliate = (endsOn: string | null) =>
      t.graphql.ok(
        `mutation ($id: ID!, $c: ID!, $endsOn: String) {
          updatePerson(id: $id, input: { affiliations: [{ companyId: $c, role: "Étalonneuse", endsOn: $endsOn }] }) { id } }`,
        { id: personId, c: companyId, endsOn },
        staff.headers,
      );

    await affiliate(null);
    await waitFor(async () => (await companiesOf()).includes('Gent Post House'), 30_000, 50);

    await affiliate('2020-01-31');
    const memberships = await t.sql(
      `SELECT status, ends_on::text AS "endsOn" FROM affiliation WHERE person_id = $1 AND company_id = $2`,
      [personId, companyId],
    );
    expect(memberships).toEqual([{ status: 'VERIFIED', endsOn: '2020-01-31' }]);
    await waitFor(async () => (await companiesOf()).length === 0, 30_000, 50);
  });

  it('drops a company and its site from a hit once the membership has ended by date, with no edit', async () => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const [{ id: companyId }] = await t.sql(`SELECT id FROM company WHERE slug = 'studio-lumiere-animation'`);
    const [{ id: personId }] = await t.sql(`SELECT id FROM person WHERE slug = 'julien-delattre'`);
    const julien = async () => {
      const byCompany = await search({ query: 'Studio Lumière Animation', types: ['PERSON'] });
      const bySite = await search({ query: '', types: ['PERSON'], sites: ['serre-numerique'] });
      return {
        byCompany: byCompany.hits.some((hit) => hit.slug === 'julien-delattre'),
        bySite: bySite.hits.some((hit) => hit.slug === 'julien-delattre'),
      };
    };
    await t.graphql.ok(
      `mutation ($id: ID!, $c: ID!) {
        updatePerson(id: $id, input: { affiliations: [{ companyId: $c, role: "Chef opérateur", endsOn: "2099-12-31" }] }) { id } }`,
      { id: personId, c: companyId },
      staff.headers,
    );
    await waitFor(async () => (await julien()).byCompany && (await julien()).bySite, 30_000, 50);

    // The days go by: the last day of the membership is now yesterday, and nobody edits anything.
    await t.sql(
      `UPDATE affiliation SET ends_on = current_date - 1 WHERE person_id = $1 AND company_id = $2`,
      [personId, companyId],
    );
    const { company } = await t.graphql.ok(
      `{ company(slug: "studio-lumiere-animation") { people { slug } } }`,
    );
    expect(company.people).toEqual([]);
    // The relay's daily pass (run at its first poll of each day) queues the documents the date changed.
    expect(await t.app.get(OutboxRelay).queueDocumentsChangedByDate()).toBeGreaterThan(0);
    await waitFor(
      async () => {
        const now = await julien();
        return !now.byCompany && !now.bySite;
      },
      30_000,
      50,
    );
  });

  it.each([
    [{ availableFrom: '2027-03-01' }, 'availableTo'],
    [{ availableFrom: '2027-03-10', availableTo: '2027-03-01' }, 'availableTo'],
    [{ availableFrom: '2027-01-01', availableTo: '2027-12-31' }, 'availableTo'],
    [{ near: { lat: 95, lng: 3, radiusKm: 10 } }, 'lat'],
    [{ near: { lat: 50, lng: 3, radiusKm: 5000 } }, 'radiusKm'],
    [{ kinds: Array.from({ length: 21 }, () => 'ACTOR') }, 'kinds'],
    [{ companyKinds: Array.from({ length: 21 }, () => 'ANIMATION') }, 'companyKinds'],
    [{ festivalKinds: ['x'.repeat(101)] }, 'festivalKinds'],
    [{ crafts: ['x'.repeat(101)] }, 'crafts'],
  ])('refuses %j naming %s', async (input, field) => {
    const response = await t.graphql.request(SEARCH, { input });
    expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response.errors![0])).toContain(field);
  });

  it.each([
    '" OR kinds = "ACTOR',
    'ACTOR"] OR _geoRadius(0, 0, 99999999) OR kinds IN ["X',
    'x\\" OR 1=1 --',
    ')(',
    'TECHNICIAN TO ACTOR',
    '🎬 réalisatrice',
    'a'.repeat(100),
  ])('treats filter value %j as a plain value: it matches nothing and changes nothing', async (value) => {
    const result = await search({ kinds: [value], cities: [value], crafts: [value] });
    expect(result.totalHits).toBe(0);
    expect((await search({ companyKinds: [value] })).totalHits).toBe(0);
    expect((await search({ festivalKinds: [value] })).totalHits).toBe(0);
    expect((await search({ query: '' })).totalHits).toBeGreaterThan(20);
  });
});
