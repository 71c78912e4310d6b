import type { AppConfig } from '@crossroads/core';
import { SearchIndexes, SearchService } from '@crossroads/search';
import type { Meilisearch } from 'meilisearch';

/**
 * One `search` as the resolver calls it: `facets` is whether the GraphQL selection holds `facets`, `hits` whether
 * it holds `hits` or `pageInfo` (true when left out).
 */
export interface ServiceSearch {
  input: Record<string, unknown>;
  facets: boolean;
  hits?: boolean;
}

/**
 * The exact federated multi-search request the API sends for each input (facets selected), captured by running
 * SearchService with a client that records instead of sending: the raw Meilisearch benchmark replays the same
 * requests.
 */
export async function meiliRequests(inputs: Record<string, unknown>[], prefix = ''): Promise<object[]> {
  const searches = inputs.map((input) => ({ input, facets: true }));
  return (await federatedRequests(searches, { prefix })).flat();
}

/**
 * Every multi-search request SearchService sends for each search, in order. Recorded only, each gets an answer
 * with one hit, so no search retries; with `forward`, each is also sent there and its real answer used, so a
 * search with no hit records its retry (`matchingStrategy: 'frequency'`) as the API would send it.
 */
export async function federatedRequests(
  searches: ServiceSearch[],
  { prefix = '', forward }: { prefix?: string; forward?: Meilisearch } = {},
): Promise<object[][]> {
  let captured: object[] = [];
  const client = {
    multiSearch: async (request: object) => {
      captured.push(request);
      if (forward) return forward.multiSearch(request as never);
      return { hits: [], totalHits: 1, processingTimeMs: 0 }; // not 0: no zero-hit retry
    },
  } as unknown as Meilisearch;
  const indexes = new SearchIndexes({ SEARCH_INDEX_PREFIX: prefix } as AppConfig);
  const service = new SearchService(client, indexes, { ready: async () => undefined } as never);
  const requests: object[][] = [];
  for (const { input, facets, hits = true } of searches) {
    captured = [];
    await service.search(input as never, { facets, hits });
    requests.push(captured);
  }
  return requests;
}
