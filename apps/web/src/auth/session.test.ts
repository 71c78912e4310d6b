import { authFetch, bearerFetch } from '../api/auth-fetch';
import { AuthPayload, Session } from './session';

const user = { id: 'u1', email: 'member@example.org', roles: ['MEMBER'], status: 'ACTIVE' };
const payload = (n: number): AuthPayload => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresIn: 900,
  user,
});

function jsonResponse(body: unknown) {
  const text = JSON.stringify(body);
  const response = { json: async () => JSON.parse(text), clone: () => response };
  return response as unknown as Response;
}

describe('Session', () => {
  afterEach(() => jest.useRealTimers());

  it('refreshes once for concurrent callers, with the cookie, never storing the refresh token', async () => {
    let n = 1;
    const fetchImpl = jest.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
      jsonResponse({ data: { refreshToken: payload(++n) } }),
    );
    const session = new Session('/graphql', localStorage, fetchImpl);
    session.accept(payload(1));
    session.clear();
    localStorage.setItem('crossroads.signedIn', '1');
    const tokens = await Promise.all([session.token(), session.token(), session.token()]);
    expect(tokens).toEqual(['access-2', 'access-2', 'access-2']);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const init = fetchImpl.mock.calls[0][1]!;
    expect(init.credentials).toBe('same-origin');
    expect(JSON.parse(init.body as string).variables).toBeUndefined();
    expect(JSON.stringify({ ...localStorage })).not.toMatch(/refresh-\d/);
    expect(session.currentUser).toEqual(user);
  });

  it('forgets a refresh token an older version left in localStorage', () => {
    localStorage.setItem('crossroads.refreshToken', 'refresh-0');
    const session = new Session('/graphql', localStorage, jest.fn());
    expect(session.hasRefreshToken).toBe(false);
    expect(localStorage.getItem('crossroads.refreshToken')).toBeNull();
  });

  it('signs out when the refresh token is refused', async () => {
    const session = new Session('/graphql', localStorage, async () =>
      jsonResponse({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    localStorage.setItem('crossroads.signedIn', '1');
    expect(await session.token()).toBeNull();
    expect(session.hasRefreshToken).toBe(false);
  });

  it('keeps the refresh token when the network is down', async () => {
    const session = new Session('/graphql', localStorage, () => Promise.reject(new Error('offline')));
    localStorage.setItem('crossroads.signedIn', '1');
    expect(await session.refresh()).toBe(false);
    expect(session.hasRefreshToken).toBe(true);
  });

  it('replays a request once with a new token when the server says UNAUTHENTICATED', async () => {
    const session = new Session('/graphql', localStorage, async () =>
      jsonResponse({ data: { refreshToken: payload(2) } }),
    );
    session.accept(payload(1));
    const sent: (string | null)[] = [];
    const api = jest.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const authorization = new Headers(init?.headers).get('authorization');
      sent.push(authorization);
      return jsonResponse(
        authorization === 'Bearer access-1'
          ? { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] }
          : { data: { me: { id: 'u1' } } },
      );
    });
    const response = await authFetch(session, api)('/graphql', { method: 'POST', body: '{}' });
    expect(await response.json()).toEqual({ data: { me: { id: 'u1' } } });
    expect(sent).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('asks the API for errors in the language the reader chose in the app', async () => {
    const session = new Session('/graphql', localStorage, async () => jsonResponse({}));
    const languages: (string | null)[] = [];
    const api = jest.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      languages.push(new Headers(init?.headers).get('accept-language'));
      return jsonResponse({ data: {} });
    });
    for (const lang of ['fr', 'en']) {
      document.documentElement.lang = lang;
      await authFetch(session, api)('/graphql', { method: 'POST', body: '{}' });
    }
    expect(languages).toEqual(['fr', 'en']);
  });

  it('asks the REST routes (the import report) for the same language, keeping the multipart body as it is', async () => {
    const session = new Session('/graphql', localStorage, async () => jsonResponse({}));
    const sent: [string | null, string | null][] = [];
    const api = jest.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      sent.push([headers.get('accept-language'), headers.get('content-type')]);
      return { status: 200 } as Response;
    });
    for (const lang of ['fr', 'en']) {
      document.documentElement.lang = lang;
      await bearerFetch(session, api)('/import/people', { method: 'POST', body: new FormData() });
    }
    expect(sent).toEqual([
      ['fr', null],
      ['en', null],
    ]);
  });
});
