import { AppConfig, AppError } from '@crossroads/core';
import { Meilisearch } from 'meilisearch';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { IndexSettingsService } from '../indexes/index-settings.service';
import { SearchIndexes } from '../indexes/search-indexes';
import { nodeHttpClient } from '../meili/node-http-client';
import { SearchService } from './search.service';

/**
 * A search Meilisearch does not answer in time, or that waits behind a full queue, is the caller's to retry: it
 * fails with its own code, not as an internal error. An engine that never answers stands in for a frozen one
 * (test/search-saturated.e2e-spec.ts freezes a real one for the full queue).
 */
describe('SearchService when Meilisearch does not answer', () => {
  let silent: Server;
  let host: string;

  beforeAll(async () => {
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    host = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  const service = (concurrency: number, waiting: number) =>
    new SearchService(
      new Meilisearch({ host, timeout: 100, httpClient: nodeHttpClient(host, concurrency, waiting) }),
      new SearchIndexes({ SEARCH_INDEX_PREFIX: '' } as AppConfig),
      { ready: async () => undefined } as unknown as IndexSettingsService,
    );

  it('answers TIMEOUT when no answer comes within the client timeout, and RATE_LIMITED past the queue', async () => {
    const searches = service(1, 1);
    const outcomes = await Promise.allSettled([0, 1, 2].map(() => searches.search({ query: 'monteuse' })));
    expect(outcomes.map((outcome) => (outcome as PromiseRejectedResult).reason)).toEqual([
      expect.objectContaining({ code: 'TIMEOUT', message: 'Search took too long: try again in a moment' }),
      expect.objectContaining({ code: 'TIMEOUT' }),
      expect.objectContaining({ code: 'RATE_LIMITED', message: 'Search is busy: try again in a moment' }),
    ]);
    expect(outcomes.every((outcome) => (outcome as PromiseRejectedResult).reason instanceof AppError)).toBe(
      true,
    );
  });
});
