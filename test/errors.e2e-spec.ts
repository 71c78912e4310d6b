import { GraphQLClient, Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

describe('errors never leak internals', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp)));
  afterAll(() => t.close());

  // One sign-in for the tests below that need STAFF: the login limit (20 a minute) is per client address.
  let staffSession: Session | undefined;
  const staffHeaders = async () => (staffSession ??= await signIn(t.graphql, 'staff@example.org')).headers;
  const codeOf = async (response: Response) =>
    ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers, body });

  it('gives unknown fields a validation code', async () => {
    const response = await t.graphql.request('{ sites { nope } }');
    expect(GraphQLClient.codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('gives a parse error a code', async () => {
    const response = await t.graphql.request('{ sites { ');
    // The token limit parses the document first and reports a syntax error as a validation failure.
    expect(GraphQLClient.codes(response)).toEqual([
      expect.stringMatching(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/),
    ]);
    expect(response.errors![0].message).toMatch(/Syntax Error/);
  });

  it('refuses broken JSON without a stack trace', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  // Found by the fuzz run (npm run bench -- fuzz): each of these used to answer without a code or with a 500.
  it('answers a body the parser refuses with a coded GraphQL error', async () => {
    for (const body of ['{]', '\u00ff\u00fe garbage', '{"query":"{ sites { total']) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(await codeOf(response)).toBe('BAD_REQUEST');
    }
    // A body that says it is gzip and is not: the inflate error, in the same GraphQL shape (it was the REST one).
    const response = await post('not gzip at all', {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(response.status).toBe(400);
    expect(await codeOf(response)).toBe('BAD_REQUEST');
  });

  it('refuses a subscription at validation, not as an internal error', async () => {
    const response = await t.graphql.request('subscription { sites { totalCount } }');
    expect(GraphQLClient.codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('refuses NUL characters in variables and in the document as bad input', async () => {
    const login = await t.graphql.request(
      'mutation ($email: String!) { login(email: $email, password: "whatever-password") { accessToken } }',
      { email: 'a\u0000@example.org' },
    );
    expect(GraphQLClient.codes(login)).toEqual(['BAD_USER_INPUT']);
    const search = await t.graphql.request('{ search(input: { query: "chef\\u0000" }) { totalHits } }');
    expect(GraphQLClient.codes(search)).toEqual(['BAD_USER_INPUT']);
    const surrogate = await t.graphql.request(
      'query ($q: String) { search(input: { query: $q }) { totalHits } }',
      {
        q: 'chef \ud800',
      },
    );
    expect(GraphQLClient.codes(surrogate)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses other control characters too: an escape sequence in a name would reach a terminal through cli export', async () => {
    for (const lastName of ['Rouge\u001b[31m', 'Cloche\u0007', 'C1\u009b2J']) {
      const response = await t.graphql.request(
        'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
        { input: { firstName: 'Léa', lastName } },
        await staffHeaders(),
      );
      expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
    }
    expect(await t.sql(`SELECT 1 FROM person WHERE first_name = 'Léa'`)).toEqual([]);
    // Tab and line breaks stay text (a biography's paragraphs).
    const bio = await t.graphql.request(
      'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
      { input: { firstName: 'Léa', lastName: 'Texte', bioFr: 'Un.\r\n\tDeux.' } },
      await staffHeaders(),
    );
    expect(bio.errors).toBeUndefined();
  });

  it('refuses a body above the size limit', async () => {
    const response = await post(
      JSON.stringify({ query: `{ sites { totalCount } } # ${'x'.repeat(200_000)}` }),
    );
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('BAD_REQUEST');
  });

  it('refuses batched requests', async () => {
    const response = await post(
      JSON.stringify([{ query: '{ sites { totalCount } }' }, { query: '{ sites { totalCount } }' }]),
    );
    expect(response.status).toBe(400);
  });

  it('refuses simple (CSRF-able) requests', async () => {
    const response = await fetch(
      `${t.baseUrl}/graphql?query=${encodeURIComponent('{ sites { totalCount } }')}`,
    );
    expect(response.status).toBe(400);
  });

  it.each([
    'mutation { deletePerson(id: "x") }',
    'mutation { updatePerson(id: "x", input: {}) { id } }',
    'mutation { deleteCompany(id: "1 OR 1=1") }',
    'mutation { updateCompany(id: "x", input: { city: "Mons" }) { id } }',
    'mutation { deleteSchool(id: "x") }',
    'mutation { deleteProgramme(id: "x") }',
    '{ festivalEdition(id: "x") { id } }',
    'mutation { deleteProject(id: "x") }',
    '{ editionAttendees(editionId: "x") { company { id } } }',
  ])('refuses an id that is not a UUID, naming it: %s', async (document) => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const response = await t.graphql.request(document, undefined, staff.headers);
    expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
    const argument = document.includes('editionId') ? 'editionId' : 'id';
    expect(response.errors![0].extensions!.fields).toEqual([{ field: argument, message: 'must be a UUID' }]);
  });

  // ISO 8601 also admits a year, a month, a week or an ordinal day ("2026", "2026-02", "2026-W05", "2026-032"),
  // which PostgreSQL's date type refuses: each reached the database and came back as an internal error.
  it.each(['2026', '2026-02', '2026-W05', '2026-032', '2026-02-01T10:00:00Z'])(
    'refuses a date that is not a day, %s, as bad input naming the field',
    async (day) => {
      const calendar = await t.graphql.request(
        'query ($day: String) { festivalEditions(from: $day) { totalCount } }',
        { day },
      );
      expect(GraphQLClient.codes(calendar)).toEqual(['BAD_USER_INPUT']);
      expect(calendar.errors![0].extensions!.fields).toEqual([
        { field: 'from', message: 'from must be a day, YYYY-MM-DD' },
      ]);
      const person = await t.graphql.request(
        'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
        {
          input: {
            firstName: 'Jour',
            lastName: 'Mal Formé',
            availability: [{ startsOn: day, endsOn: '2026-12-31' }],
          },
        },
        await staffHeaders(),
      );
      expect(GraphQLClient.codes(person)).toEqual(['BAD_USER_INPUT']);
      const search = await t.graphql.request(
        'query ($day: String) { search(input: { availableFrom: $day, availableTo: "2026-03-01" }) { totalHits } }',
        { day },
      );
      expect(GraphQLClient.codes(search)).toEqual(['BAD_USER_INPUT']);
      expect(await t.sql(`SELECT 1 FROM person WHERE last_name = 'Mal Formé'`)).toEqual([]);
    },
  );

  // Two identical creates at once: each found the slug free, and the later insert's unique violation came back as
  // an internal error (createPerson, createSchool) or a wrong message (createCompany: "this SIREN").
  it.each([
    ['createPerson', 'PersonInput', { firstName: 'Jumeau', lastName: 'Simultané' }],
    ['createSchool', 'SchoolInput', { name: 'École Simultanée', city: 'Lille' }],
    ['createCompany', 'CompanyInput', { name: 'Studio Simultané', city: 'Lille', country: 'FR' }],
    ['createCalendarFeed', null, null],
  ])(
    'answers simultaneous identical %s with data or a CONFLICT, never an internal error',
    async (name, type, input) => {
      const document = type
        ? `mutation ($input: ${type}!) { ${name}(input: $input) { __typename } }`
        : `mutation { ${name} { __typename } }`;
      const headers = await staffHeaders();
      const responses = await Promise.all(
        Array.from({ length: 6 }, () => t.graphql.request(document, { input }, headers)),
      );
      for (const response of responses) {
        expect(JSON.stringify(response)).not.toMatch(/duplicate key|constraint|INSERT|SIREN/i);
        if (response.errors) expect(GraphQLClient.codes(response)).toEqual(['CONFLICT']);
      }
      expect(responses.some((response) => response.data?.[name])).toBe(true);
    },
  );

  // MinLength(1) took "   " as a name or a title: stored as is ("   ", slug "item"), or trimmed to "" by the service.
  it.each([
    ['createPerson', 'PersonInput', { firstName: '   ', lastName: 'Blanc' }, 'firstName'],
    ['createCompany', 'CompanyInput', { name: ' \t ', city: 'Lille', country: 'FR' }, 'name'],
    ['createSchool', 'SchoolInput', { name: 'École Blanche', city: '\n' }, 'city'],
    ['createProject', 'ProjectInput', { title: '   ', format: 'FEATURE_FILM', stage: 'WRITING' }, 'title'],
    ['createDelegation', 'CreateDelegationInput', { name: '   ' }, 'name'],
  ])('refuses whitespace-only required text: %s', async (name, type, input, field) => {
    const [edition] = await t.sql('SELECT id FROM festival_edition LIMIT 1');
    const before = await t.sql(
      'SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM company) + (SELECT count(*) FROM school) + (SELECT count(*) FROM project) + (SELECT count(*) FROM delegation) AS n',
    );
    const response = await t.graphql.request(
      `mutation ($input: ${type}!) { ${name}(input: $input) { id } }`,
      { input: name === 'createDelegation' ? { ...input, editionId: edition.id } : input },
      await staffHeaders(),
    );
    expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.fields).toEqual([
      { field, message: `${field} must not be blank` },
    ]);
    expect(
      await t.sql(
        'SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM company) + (SELECT count(*) FROM school) + (SELECT count(*) FROM project) + (SELECT count(*) FROM delegation) AS n',
      ),
    ).toEqual(before);
  });

  it('masks internal failures as INTERNAL_SERVER_ERROR without SQL', async () => {
    await t.sql('ALTER TABLE site RENAME TO site_moved');
    try {
      const response = await t.graphql.request('{ sites { totalCount } }');
      expect(GraphQLClient.codes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(response)).not.toMatch(/relation|site_moved|SELECT|stack/i);
    } finally {
      await t.sql('ALTER TABLE site_moved RENAME TO site');
    }
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await startTestApp(createApp, {
        NODE_ENV: 'production',
        JWT_SECRET: 'test-production-secret-0123456789abcdefghijklmnop',
        NOTIFICATIONS_EMAIL: 'false',
      })),
  );
  afterAll(() => t.close());

  it('turns introspection off', async () => {
    const response = await t.graphql.request('{ __schema { queryType { name } } }');
    expect(GraphQLClient.codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('serves no landing page', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toMatch(/html/);
  });

  it('hides field suggestions', async () => {
    const response = await t.graphql.request('{ sites { totalCont } }');
    expect(GraphQLClient.codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).not.toMatch(/Did you mean|totalCount/);
  });

  it('hides enum value suggestions too, in a literal or a variable, in English and French', async () => {
    const search = 'query ($i: SearchInput!) { search(input: $i) { totalHits } }';
    for (const [response, code] of [
      [
        await t.graphql.request('{ search(input: { types: [PERSO] }) { totalHits } }'),
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [await t.graphql.request(search, { i: { types: ['PERSO'] } }), 'BAD_USER_INPUT'],
      [
        await t.graphql.request(search, { i: { types: ['PERSO'] } }, { 'accept-language': 'fr' }),
        'BAD_USER_INPUT',
      ],
    ] as const) {
      expect(GraphQLClient.codes(response)).toEqual([code]);
      expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|PERSON/);
    }
  });

  it('still answers queries', async () => {
    const response = await t.graphql.request('{ sites { totalCount } }');
    expect(response.data).toEqual({ sites: { totalCount: 3 } });
  });
});
