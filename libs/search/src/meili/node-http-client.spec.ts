import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
} from 'meilisearch';
import { ServerResponse } from 'node:http';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { nodeHttpClient, SearchQueueFullError } from './node-http-client';

describe('nodeHttpClient', () => {
  let server: Server;
  let host: string;
  const seen: { method?: string; body: string; headers: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method, body, headers: request.headers });
        if (request.url === '/refused') {
          response.writeHead(403, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({ message: 'The provided API key is invalid.', code: 'invalid_api_key' }),
          );
        } else if (request.url === '/empty') {
          response.writeHead(204).end();
        } else {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ echo: body ? (JSON.parse(body) as unknown) : null }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends the body and headers and parses the JSON answer, uncompressed', async () => {
    const client = nodeHttpClient(host, 4);
    const answer = await client(new URL('/multi-search', host), {
      method: 'POST',
      body: JSON.stringify({ q: 'monteuse é' }),
      headers: new Headers({ authorization: 'Bearer k', 'content-type': 'application/json' }),
    });
    expect(answer).toEqual({ echo: { q: 'monteuse é' } });
    const last = seen[seen.length - 1];
    expect(last.method).toBe('POST');
    expect(last.headers.authorization).toBe('Bearer k');
    expect(last.headers['accept-encoding']).toBe('identity');
    expect(await client(new URL('/empty', host), { method: 'DELETE' })).toBeUndefined();
  });

  it("throws the client's own errors: an API error with Meilisearch's message, a request error", async () => {
    const client = nodeHttpClient(host, 4);
    const refused = await client(new URL('/refused', host), { method: 'GET' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MeilisearchApiError);
    expect((refused as MeilisearchApiError).message).toBe('The provided API key is invalid.');
    expect((refused as MeilisearchApiError).response.status).toBe(403);
    const down = nodeHttpClient('http://127.0.0.1:1', 4);
    await expect(down(new URL('http://127.0.0.1:1/health'), { method: 'GET' })).rejects.toBeInstanceOf(
      MeilisearchRequestError,
    );
  });

  it('holds at most `concurrency` requests in flight, the others waiting their turn, and refuses past the waiting room', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = createServer((request, response) => {
      inFlight++;
      most = Math.max(most, inFlight);
      request.resume();
      setTimeout(() => {
        inFlight--;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ url: request.url }));
      }, 20);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const slowHost = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    try {
      const client = nodeHttpClient(slowHost, 2);
      const answers = await Promise.all(
        Array.from({ length: 7 }, (_, i) => client(new URL(`/search/${i}`, slowHost), { method: 'GET' })),
      );
      expect(answers).toEqual(Array.from({ length: 7 }, (_, i) => ({ url: `/search/${i}` })));
      expect(most).toBe(2);

      // With 1 in flight and 1 waiting at most, a third is refused unsent; once they are answered, room again.
      const narrow = nodeHttpClient(slowHost, 1, 1);
      const three = await Promise.allSettled(
        [0, 1, 2].map((i) => narrow(new URL(`/narrow/${i}`, slowHost), { method: 'GET' })),
      );
      expect(three.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      expect((three[2] as PromiseRejectedResult).reason).toBeInstanceOf(SearchQueueFullError);
      expect(await narrow(new URL('/narrow/again', slowHost), { method: 'GET' })).toEqual({
        url: '/narrow/again',
      });
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it("times out in flight and waiting alike with the client's timeout error, and frees their places", async () => {
    const held: ServerResponse[] = [];
    const stuck = createServer((request, response) => {
      request.resume();
      if (request.url!.startsWith('/indexes/stuck')) held.push(response);
      else response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"available"}');
    });
    await new Promise<void>((resolve) => stuck.listen(0, '127.0.0.1', resolve));
    const stuckHost = `http://127.0.0.1:${(stuck.address() as AddressInfo).port}`;
    try {
      // 1 in flight, 1 waiting: the engine never answers the first, the second waits behind it.
      const client = new Meilisearch({
        host: stuckHost,
        timeout: 200,
        httpClient: nodeHttpClient(stuckHost, 1, 1),
      });
      const outcomes = await Promise.allSettled([
        client.index('stuck').getStats(),
        client.index('stuck').getStats(),
      ]);
      for (const outcome of outcomes) {
        expect(outcome.status).toBe('rejected');
        expect(((outcome as PromiseRejectedResult).reason as Error).cause).toBeInstanceOf(
          MeilisearchRequestTimeOutError,
        );
      }
      expect(held).toHaveLength(1); // the waiting one was never sent
      // Both places are free again: two at once are both taken (a leak would refuse the second).
      expect(await Promise.all([client.health(), client.health()])).toEqual([
        { status: 'available' },
        { status: 'available' },
      ]);
    } finally {
      stuck.closeAllConnections();
      await new Promise((resolve) => stuck.close(resolve));
    }
  });
});
