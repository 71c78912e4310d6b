import { GRAPHQL_LIMITS } from '@crossroads/core';
import { GraphQLClient, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

describe('abuse limits', () => {
  let t: TestApp;
  beforeAll(
    async () => (t = await startTestApp(createApp, { LOGIN_THROTTLE_LIMIT: '8', THROTTLE_LIMIT: '1000' })),
  );
  afterAll(() => t.close());

  it('counts aliased login attempts one by one, then refuses with RATE_LIMITED', async () => {
    const attempts = Array.from(
      { length: 10 },
      (_, i) => `a${i}: login(email: "member@example.org", password: "crossroads-demo") { accessToken }`,
    );
    const response = await t.graphql.request(`mutation { ${attempts.join('\n')} }`);
    // Mutations run one after another: the ninth hits the limit of 8 and stops the rest.
    expect(GraphQLClient.codes(response)).toEqual(['RATE_LIMITED']);
    expect(response.errors![0].path).toEqual(['a8']);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE type = 'LOGIN_SUCCEEDED'`);
    expect(n).toBe(8);
  });

  it('stops at the first failed login of an aliased batch, so aliases cannot multiply guesses', async () => {
    const guesses = Array.from(
      { length: 5 },
      (_, i) => `g${i}: login(email: "staff@example.org", password: "guess ${i}") { accessToken }`,
    );
    const before = await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE type = 'LOGIN_FAILED'`);
    const response = await t.graphql.request(`mutation { ${guesses.join('\n')} }`);
    expect(response.data).toBeNull();
    const after = await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE type = 'LOGIN_FAILED'`);
    expect(Number(after[0].n) - Number(before[0].n)).toBeLessThanOrEqual(1);
  });
});

describe('login back-off per account', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp, { LOGIN_THROTTLE_LIMIT: '1000' })));
  afterAll(() => t.close());

  it('makes an account wait after repeated failures, even with the right password, and records it', async () => {
    const login = (password: string) =>
      t.graphql.request(
        `mutation ($p: String!) { login(email: "member@example.org", password: $p) { accessToken } }`,
        {
          p: password,
        },
      );
    for (let i = 0; i < 5; i++)
      expect(GraphQLClient.codes(await login('wrong password'))).toEqual(['UNAUTHENTICATED']);
    const blocked = await login('crossroads-demo');
    expect(GraphQLClient.codes(blocked)).toEqual(['RATE_LIMITED']);
    expect(blocked.errors![0].message).toMatch(/try again in \d+ s/);

    await t.sql(
      `UPDATE app_user SET locked_until = now() - interval '1 second' WHERE email = 'member@example.org'`,
    );
    const staff = await signIn(t.graphql, 'staff@example.org');
    expect((await login('crossroads-demo')).data?.login.accessToken).toBeTruthy();
    const [{ failed_login_count }] = await t.sql(
      `SELECT failed_login_count FROM app_user WHERE email = 'member@example.org'`,
    );
    expect(failed_login_count).toBe(0);
    const events = await t.graphql.request(
      '{ failed: auditEvents(type: LOGIN_FAILED) { totalCount } throttled: auditEvents(type: LOGIN_THROTTLED) { totalCount } }',
      {},
      staff.headers,
    );
    expect(events.data!.failed.totalCount).toBeGreaterThanOrEqual(5);
    expect(events.data!.throttled.totalCount).toBeGreaterThanOrEqual(1);
  });
});

describe('query limits', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp)));
  afterAll(() => t.close());

  const refused = async (query: string, pattern: RegExp, code = 'GRAPHQL_VALIDATION_FAILED') => {
    const response = await t.graphql.request(query);
    expect(response.data ?? null).toBeNull();
    expect(GraphQLClient.codes(response).every((each) => each === code)).toBe(true);
    expect(response.errors!.map((error) => error.message).join(' ')).toMatch(pattern);
    expect(response.status).toBeLessThan(500);
  };

  it('refuses too many aliases', async () => {
    const aliases = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases + 5 },
      (_, i) => `s${i}: sites { totalCount }`,
    );
    await refused(`{ ${aliases.join(' ')} }`, /alias/i);
  });

  it('refuses a query deeper than the limit', async () => {
    let selection = 'id';
    for (let i = 0; i < GRAPHQL_LIMITS.maxDepth + 2; i++) selection = `edges { node { ${selection} } }`;
    await refused(`{ sites { ${selection} } }`, /depth/i);
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => '__typename').join(' ');
    await refused(`{ ${fields} }`, /token/i, 'GRAPHQL_PARSE_FAILED');
  });

  it('refuses an expensive query', async () => {
    const node =
      'id slug name city postcode address addressVerified lat lng coordinatesApproximate descriptionFr descriptionEn facilities website sources createdAt updatedAt';
    const aliases = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases },
      (_, i) =>
        `s${i}: sites(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${node} } } }`,
    );
    await refused(`{ ${aliases.join(' ')} }`, /cost/i);
  });

  it('refuses too many directives', async () => {
    const directives = Array.from(
      { length: GRAPHQL_LIMITS.maxDirectives + 5 },
      () => '@include(if: true)',
    ).join(' ');
    await refused(`{ sites ${directives} { totalCount } }`, /directive/i);
  });
});
