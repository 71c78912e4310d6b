import { signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createHash } from 'node:crypto';
import { createApp } from '../apps/api/src/create-app';

// The account's own share of "download my data": its sign-ins (refresh-token sessions) and the login back-off
// counted against its email, never a token or its hash.
describe("the account's sessions and login back-off in exportMyData", () => {
  let t: TestApp;
  beforeAll(
    async () => (t = await startTestApp(createApp, { LOGIN_THROTTLE_LIMIT: '1000', TRUST_PROXY: '1' })),
  );
  afterAll(() => t?.close());

  const login = (email: string, password: string, from: string) =>
    t.graphql.request(
      `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
      { e: email, p: password },
      { 'x-forwarded-for': from },
    );

  it('lists every sign-in with its dates, and the back-off rows of its email, without any secret', async () => {
    // Three sign-ins: one refreshed (two tokens of one family), one logged out, one left open.
    const refreshed = await signIn(t.graphql, 'member@example.org');
    const rotated = await t.graphql.ok(
      `mutation ($token: String!) { refreshToken(token: $token) { refreshToken } }`,
      { token: refreshed.refreshToken },
    );
    const loggedOut = await signIn(t.graphql, 'member@example.org');
    await t.graphql.ok(`mutation ($token: String!) { logout(refreshToken: $token) }`, {
      token: loggedOut.refreshToken,
    });
    const open = await signIn(t.graphql, 'member@example.org');
    // Wrong passwords for her email (typed in another case) from two addresses, and for someone else's.
    await login('Member@Example.org', 'not the password', '203.0.113.5');
    await login('member@example.org', 'not the password', '203.0.113.6');
    await login('member@example.org', 'not the password', '203.0.113.6');
    await login('staff@example.org', 'not the password', '203.0.113.7');

    const data = JSON.parse(
      (await t.graphql.ok('{ exportMyData }', {}, open.headers)).exportMyData as string,
    ) as { account: { sessions: Record<string, unknown>[]; loginBackoff: Record<string, unknown>[] } };

    const { sessions, loginBackoff } = data.account;
    const [{ id: memberId }] = await t.sql(`SELECT id FROM app_user WHERE email = 'member@example.org'`);
    const stored = await t.sql(
      `SELECT family_id, token_hash, revoked_at, used_at FROM refresh_token WHERE user_id = $1`,
      [memberId],
    );
    expect(sessions).toHaveLength(stored.length);
    expect(stored.length).toBeGreaterThanOrEqual(4);
    for (const session of sessions) {
      expect(Object.keys(session).sort()).toEqual(
        ['createdAt', 'expiresAt', 'revokedAt', 'signIn', 'usedAt'].sort(),
      );
      expect(typeof session.createdAt).toBe('string');
      expect(typeof session.expiresAt).toBe('string');
    }
    // The refreshed sign-in shows as two tokens of one family, the first used; the logged-out one revoked.
    const families = new Map<unknown, Record<string, unknown>[]>();
    for (const session of sessions)
      families.set(session.signIn, [...(families.get(session.signIn) ?? []), session]);
    expect([...families.values()].some((tokens) => tokens.length === 2 && tokens.some((s) => s.usedAt))).toBe(
      true,
    );
    expect(sessions.filter((s) => s.revokedAt)).toHaveLength(stored.filter((row) => row.revoked_at).length);
    expect(sessions.some((s) => s.revokedAt)).toBe(true);

    // No token, no hash of one, anywhere in the export.
    const text = JSON.stringify(data);
    const tokens = [
      refreshed.refreshToken,
      rotated.refreshToken.refreshToken,
      loggedOut.refreshToken,
      open.refreshToken,
    ];
    for (const token of tokens) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(createHash('sha256').update(token).digest('hex'));
    }
    for (const row of stored) expect(text).not.toContain(row.token_hash);

    // Her email's back-off rows (whatever case was typed), not staff's.
    expect(
      loginBackoff
        .map(({ ip, failures }) => ({ ip, failures }))
        .sort((a, b) => String(a.ip).localeCompare(String(b.ip))),
    ).toEqual([
      { ip: '203.0.113.5', failures: 1 },
      { ip: '203.0.113.6', failures: 2 },
    ]);
    for (const row of loginBackoff) {
      expect(Object.keys(row).sort()).toEqual(['failures', 'ip', 'lockedUntil', 'updatedAt']);
    }
    expect(text).not.toContain('203.0.113.7');
  });
});
