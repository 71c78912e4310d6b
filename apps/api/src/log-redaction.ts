/** Secrets that travel in URLs: personal calendar feed addresses and `token` query parameters (unsubscribe links). */
const FEED_PATH = /(\/calendar\/feeds\/)[^/?#]+/g;
const TOKEN_QUERY = /([?&]token=)[^&#]*/g;
const REDACTED = '[redacted]';

export function redactUrl(url: string): string {
  return url.replace(FEED_PATH, `$1${REDACTED}`).replace(TOKEN_QUERY, `$1${REDACTED}`);
}

interface SerializedRequest {
  url?: string;
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
}

/**
 * pino-http's request serializer, applied after the standard one: a request log line never holds a URL secret.
 * The standard serializer shares `params` and `query` with the live request, so they are replaced, not mutated.
 */
export function redactRequest<R extends SerializedRequest>(request: R): R {
  if (typeof request.url === 'string') request.url = redactUrl(request.url);
  for (const key of ['params', 'query'] as const) {
    const values = request[key];
    if (values && typeof values === 'object' && 'token' in values)
      request[key] = { ...values, token: REDACTED };
  }
  return request;
}
