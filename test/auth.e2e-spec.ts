import { GraphQLClient, register, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createHmac } from 'node:crypto';
import { createApp } from '../apps/api/src/create-app';

const ME = '{ me { id email roles status } }';
const REFRESH = `mutation ($token: String!) { refreshToken(token: $token) { accessToken refreshToken user { email } } }`;

/** A JWT signed by hand, to try what passport-jwt must refuse. */
function jwt(header: object, payload: object, secret: string): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const body = `${encode(header)}.${encode(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('accounts: register, approve, sign in, refresh, sign out', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp)));
  afterAll(() => t.close());

  it('runs the whole journey of a new member', async () => {
    const id = await register(t.graphql, 'Claire.Martin@Example.fr', 'a long enough passphrase');
    const duplicate = await t.graphql.request(
      `mutation { register(input: { email: "claire.martin@example.fr", password: "another long passphrase" }) { id } }`,
    );
    // Registering a taken address answers like a new registration: it must not reveal the account.
    expect(duplicate.errors).toBeUndefined();

    const pending = await signIn(t.graphql, 'claire.martin@example.fr', 'a long enough passphrase');
    const me = await t.graphql.request(ME, {}, pending.headers);
    expect(me.data!.me).toMatchObject({ id, status: 'PENDING', roles: [] });
    const refused = await t.graphql.request('{ users { totalCount } }', {}, pending.headers);
    expect(GraphQLClient.codes(refused)).toEqual(['FORBIDDEN']);

    const staff = await signIn(t.graphql, 'staff@example.org');
    const approved = await t.graphql.request(
      `mutation ($id: ID!) { approveUser(id: $id) { status roles } }`,
      { id },
      staff.headers,
    );
    expect(approved.data!.approveUser).toEqual({ status: 'ACTIVE', roles: ['MEMBER'] });

    const member = await signIn(t.graphql, 'CLAIRE.MARTIN@example.fr', 'a long enough passphrase');
    expect((await t.graphql.request(ME, {}, member.headers)).data!.me.roles).toEqual(['MEMBER']);

    const rotated = await t.graphql.request(REFRESH, { token: member.refreshToken });
    expect(rotated.data!.refreshToken.user.email).toBe('Claire.Martin@Example.fr');
    const next = rotated.data!.refreshToken.refreshToken as string;
    expect(next).not.toBe(member.refreshToken);

    const logout = await t.graphql.request(`mutation ($t: String!) { logout(refreshToken: $t) }`, {
      t: next,
    });
    expect(logout.data).toEqual({ logout: true });
    expect(GraphQLClient.codes(await t.graphql.request(REFRESH, { token: next }))).toEqual([
      'UNAUTHENTICATED',
    ]);

    const events = await t.graphql.request(
      `query ($id: ID!) { auditEvents(userId: $id) { edges { node { type ip } } } }`,
      { id },
      staff.headers,
    );
    const types = events.data!.auditEvents.edges.map((edge: { node: { type: string } }) => edge.node.type);
    expect(types).toEqual(
      expect.arrayContaining(['REGISTERED', 'LOGIN_SUCCEEDED', 'USER_APPROVED', 'LOGOUT']),
    );
  });

  it('revokes the whole family when a rotated refresh token is used again', async () => {
    const first = await signIn(t.graphql, 'member@example.org');
    const second = (await t.graphql.request(REFRESH, { token: first.refreshToken })).data!.refreshToken;
    const reuse = await t.graphql.request(REFRESH, { token: first.refreshToken });
    expect(GraphQLClient.codes(reuse)).toEqual(['UNAUTHENTICATED']);
    expect(reuse.errors![0].message).toMatch(/already used/);
    // The thief's copy is dead, and so is the legitimate newer token.
    expect(GraphQLClient.codes(await t.graphql.request(REFRESH, { token: second.refreshToken }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const staff = await signIn(t.graphql, 'staff@example.org');
    const reuses = await t.graphql.request(
      '{ auditEvents(type: TOKEN_REUSE) { totalCount } }',
      {},
      staff.headers,
    );
    expect(reuses.data!.auditEvents.totalCount).toBeGreaterThan(0);
  });

  it('refuses tokens that are expired, forged, unsigned or for another audience', async () => {
    const { jwtSecret: secret, JWT_ISSUER: iss, JWT_AUDIENCE: aud } = t.config;
    const [{ id }] = await t.sql(`SELECT id FROM app_user WHERE email = 'admin@example.org'`);
    await signIn(t.graphql, 'admin@example.org');
    const [{ family_id: fam }] = await t.sql(
      `SELECT family_id FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL LIMIT 1`,
      [id],
    );
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: id, roles: ['ADMIN'], fam, iss, aud, iat: now, exp: now + 600 };
    const cases = {
      valid: jwt({ alg: 'HS256', typ: 'JWT' }, claims, secret),
      expired: jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: now - 10 }, secret),
      forged: jwt({ alg: 'HS256', typ: 'JWT' }, claims, 'not-the-secret-of-this-server-0123456789'),
      audience: jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: 'someone-else' }, secret),
      issuer: jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'someone-else' }, secret),
      unsigned: `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`,
    };
    const me = (token: string) => t.graphql.request(ME, {}, { authorization: `Bearer ${token}` });
    expect((await me(cases.valid)).data!.me.email).toBe('admin@example.org');
    const expired = await me(cases.expired);
    expect(GraphQLClient.codes(expired)).toEqual(['UNAUTHENTICATED']);
    expect(expired.errors![0].message).toMatch(/expired/);
    for (const token of [cases.forged, cases.audience, cases.issuer, cases.unsigned]) {
      expect(GraphQLClient.codes(await me(token))).toEqual(['UNAUTHENTICATED']);
    }
    const malformed = await t.graphql.request(ME, {}, { authorization: 'Basic abc' });
    expect(GraphQLClient.codes(malformed)).toEqual(['UNAUTHENTICATED']);
  });

  it('changes a password, ending other sign-ins', async () => {
    await register(t.graphql, 'pierre@example.fr', 'first long passphrase');
    const [{ id }] = await t.sql(`SELECT id FROM app_user WHERE email = 'pierre@example.fr'`);
    const staff = await signIn(t.graphql, 'staff@example.org');
    await t.graphql.request(`mutation ($id: ID!) { approveUser(id: $id) { id } }`, { id }, staff.headers);
    const session = await signIn(t.graphql, 'pierre@example.fr', 'first long passphrase');
    const change = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const wrong = await t.graphql.request(
      change,
      { input: { currentPassword: 'nope', newPassword: 'second long passphrase' } },
      session.headers,
    );
    expect(GraphQLClient.codes(wrong)).toEqual(['BAD_USER_INPUT']);
    const ok = await t.graphql.request(
      change,
      { input: { currentPassword: 'first long passphrase', newPassword: 'second long passphrase' } },
      session.headers,
    );
    expect(ok.data).toEqual({ changePassword: true });
    expect(GraphQLClient.codes(await t.graphql.request(REFRESH, { token: session.refreshToken }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    await signIn(t.graphql, 'pierre@example.fr', 'second long passphrase');
  });

  it('disables an account: no sign-in, its tokens stop working at once', async () => {
    const id = await register(t.graphql, 'leaving@example.fr', 'a long enough passphrase');
    const staff = await signIn(t.graphql, 'staff@example.org');
    await t.graphql.request(`mutation ($id: ID!) { approveUser(id: $id) { id } }`, { id }, staff.headers);
    const session = await signIn(t.graphql, 'leaving@example.fr', 'a long enough passphrase');
    const disabled = await t.graphql.request(
      `mutation ($id: ID!) { disableUser(id: $id) { status } }`,
      { id },
      staff.headers,
    );
    expect(disabled.data!.disableUser.status).toBe('DISABLED');
    expect(GraphQLClient.codes(await t.graphql.request(ME, {}, session.headers))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(GraphQLClient.codes(await t.graphql.request(REFRESH, { token: session.refreshToken }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const login = await t.graphql.request(
      `mutation { login(email: "leaving@example.fr", password: "a long enough passphrase") { accessToken } }`,
    );
    expect(GraphQLClient.codes(login)).toEqual(['FORBIDDEN']);
  });

  it('lets only ADMIN change roles, and STAFF not disable STAFF', async () => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const admin = await signIn(t.graphql, 'admin@example.org');
    const [{ id: memberId }] = await t.sql(`SELECT id FROM app_user WHERE email = 'member@example.org'`);
    const [{ id: adminId }] = await t.sql(`SELECT id FROM app_user WHERE email = 'admin@example.org'`);
    const setRoles = `mutation ($id: ID!, $roles: [Role!]!) { setUserRoles(id: $id, roles: $roles) { roles } }`;
    expect(
      GraphQLClient.codes(
        await t.graphql.request(setRoles, { id: memberId, roles: ['STAFF'] }, staff.headers),
      ),
    ).toEqual(['FORBIDDEN']);
    const promoted = await t.graphql.request(setRoles, { id: memberId, roles: ['STAFF'] }, admin.headers);
    expect(promoted.data!.setUserRoles.roles).toEqual(['STAFF']);
    await t.graphql.request(setRoles, { id: memberId, roles: ['MEMBER'] }, admin.headers);
    const disableAdmin = await t.graphql.request(
      `mutation ($id: ID!) { disableUser(id: $id) { id } }`,
      { id: adminId },
      staff.headers,
    );
    expect(GraphQLClient.codes(disableAdmin)).toEqual(['FORBIDDEN']);
  });

  it.each([
    [{ email: 'not-an-email', password: 'a long enough passphrase' }, 'email'],
    [{ email: 'short@example.fr', password: 'short' }, 'password'],
    [{ email: 'x@example.fr', password: 'p'.repeat(129) }, 'password'],
    [{ email: 'jeanne@example.fr', password: 'jeanne-is-my-password' }, 'password'],
  ])('refuses registration %j naming %s, storing nothing', async (input, field) => {
    const before = await t.sql('SELECT count(*)::int AS n FROM app_user');
    const response = await t.graphql.request(
      `mutation ($input: RegisterInput!) { register(input: $input) { id } }`,
      { input },
    );
    expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response.errors![0].extensions)).toContain(field);
    expect(await t.sql('SELECT count(*)::int AS n FROM app_user')).toEqual(before);
  });
});
