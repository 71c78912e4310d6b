import { AppConfig, ConfigError } from '@crossroads/core';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { MEILI_CLIENT, MEILI_SEARCH_CLIENT } from './meili.client';

/**
 * In production the API must not hold a key that manages keys (the master key or an admin key): whoever reads
 * the API's environment would own the engine. At boot each key is tried on GET /keys, which a scoped key is
 * refused. An unreachable engine is not a reason to refuse to start (writes wait in the outbox).
 */
@Injectable()
export class MeiliKeyCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger(MeiliKeyCheck.name);

  constructor(
    private readonly config: AppConfig,
    @Inject(MEILI_CLIENT) private readonly indexing: Meilisearch,
    @Inject(MEILI_SEARCH_CLIENT) private readonly search: Meilisearch,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.isProduction) return;
    for (const [name, client] of [
      ['MEILI_API_KEY', this.indexing],
      ['MEILI_SEARCH_KEY', this.search],
    ] as const) {
      try {
        await client.getKeys({ limit: 1 });
      } catch (error) {
        // Refused: a scoped key, as it should be. The search client's httpClient (node-http-client.ts) throws the
        // API error inside the client, which wraps it in a MeilisearchRequestError (as `cause`).
        if (error instanceof MeilisearchApiError || (error as Error).cause instanceof MeilisearchApiError)
          continue;
        this.logger.warn(`Could not check ${name} against Meilisearch: ${(error as Error).message}`);
        continue;
      }
      throw new ConfigError(
        `${name} can manage Meilisearch keys (the master key or an admin key): give the API scoped keys (docs/DEPLOYMENT.md)`,
      );
    }
  }
}
