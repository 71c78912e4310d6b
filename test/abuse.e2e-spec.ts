import { GRAPHQL_LIMITS } from '@crossroads/core';
import { GraphQLClient, register, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { AuditUnknownEmails1765300000001 } from '../libs/core/src/database/migrations/1765300000001-audit-unknown-emails';

describe('abuse limits', () => {
  let t: TestApp;
  beforeAll(
    async () => (t = await startTestApp(createApp, { LOGIN_THROTTLE_LIMIT: '8', THROTTLE_LIMIT: '1000' })),
  );
  afterAll(() => t.close());

  it('takes a literal argument as data, never as code, however often the document is sent', async () => {
    // graphql-jit (tried for speed, removed) turned such a string into generated code: docs/BENCHMARKS.md.
    const marker = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';
    const query = `{ suggest(prefix: "${marker}0+(globalThis.crossroadsInjected=1)", limit: 3) { slug } }`;
    for (let run = 0; run < 3; run++) {
      const response = await t.graphql.request(query);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ suggest: [] });
    }
    expect((globalThis as Record<string, unknown>).crossroadsInjected).toBeUndefined();
  });

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

describe('login back-off per email and address (attacks)', () => {
  let t: TestApp;
  // Behind a trusted proxy the client address is the forwarded one: each test plays several machines.
  beforeAll(
    async () => (t = await startTestApp(createApp, { LOGIN_THROTTLE_LIMIT: '1000', TRUST_PROXY: '1' })),
  );
  afterAll(() => t.close());

  const login = (email: string, password: string, from: string) =>
    t.graphql.request(
      `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
      { e: email, p: password },
      { 'x-forwarded-for': from },
    );

  it("never locks the owner out from their own address because of someone else's failures", async () => {
    for (let i = 0; i < 5; i++)
      expect(GraphQLClient.codes(await login('admin@example.org', `guess ${i}`, '203.0.113.66'))).toEqual([
        'UNAUTHENTICATED',
      ]);
    // The attacker's address now waits, even with the right password…
    const blocked = await login('admin@example.org', 'crossroads-demo', '203.0.113.66');
    expect(GraphQLClient.codes(blocked)).toEqual(['RATE_LIMITED']);
    expect(blocked.errors![0].message).toMatch(/try again in \d+ s/);
    // …while the admin signs in at once from their own.
    expect(
      (await login('admin@example.org', 'crossroads-demo', '198.51.100.7')).data?.login.accessToken,
    ).toBeTruthy();
    const staff = await signIn(t.graphql, 'staff@example.org');
    const events = await t.graphql.request(
      '{ failed: auditEvents(type: LOGIN_FAILED) { totalCount } throttled: auditEvents(type: LOGIN_THROTTLED) { totalCount } }',
      {},
      staff.headers,
    );
    expect(events.data!.failed.totalCount).toBeGreaterThanOrEqual(5);
    expect(events.data!.throttled.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('counts every spelling of the address that finds the account as one (case, dotted capital I)', async () => {
    for (let i = 0; i < 5; i++) await login('admin@example.org', `guess ${i}`, '203.0.113.80');
    // PostgreSQL finds the admin from "admİn@…" (U+0130), which JavaScript lower-cases to another key: the
    // right password under that spelling, or in capitals, still waits.
    for (const spelling of ['adm\u0130n@example.org', 'ADMIN@EXAMPLE.ORG', 'ADM\u0130N@example.org']) {
      const response = await login(spelling, 'crossroads-demo', '203.0.113.80');
      expect(GraphQLClient.codes(response)).toEqual(['RATE_LIMITED']);
      expect(response.data).toBeNull();
    }
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM login_throttle WHERE ip = '203.0.113.80'`);
    expect(n).toBe(1);
    // The owner, from their own address, signs in with that spelling as before.
    expect(
      (await login('adm\u0130n@example.org', 'crossroads-demo', '198.51.100.8')).data?.login.accessToken,
    ).toBeTruthy();
  });

  it('answers an unknown email exactly like a wrong password, before and after the wait', async () => {
    const known = await login('member@example.org', 'not the password', '192.0.2.10');
    const unknown = await login('nobody-here@example.org', 'not the password', '192.0.2.10');
    expect(unknown.errors!.map((e) => [e.message, e.extensions?.code])).toEqual(
      known.errors!.map((e) => [e.message, e.extensions?.code]),
    );
    for (let i = 0; i < 6; i++) {
      await login('member@example.org', 'not the password', '192.0.2.11');
      await login('nobody-here@example.org', 'not the password', '192.0.2.12');
    }
    const knownBlocked = await login('member@example.org', 'not the password', '192.0.2.11');
    const unknownBlocked = await login('nobody-here@example.org', 'not the password', '192.0.2.12');
    expect(GraphQLClient.codes(unknownBlocked)).toEqual(GraphQLClient.codes(knownBlocked));
    expect(unknownBlocked.errors![0].message.replace(/\d+/g, 'N')).toBe(
      knownBlocked.errors![0].message.replace(/\d+/g, 'N'),
    );
  });

  it('keeps no unknown email in clear in the audit, only a keyed digest that ties its attempts together', async () => {
    // Someone tries addresses no account holds (a typo, a list from elsewhere): six tries of one, in two cases, so
    // the later ones are throttled, and one try of another.
    for (let i = 0; i < 6; i++)
      await login(i % 2 ? 'Ghost.One@Example.org' : 'ghost.one@example.org', 'a guess', '192.0.2.30');
    await login('ghost.two@example.org', 'a guess', '192.0.2.30');
    await login('member@example.org', 'a guess', '192.0.2.30');
    const rows = await t.sql(
      `SELECT type, email, details FROM audit_event WHERE ip = '192.0.2.30' AND subject_user_id IS NULL ORDER BY id`,
    );
    expect(rows).toHaveLength(7);
    expect(rows.map((row) => row.type)).toContain('LOGIN_THROTTLED');
    expect(JSON.stringify(rows)).not.toMatch(/ghost/i);
    expect(rows.every((row) => row.email === null)).toBe(true);
    const keys = rows.map((row) => (row.details as { emailKey: string }).emailKey);
    expect(new Set(keys.slice(0, 6)).size).toBe(1);
    expect(keys[6]).not.toBe(keys[0]);
    // Keyed: not a plain digest anyone could compute from a list of addresses.
    for (const encoding of ['hex', 'base64url'] as const)
      expect(keys[0]).not.toContain(
        createHash('sha256').update('ghost.one@example.org').digest(encoding).slice(0, 16),
      );
    // A known account's failure still names it (its own email, erased with the account).
    const [known] = await t.sql(
      `SELECT email FROM audit_event WHERE ip = '192.0.2.30' AND subject_user_id IS NOT NULL`,
    );
    expect(known.email).toBe('member@example.org');
    // STAFF read the same through the API.
    const staff = await signIn(t.graphql, 'staff@example.org');
    const events = await t.graphql.ok(
      '{ auditEvents(type: LOGIN_FAILED, first: 100) { edges { node { email ip details } } } }',
      {},
      staff.headers,
    );
    expect(JSON.stringify(events)).not.toMatch(/ghost|nobody-here/i);
    expect(JSON.stringify(events)).toContain(keys[0]);
  });

  it('takes the unknown addresses out of the audit rows written before', async () => {
    await t.sql(
      `INSERT INTO audit_event (type, subject_user_id, email, ip) VALUES ('LOGIN_FAILED', NULL, 'old.typo@example.org', '192.0.2.31'),
         ('LOGIN_FAILED', (SELECT id FROM app_user WHERE email = 'member@example.org'), 'member@example.org', '192.0.2.31')`,
    );
    const runner = t.app.get(DataSource).createQueryRunner();
    try {
      await new AuditUnknownEmails1765300000001().up(runner);
    } finally {
      await runner.release();
    }
    expect(await t.sql(`SELECT email FROM audit_event WHERE ip = '192.0.2.31' ORDER BY id`)).toEqual([
      { email: null },
      { email: 'member@example.org' },
    ]);
  });

  it('answers a registration with a taken email like a new one, and keeps the account as it was', async () => {
    const register = (email: string) =>
      t.graphql.request(
        `mutation ($input: RegisterInput!) { register(input: $input) { id email status roles } }`,
        { input: { email, password: 'un long chemin de halage' } },
        { 'x-forwarded-for': '192.0.2.20' },
      );
    const fresh = await register('brand-new@example.fr');
    const taken = await register('staff@example.org');
    expect(taken.errors).toBeUndefined();
    expect(Object.keys(taken.data!.register)).toEqual(Object.keys(fresh.data!.register));
    expect(taken.data!.register).toMatchObject({ email: 'staff@example.org', status: 'PENDING', roles: [] });
    const [staff] = await t.sql(`SELECT id, status FROM app_user WHERE email = 'staff@example.org'`);
    expect(staff.status).toBe('ACTIVE');
    expect(taken.data!.register.id).not.toBe(staff.id);
    // The real account still signs in with its own password.
    expect((await signIn(t.graphql, 'staff@example.org')).headers.authorization).toMatch(/^Bearer \S+$/);
  });
});

describe('passwords (attacks)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp, { LOGIN_THROTTLE_LIMIT: '1000' })));
  afterAll(() => t.close());

  const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { id } }`;
  const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;

  it.each(['password1234', 'azertyuiop', 'motdepasse2026', 'tourcoing2026', 'camille.dupont2026'])(
    'refuses a guessable password at registration (%s)',
    async (password) => {
      const response = await t.graphql.request(REGISTER, {
        input: { email: 'camille.dupont@example.fr', password },
      });
      expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions!.fields).toEqual([
        expect.objectContaining({ field: 'password' }),
      ]);
    },
  );

  it('applies the same rules to a change, and backs off a stolen token guessing the current password', async () => {
    const member = await signIn(t.graphql, 'member@example.org');
    const weak = await t.graphql.request(
      CHANGE,
      { input: { currentPassword: 'crossroads-demo', newPassword: 'member1234567' } },
      member.headers,
    );
    expect(GraphQLClient.codes(weak)).toEqual(['BAD_USER_INPUT']);
    expect(weak.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'newPassword' })]);
    const guesses: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      const guess = await t.graphql.request(
        CHANGE,
        { input: { currentPassword: `guess ${i}`, newPassword: 'un long chemin de halage' } },
        member.headers,
      );
      guesses.push(GraphQLClient.codes(guess)[0]);
    }
    expect(guesses.slice(0, 4)).toEqual(Array(4).fill('BAD_USER_INPUT'));
    expect(guesses.at(-1)).toBe('RATE_LIMITED');
    // Even the right current password waits now.
    const right = await t.graphql.request(
      CHANGE,
      { input: { currentPassword: 'crossroads-demo', newPassword: 'un long chemin de halage' } },
      member.headers,
    );
    expect(GraphQLClient.codes(right)).toEqual(['RATE_LIMITED']);
  });

  it('asks for the current password before erasing an account', async () => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const response = await t.graphql.request(
      `mutation { deleteMyAccount(confirmEmail: "staff@example.org", password: "stolen token, no password") }`,
      {},
      staff.headers,
    );
    expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await t.sql(`SELECT 1 FROM app_user WHERE email = 'staff@example.org'`)).toHaveLength(1);
  });

  it('backs off a stolen token guessing the password through deleteMyAccount, as through changePassword', async () => {
    // Any signed-in account will do, a PENDING one too: register, sign in, then guess without end.
    const email = 'erasure.oracle@example.fr';
    const password = 'un long chemin de halage vers Roubaix';
    await register(t.graphql, email, password);
    const session = await signIn(t.graphql, email, password);
    const ERASE = `mutation ($password: String!) { deleteMyAccount(confirmEmail: "${email}", password: $password) }`;
    const guesses: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      const guess = await t.graphql.request(ERASE, { password: `guess ${i}` }, session.headers);
      guesses.push(GraphQLClient.codes(guess)[0]);
    }
    expect(guesses.slice(0, 4)).toEqual(Array(4).fill('BAD_USER_INPUT'));
    expect(guesses.at(-1)).toBe('RATE_LIMITED');
    // The right password waits too, and the account is still there; changePassword shares the same count.
    const right = await t.graphql.request(ERASE, { password }, session.headers);
    expect(GraphQLClient.codes(right)).toEqual(['RATE_LIMITED']);
    const change = await t.graphql.request(
      CHANGE,
      { input: { currentPassword: password, newPassword: 'une autre longue phrase de passe' } },
      session.headers,
    );
    expect(GraphQLClient.codes(change)).toEqual(['RATE_LIMITED']);
    expect(await t.sql(`SELECT 1 FROM app_user WHERE email = $1`, [email])).toHaveLength(1);
    const failures = await t.sql(
      `SELECT count(*)::int AS n FROM audit_event e JOIN app_user u ON u.id = e.subject_user_id
        WHERE u.email = $1 AND e.type = 'PASSWORD_CHANGE_FAILED'`,
      [email],
    );
    expect(failures[0].n).toBeGreaterThan(3);
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

  it('costs a fragment as much as its fields written inline, no more and no less', async () => {
    const node =
      'id slug name city postcode address addressVerified lat lng coordinatesApproximate descriptionFr descriptionEn facilities website sources createdAt updatedAt';
    const aliases = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases },
      (_, i) => `s${i}: sites(first: 100) { ...Page }`,
    );
    const page = `fragment Page on SiteConnection { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...Node } } }`;
    await refused(`{ ${aliases.join(' ')} } ${page} fragment Node on Site { ${node} }`, /cost/i);
    const one = await t.graphql.request(
      `{ sites(first: 5) { ...Page } } ${page} fragment Node on Site { ${node} }`,
    );
    expect(one.errors).toBeUndefined();
  });

  describe('list cost, with the variables of the request (attacks)', () => {
    // The structural limit (graphql-armor) refuses some first; the list cost catches what it cannot see.
    const costly = async (
      query: string,
      variables: Record<string, unknown> = {},
      pattern = /could resolve \d+ fields \(at most 60000\)|Query Cost limit/,
    ) => {
      const response = await t.graphql.request(query, variables);
      expect(response.data ?? null).toBeNull();
      expect(GraphQLClient.codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(response.errors![0].message).toMatch(pattern);
      expect(response.status).toBe(400);
    };
    const NESTED = `edges { node { companies(first: 100) { name people(first: 100) { name headline } } } }`;

    it('counts `first` passed as a variable as much as a literal', async () => {
      // Cheap to the structural rule, which sees `$n` as nothing: only the variables tell the real size.
      const query = `query ($n: Int!, $m: Int!) { sites(first: $n) { edges { node {
        companies(first: $m) { name slug people(first: $m) { name } } } } } }`;
      await costly(query, { n: 100, m: 100 }, /could resolve \d+ fields/);
      const small = await t.graphql.request(query, { n: 3, m: 5 });
      expect(small.errors).toBeUndefined();
      await costly(`{ sites(first: 100) { ${NESTED} } }`);
    });

    it('counts the items of nested lists that take no `first` by their bound', async () => {
      await costly(
        `{ sites(first: 100) { edges { node { companies { people { name } } schools { name } } } } }`,
      );
    });

    it("counts search's own `first` and what each hit asks for", async () => {
      await costly(
        `query ($input: SearchInput!) { search(input: $input) { hits { node {
          ... on Site { companies(first: 100) { name people(first: 20) { name } } } } } } }`,
        { input: { first: 100 } },
      );
    });

    it('caps every nested list', async () => {
      const response = await t.graphql.request(
        `{ site(slug: "plaine-images") { companies(first: 101) { name } } }`,
      );
      expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
    });

    it('accepts what the web app asks', async () => {
      const search = await t.graphql.request(
        `query ($input: SearchInput!) { search(input: $input) { totalHits facets { name values { value count } }
          hits { id type slug title subtitle highlight node { ... on Person { crafts { slug } } } } } }`,
        { input: { query: 'chef', first: 20 } },
      );
      expect(search.errors).toBeUndefined();
      const site = await t.graphql.request(
        `{ site(slug: "plaine-images") { name companies(first: 100) { slug name } schools { slug name } } }`,
      );
      expect(site.errors).toBeUndefined();
    });
  });

  it('refuses too many directives', async () => {
    const directives = Array.from(
      { length: GRAPHQL_LIMITS.maxDirectives + 5 },
      () => '@include(if: true)',
    ).join(' ');
    await refused(`{ sites ${directives} { totalCount } }`, /directive/i);
  });
});
