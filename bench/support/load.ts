import autocannon from 'autocannon';
import { percentile } from '../machine';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  body: string;
  headers?: Record<string, string>;
  /** A name for counting (the mixed load reports per kind). */
  kind?: string;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx responses, transport errors and timeouts. */
  errors: number;
  /** The same, apart. */
  errorKinds: { non2xx: number; transport: number; timeouts: number };
  /** 2xx responses whose GraphQL body held `errors`. */
  graphqlErrors: number;
  /** Those errors per kind and `extensions.code`, e.g. `update CONFLICT`. */
  graphqlErrorCodes: Record<string, number>;
  byKind: Record<string, number>;
  /** Non-2xx responses per kind and status, e.g. `update 400`. */
  failedByKind: Record<string, number>;
  /** Every response time (ms), sorted. */
  times: number[];
}

/**
 * Replays `requests` round-robin from `connections` concurrent clients for `seconds` (autocannon), timing every
 * response; p50/p95/p99 are computed from all of them.
 */
export async function runLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  requests: LoadRequest[];
}): Promise<LoadResult> {
  let next = 0;
  let graphqlErrors = 0;
  const graphqlErrorCodes: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const failedByKind: Record<string, number> = {};
  const times: number[] = [];
  let finish: (error: Error | null, result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      duration: options.seconds,
      // Generous: on a saturated 2-core machine a response may take seconds; a timeout would hide it as an error.
      timeout: 30,
      requests: [
        {
          setupRequest: (request, context: { kind?: string }) => {
            const chosen = options.requests[next++ % options.requests.length];
            const kind = chosen.kind ?? 'request';
            byKind[kind] = (byKind[kind] ?? 0) + 1;
            context.kind = kind;
            return {
              ...request,
              method: chosen.method ?? 'POST',
              path: chosen.path,
              body: chosen.body,
              headers: { 'content-type': 'application/json', ...chosen.headers },
            };
          },
          onResponse: (status, body, context: { kind?: string }) => {
            if (status < 300 && body.includes('"errors"')) {
              graphqlErrors++;
              for (const code of errorCodes(body)) {
                const key = `${String(context.kind)} ${code}`;
                graphqlErrorCodes[key] = (graphqlErrorCodes[key] ?? 0) + 1;
              }
            }
            if (status >= 300) {
              const key = `${String(context.kind)} ${status}`;
              failedByKind[key] = (failedByKind[key] ?? 0) + 1;
            }
          },
        },
      ],
    },
    (error, result) => finish(error, result),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await done;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    perSecond: Math.round(times.length / options.seconds),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.non2xx + result.errors, // autocannon counts timeouts among its errors
    errorKinds: {
      non2xx: result.non2xx,
      transport: result.errors - result.timeouts,
      timeouts: result.timeouts,
    },
    graphqlErrors,
    graphqlErrorCodes,
    byKind,
    failedByKind,
    times,
  };
}

/** The distinct `extensions.code`s of a GraphQL response body's errors. */
function errorCodes(body: string): string[] {
  try {
    const { errors } = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    return [...new Set((errors ?? []).map((error) => error.extensions?.code ?? 'no code'))];
  } catch {
    return ['unparsable body'];
  }
}

/** Several results of the same target pooled into one (percentiles over all their response times). */
export function pool(results: LoadResult[], seconds: number): LoadResult {
  const times = results.flatMap((result) => result.times).sort((a, b) => a - b);
  const byKind: Record<string, number> = {};
  for (const result of results)
    for (const [kind, n] of Object.entries(result.byKind)) byKind[kind] = (byKind[kind] ?? 0) + n;
  return {
    requests: times.length,
    perSecond: Math.round(times.length / seconds),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    errorKinds: {
      non2xx: results.reduce((sum, result) => sum + result.errorKinds.non2xx, 0),
      transport: results.reduce((sum, result) => sum + result.errorKinds.transport, 0),
      timeouts: results.reduce((sum, result) => sum + result.errorKinds.timeouts, 0),
    },
    graphqlErrors: results.reduce((sum, result) => sum + result.graphqlErrors, 0),
    graphqlErrorCodes: {},
    byKind,
    failedByKind: {},
    times,
  };
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
