import { AppConfig } from '@crossroads/core';
import { Meilisearch } from 'meilisearch';

export const MEILI_CLIENT = Symbol('MEILI_CLIENT');

export const meiliClientProvider = {
  provide: MEILI_CLIENT,
  inject: [AppConfig],
  useFactory: (config: AppConfig) =>
    new Meilisearch({ host: config.MEILI_URL!, apiKey: config.MEILI_API_KEY, timeout: 10_000 }),
};

/** How long a caller waits for Meilisearch to finish one task. */
export const TASK_WAIT = { timeout: 30_000, interval: 25 };
