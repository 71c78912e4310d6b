import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { Agent, IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** What the Meilisearch client hands its `httpClient`: a URL and a fetch RequestInit. */
type MeiliHttpClient = (...args: Parameters<typeof fetch>) => Promise<unknown>;

/** Requests that may wait for a free slot, per slot: past them a search is refused at once rather than queued. */
export const WAITING_PER_SLOT = 16;

/**
 * A search refused before it was sent: `concurrency` searches in flight and as many as may wait already waiting.
 * Meilisearch is saturated; waiting longer would only make every search late (the client wraps this in its
 * MeilisearchRequestError, as `cause`).
 */
export class SearchQueueFullError extends Error {
  override readonly name = 'SearchQueueFullError';
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  const given = init?.headers;
  // The client passes a Headers already: read it rather than build another one per search.
  (given instanceof Headers ? given : new Headers(given)).forEach((value, name) => (headers[name] = value));
  // Local network: compressing each answer costs both sides CPU for nothing (docs/BENCHMARKS.md, tuning).
  headers['accept-encoding'] = 'identity';
  return headers;
}

function send(
  url: URL,
  init: RequestInit | undefined,
  agent: Agent,
): Promise<{ response: IncomingMessage; text: string; reused: boolean }> {
  const body = typeof init?.body === 'string' ? init.body : undefined;
  const headers = headersOf(init);
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: init?.method ?? 'GET', headers, agent, signal: init?.signal ?? undefined },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ response, text: Buffer.concat(chunks).toString('utf8'), reused: outgoing.reusedSocket }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', (error) => reject(Object.assign(error, { reused: outgoing.reusedSocket })));
    outgoing.end(body);
  });
}

/**
 * The Meilisearch client's requests over node:http with keep-alive sockets instead of fetch: fetch builds WHATWG
 * requests, headers and streams (and clones the body) for every search, several percent of the API's CPU per
 * search in its profile (docs/BENCHMARKS.md, API overhead). Errors are the client's own: MeilisearchApiError for
 * an answer other than 2xx, MeilisearchRequestError when no answer came. A request on a kept-alive socket that
 * Meilisearch had just closed is sent once more (what Node's documentation advises for `reusedSocket`).
 *
 * At most `concurrency` requests are in flight, each on its own kept-alive socket; the agent queues the others in
 * order. Meilisearch answers fewer searches per second the more it holds at once (docs/BENCHMARKS.md, "Searches in
 * flight"), so under load the queue is better kept here. At most `waiting` wait (WAITING_PER_SLOT a slot by
 * default): beyond, the engine is saturated and a search fails at once (SearchQueueFullError) instead of joining a
 * queue whose every search would end late or time out.
 */
export function nodeHttpClient(
  host: string,
  concurrency: number,
  waiting = concurrency * WAITING_PER_SLOT,
): MeiliHttpClient {
  const sockets = { keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency };
  const agent = new URL(host).protocol === 'https:' ? new HttpsAgent(sockets) : new Agent(sockets);
  let pending = 0; // in flight and waiting
  return async (input, init) => {
    const url = input instanceof URL ? input : new URL(typeof input === 'string' ? input : input.url);
    if (pending >= concurrency + waiting)
      throw new SearchQueueFullError(`${pending} searches in flight or waiting for Meilisearch`);
    let sent: Awaited<ReturnType<typeof send>>;
    pending++;
    try {
      sent = await send(url, init, agent).catch((error: Error & { reused?: boolean; code?: string }) => {
        if (error.reused && (error.code === 'ECONNRESET' || error.code === 'EPIPE'))
          return send(url, init, agent);
        throw error;
      });
    } catch (error) {
      // Aborted (the client's timeout, waiting or in flight): its reason, as fetch rejects, so that the client
      // reports a MeilisearchRequestTimeOutError rather than an AbortError.
      if (init?.signal?.aborted) throw init.signal.reason;
      throw new MeilisearchRequestError(url.toString(), error);
    } finally {
      pending--;
    }
    const parsed: unknown = sent.text === '' ? undefined : JSON.parse(sent.text);
    const status = sent.response.statusCode ?? 0;
    if (status < 200 || status >= 300)
      throw new MeilisearchApiError(
        new Response(null, { status, statusText: sent.response.statusMessage }),
        parsed as never,
      );
    return parsed;
  };
}
