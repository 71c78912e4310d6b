import { AppConfig } from '@crossroads/core';
import { Meilisearch } from 'meilisearch';

export const MEILI_CLIENT = Symbol('MEILI_CLIENT');

export const meiliClientProvider = {
  provide: MEILI_CLIENT,
  inject: [AppConfig],
  useFactory: (config: AppConfig) =>
    new Meilisearch({
      host: config.MEILI_URL!,
      apiKey: config.MEILI_API_KEY,
      timeout: 10_000,
      // fetch asks for gzip by default: Meilisearch would compress every response for the API to inflate it again,
      // CPU on both sides for bytes that cross a local network (docs/BENCHMARKS.md, tuning).
      requestInit: { headers: { 'accept-encoding': 'identity' } },
    }),
};

/** How long a caller waits for Meilisearch to finish one task. */
export const TASK_WAIT = { timeout: 30_000, interval: 25 };
