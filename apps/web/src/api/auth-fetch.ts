import type { Session } from '../auth/session';

/** The API's messages in the language the reader chose here, not the browser's (I18nProvider sets it). */
function withAppLanguage(headers: Headers): void {
  const lang = globalThis.document?.documentElement.lang;
  if (lang) headers.set('accept-language', lang);
}

function isUnauthenticated(body: unknown): boolean {
  const errors = (body as { errors?: { extensions?: { code?: string } }[] } | null)?.errors;
  return Array.isArray(errors) && errors.some((error) => error.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * fetch for the GraphQL client: adds the bearer token (refreshed first when it is about to expire) and, when the
 * server still answers UNAUTHENTICATED (token revoked, clock skew), refreshes once and replays the request.
 * Content-Type application/json satisfies Apollo's CSRF prevention; Accept-Language is the app's language.
 */
export function authFetch(
  session: Session,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): typeof fetch {
  const send = async (input: RequestInfo | URL, init: RequestInit | undefined, token: string | null) => {
    const headers = new Headers(init?.headers);
    headers.set('content-type', 'application/json');
    withAppLanguage(headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    else headers.delete('authorization');
    return fetchImpl(input, { ...init, headers });
  };
  return async (input, init) => {
    const token = await session.token();
    const response = await send(input, init, token);
    if (!token) return response;
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    if (!isUnauthenticated(body) || !(await session.refresh())) return response;
    return send(input, init, await session.token());
  };
}

/**
 * fetch for the REST routes (downloads, spreadsheet import): the bearer token and the app's language only, so a
 * FormData body keeps the multipart Content-Type the browser sets; a 401 refreshes once and replays.
 */
export function bearerFetch(
  session: Session,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): typeof fetch {
  const send = (input: RequestInfo | URL, init: RequestInit | undefined, token: string | null) => {
    const headers = new Headers(init?.headers);
    withAppLanguage(headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetchImpl(input, { ...init, headers });
  };
  return async (input, init) => {
    const token = await session.token();
    const response = await send(input, init, token);
    if (response.status !== 401 || !token || !(await session.refresh())) return response;
    return send(input, init, await session.token());
  };
}
