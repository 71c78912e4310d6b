import type { AppConfig } from '@crossroads/core';
import { SearchIndexes, SearchService } from '@crossroads/search';
import type { Meilisearch } from 'meilisearch';

/**
 * The exact federated multi-search request the API sends for each input, captured by running SearchService with
 * a client that records instead of sending: the raw Meilisearch benchmark replays the same requests.
 */
export async function meiliRequests(inputs: Record<string, unknown>[], prefix = ''): Promise<object[]> {
  const captured: object[] = [];
  const client = {
    multiSearch: async (request: object) => {
      captured.push(request);
      return { hits: [], totalHits: 1, processingTimeMs: 0 }; // not 0: no zero-hit retry
    },
  } as unknown as Meilisearch;
  const indexes = new SearchIndexes({ SEARCH_INDEX_PREFIX: prefix } as AppConfig);
  const service = new SearchService(client, indexes, { ready: async () => undefined } as never);
  for (const input of inputs) await service.search(input as never);
  return captured;
}
