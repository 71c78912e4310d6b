import { GraphQLClient, register, Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createHmac } from 'node:crypto';
import { createApp } from '../apps/api/src/create-app';

// Issue 15: a member collected STAFF account ids (claims, exports), then forged STAFF and ADMIN tokens with the
// JWT secret the repository used to default to; and a logged-out access token kept working for 15 minutes.
const PUBLISHED_SECRET = 'crossroads-development-only-secret-never-in-production';
const PASSWORD = 'a long enough passphrase';
const ME = `{ me { email roles } }`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function sign(payload: object, secret: string): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('tokens nobody can forge, and that end with the sign-in (attacks)', () => {
  let t: TestApp;
  let staff: Session;
  const me = (token: string) => t.graphql.request(ME, {}, { authorization: `Bearer ${token}` });

  /** An approved member with their own password. */
  const member = async (email: string): Promise<Session> => {
    const id = await register(t.graphql, email, PASSWORD);
    await t.graphql.request(`mutation ($id: ID!) { approveUser(id: $id) { id } }`, { id }, staff.headers);
    return signIn(t.graphql, email, PASSWORD);
  };

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000', LOGIN_THROTTLE_LIMIT: '1000' });
    staff = await signIn(t.graphql, 'staff@example.org');
  });
  afterAll(() => t.close());

  it('signs with a secret of its own, never the one once published in the repository', async () => {
    expect(t.config.jwtSecret).not.toBe(PUBLISHED_SECRET);
    const [admin] = await t.sql(`SELECT id FROM app_user WHERE email = 'admin@example.org'`);
    const [family] = await t.sql(`SELECT family_id FROM refresh_token WHERE user_id = $1 LIMIT 1`, [
      (await t.sql(`SELECT id FROM app_user WHERE email = 'staff@example.org'`))[0].id,
    ]);
    const now = Math.floor(Date.now() / 1000);
    const forged = sign(
      {
        sub: admin.id,
        roles: ['ADMIN'],
        fam: family.family_id,
        iss: t.config.JWT_ISSUER,
        aud: t.config.JWT_AUDIENCE,
        iat: now,
        exp: now + 600,
      },
      PUBLISHED_SECRET,
    );
    expect(GraphQLClient.codes(await me(forged))).toEqual(['UNAUTHENTICATED']);
  });

  it("refuses a correctly signed token that names no sign-in, or someone else's", async () => {
    const session = await member('mallory@example.fr');
    const [mallory] = await t.sql(`SELECT id FROM app_user WHERE email = 'mallory@example.fr'`);
    const [admin] = await t.sql(`SELECT id FROM app_user WHERE email = 'admin@example.org'`);
    const [family] = await t.sql(`SELECT family_id FROM refresh_token WHERE user_id = $1 LIMIT 1`, [
      mallory.id,
    ]);
    const now = Math.floor(Date.now() / 1000);
    const base = { iss: t.config.JWT_ISSUER, aud: t.config.JWT_AUDIENCE, iat: now, exp: now + 600 };
    const secret = t.config.jwtSecret;
    // Even with the server's secret, an old-format token without a sign-in, or an admin's id on a member's sign-in.
    expect(GraphQLClient.codes(await me(sign({ ...base, sub: admin.id, roles: ['ADMIN'] }, secret)))).toEqual(
      ['UNAUTHENTICATED'],
    );
    const borrowed = sign({ ...base, sub: admin.id, roles: ['ADMIN'], fam: family.family_id }, secret);
    expect(GraphQLClient.codes(await me(borrowed))).toEqual(['UNAUTHENTICATED']);
    expect((await me(session.accessToken)).data!.me.email).toBe('mallory@example.fr');
  });

  it('refuses a correctly signed token of a live sign-in that never expires (no exp)', async () => {
    const session = await member('forever@example.fr');
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()) as {
      exp?: number;
    };
    const { exp: _exp, ...forever } = claims;
    expect(GraphQLClient.codes(await me(sign(forever, t.config.jwtSecret)))).toEqual(['UNAUTHENTICATED']);
    expect((await me(sign(claims, t.config.jwtSecret))).data!.me.email).toBe('forever@example.fr');
  });

  it('shows a member no STAFF or other account id: claims say "staff", exports say "another account"', async () => {
    const session = await member('claimant@example.fr');
    const person = (
      await t.graphql.request(
        `mutation { createPerson(input: { firstName: "Clara", lastName: "Vasseur" }) { id } }`,
        {},
        staff.headers,
      )
    ).data!.createPerson.id;
    const claim = (
      await t.graphql.request(
        `mutation ($personId: ID!) { claimPerson(personId: $personId) { id } }`,
        { personId: person },
        session.headers,
      )
    ).data!.claimPerson.id;
    await t.graphql.request(
      `mutation ($id: ID!) { decidePersonClaim(id: $id, approve: true) { id } }`,
      { id: claim },
      staff.headers,
    );
    const mine = await t.graphql.request(
      `{ myPersonClaims { edges { node { status decidedBy decidedByStaff } } } }`,
      {},
      session.headers,
    );
    expect(mine.data!.myPersonClaims.edges).toEqual([
      { node: { status: 'APPROVED', decidedBy: null, decidedByStaff: true } },
    ]);
    const staffView = await t.graphql.request(
      `{ personClaims(status: APPROVED) { edges { node { decidedBy } } } }`,
      {},
      staff.headers,
    );
    const [staffRow] = await t.sql(`SELECT id FROM app_user WHERE email = 'staff@example.org'`);
    expect(staffView.data!.personClaims.edges).toContainEqual({ node: { decidedBy: staffRow.id } });

    const again = await signIn(t.graphql, 'claimant@example.fr', PASSWORD);
    const exported = (await t.graphql.request(`{ exportMyData }`, {}, again.headers)).data!
      .exportMyData as string;
    const [own] = await t.sql(`SELECT id FROM app_user WHERE email = 'claimant@example.fr'`);
    const accounts = new Set(
      ((await t.sql(`SELECT id FROM app_user`)) as { id: string }[]).map((row) => row.id),
    );
    const leaked = (exported.match(UUID) ?? []).filter((id) => accounts.has(id) && id !== own.id);
    expect(leaked).toEqual([]);
    expect(exported).toContain('"decidedBy":"staff"');
  });

  it("keeps the web app's refresh token in an httpOnly, SameSite=Strict cookie, and ends it on logout", async () => {
    await member('cookie@example.fr');
    const post = (query: string, cookie?: string) =>
      fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
        body: JSON.stringify({ query }),
      });
    const login = await post(
      `mutation { login(email: "cookie@example.fr", password: "${PASSWORD}") { accessToken } }`,
    );
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^crossroads_refresh=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/graphql/);
    const cookie = setCookie.split(';')[0];

    const refreshed = await post(`mutation { refreshToken { accessToken } }`, cookie);
    const body = (await refreshed.json()) as { data: { refreshToken: { accessToken: string } } };
    expect((await me(body.data.refreshToken.accessToken)).data!.me.email).toBe('cookie@example.fr');
    const rotated = (refreshed.headers.get('set-cookie') ?? '').split(';')[0];
    expect(rotated).not.toBe(cookie);
    // The rotated-away cookie replayed (stolen) ends the whole sign-in.
    const replay = (await (await post(`mutation { refreshToken { accessToken } }`, cookie)).json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(replay.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const again = await post(
      `mutation { login(email: "cookie@example.fr", password: "${PASSWORD}") { accessToken } }`,
    );
    const fresh = (again.headers.get('set-cookie') ?? '').split(';')[0];
    const { data } = (await (await post(`mutation { refreshToken { accessToken } }`, fresh)).json()) as {
      data: { refreshToken: { accessToken: string } };
    };
    const next = (await post(`mutation { logout }`, fresh)).headers.get('set-cookie') ?? '';
    expect(next).toMatch(/crossroads_refresh=;.*Expires=Thu, 01 Jan 1970/);
    expect(GraphQLClient.codes(await me(data.refreshToken.accessToken))).toEqual(['UNAUTHENTICATED']);
    const none = (await (await post(`mutation { refreshToken { accessToken } }`)).json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(none.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  describe('an access token ends with its sign-in, at once', () => {
    it('on logout', async () => {
      const session = await member('logout@example.fr');
      expect((await me(session.accessToken)).data!.me.email).toBe('logout@example.fr');
      await t.graphql.request(`mutation ($t: String!) { logout(refreshToken: $t) }`, {
        t: session.refreshToken,
      });
      expect(GraphQLClient.codes(await me(session.accessToken))).toEqual(['UNAUTHENTICATED']);
    });

    it('on a password change (every sign-in of the account)', async () => {
      const other = await member('password@example.fr');
      const current = await signIn(t.graphql, 'password@example.fr', PASSWORD);
      const changed = await t.graphql.request(
        `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`,
        { input: { currentPassword: PASSWORD, newPassword: 'an even longer new passphrase' } },
        current.headers,
      );
      expect(changed.errors).toBeUndefined();
      expect(GraphQLClient.codes(await me(other.accessToken))).toEqual(['UNAUTHENTICATED']);
    });

    it('when STAFF disable the account', async () => {
      const session = await member('disabled@example.fr');
      const [row] = await t.sql(`SELECT id FROM app_user WHERE email = 'disabled@example.fr'`);
      await t.graphql.request(
        `mutation ($id: ID!) { disableUser(id: $id) { id } }`,
        { id: row.id },
        staff.headers,
      );
      expect(GraphQLClient.codes(await me(session.accessToken))).toEqual(['UNAUTHENTICATED']);
    });

    it('when a stolen refresh token is replayed (the family is revoked)', async () => {
      const session = await member('replay@example.fr');
      const refresh = `mutation ($token: String!) { refreshToken(token: $token) { accessToken } }`;
      const rotated = await t.graphql.request(refresh, { token: session.refreshToken });
      const fresh = rotated.data!.refreshToken.accessToken as string;
      expect((await me(fresh)).data!.me.email).toBe('replay@example.fr');
      const replay = await t.graphql.request(refresh, { token: session.refreshToken });
      expect(GraphQLClient.codes(replay)).toEqual(['UNAUTHENTICATED']);
      expect(GraphQLClient.codes(await me(fresh))).toEqual(['UNAUTHENTICATED']);
      expect(GraphQLClient.codes(await me(session.accessToken))).toEqual(['UNAUTHENTICATED']);
    });
  });
});
