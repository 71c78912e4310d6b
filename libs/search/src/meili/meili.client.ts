import { AppConfig } from '@crossroads/core';
import { Meilisearch } from 'meilisearch';
import { nodeHttpClient } from './node-http-client';
import type { TaskWait } from './wait-for-task';

/** Indexing: the relay, settings, reindex and reconcile (MEILI_API_KEY, a scoped key, never the master key). */
export const MEILI_CLIENT = Symbol('MEILI_CLIENT');
/** Queries: `search` and `suggest`, with a search-only key (MEILI_SEARCH_KEY). */
export const MEILI_SEARCH_CLIENT = Symbol('MEILI_SEARCH_CLIENT');

function client(config: AppConfig, apiKey: string | undefined, http = false): Meilisearch {
  return new Meilisearch({
    host: config.MEILI_URL!,
    apiKey,
    timeout: 10_000,
    // Searches go over node:http (node-http-client.ts), MEILI_SEARCH_CONCURRENCY at a time; indexing keeps fetch.
    ...(http && { httpClient: nodeHttpClient(config.MEILI_URL!, config.MEILI_SEARCH_CONCURRENCY) }),
    // fetch asks for gzip by default: Meilisearch would compress every response for the API to inflate it again,
    // CPU on both sides for bytes that cross a local network (docs/BENCHMARKS.md, tuning).
    requestInit: { headers: { 'accept-encoding': 'identity' } },
  });
}

export const meiliClientProvider = {
  provide: MEILI_CLIENT,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => client(config, config.MEILI_API_KEY),
};

export const meiliSearchClientProvider = {
  provide: MEILI_SEARCH_CLIENT,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => client(config, config.MEILI_SEARCH_KEY ?? config.MEILI_API_KEY, true),
};

/** How long a caller waits for Meilisearch to finish one task. */
export const TASK_WAIT: TaskWait = { timeout: 30_000, interval: 25 };
