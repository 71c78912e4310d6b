import type { CookieOptions, Request, Response } from 'express';

/**
 * The web app's refresh token travels in an httpOnly cookie, out of reach of the page's scripts (and of any script
 * injected into it), sent only to /graphql and only by pages of this site (SameSite=Strict). Other clients keep
 * passing the token in the mutations' arguments; the cookie is read only when the argument is absent.
 */
export const REFRESH_COOKIE = 'crossroads_refresh';

export function refreshCookieOptions(secure: boolean, maxAgeDays: number): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/graphql', maxAge: maxAgeDays * 86_400_000 };
}

export function readRefreshCookie(request: Request | undefined): string | undefined {
  const header = request?.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function setRefreshCookie(
  response: Response | undefined,
  token: string,
  options: CookieOptions,
): void {
  response?.cookie(REFRESH_COOKIE, token, options);
}

export function clearRefreshCookie(response: Response | undefined, options: CookieOptions): void {
  const { maxAge: _maxAge, ...rest } = options;
  response?.clearCookie(REFRESH_COOKIE, rest);
}
