import { ExportService } from '@crossroads/transfer';
import { signIn, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { parse } from 'csv-parse/sync';
import { Writable } from 'node:stream';
import { createApp } from '../apps/api/src/create-app';

const CREATE = `mutation ($input: PersonInput!) { createPerson(input: $input) { id slug titleForm titles { craft fr en } } }`;
const UPDATE = `mutation ($id: ID!, $input: PersonInput!) { updatePerson(id: $id, input: $input) { titleForm titles { fr } } }`;
const SEARCH = `query ($input: SearchInput!) { search(input: $input) {
  hits { slug subtitle highlight node { ... on Person { titles { fr } } } } } }`;

type Hit = { slug: string; subtitle: string | null; highlight: string | null };

/** Each person's chosen title form (feminine, masculine, inclusive) in the API, search and exports (issue 16). */
describe('job titles in the form each person chose', () => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof signIn>>;
  const search = async (query: string): Promise<Hit[]> => {
    const response = await t.graphql.request(SEARCH, { input: { query, types: ['PERSON'], first: 20 } });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.search.hits as Hit[];
  };
  const create = async (input: Record<string, unknown>) => {
    const response = await t.graphql.request(CREATE, { input }, staff.headers);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.createPerson as {
      id: string;
      slug: string;
      titleForm: string;
      titles: { craft: string; fr: string; en: string }[];
    };
  };
  const indexed = async (n: number) =>
    waitFor(
      async () => {
        const [{ queued }] = await t.sql('SELECT count(*)::int AS queued FROM search_outbox');
        return queued === 0 && (await search('')).length >= n;
      },
      30_000,
      100,
    );

  let ines: Awaited<ReturnType<typeof create>>;

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000', OUTBOX_POLL_MS: '50' });
    staff = await signIn(t.graphql, 'staff@example.org');
    ines = await create({
      firstName: 'Inès',
      lastName: 'Vandewalle',
      city: 'Roubaix',
      crafts: ['director-of-photography', 'editor'],
      titleForm: 'FEMININE',
    });
    // Sound mixers: their French title starts with "chef opérateur", which must not outrank the DoP.
    for (const [firstName, titleForm] of [
      ['Julien', 'MASCULINE'],
      ['Laura', 'FEMININE'],
      ['Camille', 'INCLUSIVE'],
    ])
      await create({
        firstName,
        lastName: 'Declercq',
        city: 'Lille',
        crafts: ['production-sound-mixer'],
        titleForm,
      });
    await create({ firstName: 'Thomas', lastName: 'Martin', city: 'Lille', crafts: ['gaffer'] });
    await indexed(5);
  }, 90_000);
  afterAll(() => t.close());

  it('writes the titles of the API in the chosen form, inclusive when none was chosen', async () => {
    expect(ines.titleForm).toBe('FEMININE');
    expect(ines.titles).toEqual([
      {
        craft: 'director-of-photography',
        fr: 'Directrice de la photographie',
        en: 'Director of Photography',
      },
      { craft: 'editor', fr: 'Monteuse', en: 'Editor' },
    ]);
    const [thomas] = await t.sql(`SELECT title_form FROM person WHERE first_name = 'Thomas'`);
    expect(thomas.title_form).toBe('INCLUSIVE');
  });

  it('refuses an unknown title form and changes nothing', async () => {
    const response = await t.graphql.request(
      UPDATE,
      { id: ines.id, input: { titleForm: 'NEUTRAL' } },
      staff.headers,
    );
    expect(response.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(JSON.stringify(response.errors)).not.toMatch(/\bat .+\.ts:\d+/);
    const [row] = await t.sql(`SELECT title_form FROM person WHERE id = $1`, [ines.id]);
    expect(row.title_form).toBe('FEMININE');
  });

  it('shows the chosen form in search hits and highlights', async () => {
    const [hit] = await search('cheffe opératrice');
    expect(hit.slug).toBe(ines.slug);
    expect(hit.subtitle).toBe('Directrice de la photographie · Roubaix');
    // A synonym matched: the highlight is the person's own title, in her form.
    const [dop] = await search('chef opérateur');
    expect(dop.highlight).toBe('<mark>Directrice de la photographie</mark>');
    const [monteuse] = await search('monteuse');
    expect(monteuse.slug).toBe(ines.slug);
    expect(monteuse.highlight ?? '').toMatch(/Monteuse|Directrice/);
    const sound = (await search('cheffe opératrice du son')).slice(0, 3).map((h) => h.subtitle);
    expect(new Set(sound)).toEqual(
      new Set([
        'Chef opérateur du son · Lille',
        'Chef·fe opérateur·rice du son · Lille',
        'Cheffe opératrice du son · Lille',
      ]),
    );
  });

  it("writes a hit's subtitle in the reader's language (Accept-Language), in search and suggest", async () => {
    const hitOf = async (headers: Record<string, string>) => {
      const response = await t.graphql.request(
        `query ($input: SearchInput!) { search(input: $input) { hits { slug subtitle } }
           suggest(prefix: "Vandewal", types: [PERSON]) { slug subtitle } }`,
        { input: { query: 'Vandewalle', types: ['PERSON'], first: 5 } },
        headers,
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      const data = response.data as { search: { hits: Hit[] }; suggest: Hit[] };
      return [data.search.hits[0], data.suggest[0]].map((hit) => `${hit.slug} ${hit.subtitle}`);
    };
    const english = `${ines.slug} Director of Photography · Roubaix`;
    const french = `${ines.slug} Directrice de la photographie · Roubaix`;
    expect(await hitOf({ 'accept-language': 'en' })).toEqual([english, english]);
    expect(await hitOf({ 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' })).toEqual([english, english]);
    expect(await hitOf({ 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' })).toEqual([french, french]);
    expect(await hitOf({})).toEqual([french, french]);
  });

  it("writes the highlight of a matched French synonym in the reader's language", async () => {
    const highlightOf = async (headers: Record<string, string>) => {
      const response = await t.graphql.request(
        SEARCH,
        { input: { query: 'chef opérateur', types: ['PERSON'], first: 20 } },
        headers,
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return (response.data!.search.hits as Hit[]).find((hit) => hit.slug === ines.slug)?.highlight;
    };
    expect(await highlightOf({ 'accept-language': 'en' })).toBe('<mark>Director of Photography</mark>');
    expect(await highlightOf({ 'accept-language': 'fr' })).toBe('<mark>Directrice de la photographie</mark>');
  });

  it('finds the DoP first for "chef opérateur" and "cheffe opératrice", before the sound mixers', async () => {
    for (const query of [
      'chef opérateur',
      'cheffe opératrice',
      'chef opératrice',
      'DoP',
      'cinematographer',
    ]) {
      expect({ query, first: (await search(query))[0]?.slug }).toEqual({ query, first: ines.slug });
    }
  });

  it('finds feminine, inclusive and English titles', async () => {
    for (const query of ['cheffe électricienne', 'chef·fe électricien·ne', 'gaffer', 'chef électricien']) {
      const [first] = await search(query);
      expect({ query, first: first?.subtitle }).toEqual({ query, first: 'Chef·fe électricien·ne · Lille' });
    }
    for (const query of ['sound engineer', 'production sound mixer', 'preneuse de son', 'ingénieur son']) {
      const top = (await search(query)).slice(0, 3).map((h) => h.subtitle ?? '');
      expect({ query, top: top.every((s) => / du son · Lille$/.test(s)) }).toEqual({ query, top: true });
    }
  });

  it('follows a change of form in search', async () => {
    const response = await t.graphql.request(
      UPDATE,
      { id: ines.id, input: { titleForm: 'INCLUSIVE' } },
      staff.headers,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updatePerson.titles[0].fr).toBe('Directeur·rice de la photographie');
    await waitFor(
      async () =>
        (await search('cheffe opératrice'))[0]?.subtitle === 'Directeur·rice de la photographie · Roubaix',
      30_000,
      100,
    );
    await t.graphql.request(UPDATE, { id: ines.id, input: { titleForm: 'FEMININE' } }, staff.headers);
  });

  it('exports the title form, which imports back', async () => {
    const chunks: Buffer[] = [];
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    });
    await t.app.get(ExportService).export({ type: 'people', format: 'csv' }, out);
    const rows = parse(Buffer.concat(chunks).toString('utf8'), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    const row = rows.find((r) => r.first_name === 'Inès')!;
    expect(row.title_form).toBe('FEMININE');
    expect(rows.find((r) => r.first_name === 'Thomas')!.title_form).toBe('INCLUSIVE');
  });
});
