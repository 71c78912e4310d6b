import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { MEILI_CLIENT, TASK_WAIT } from '../meili/meili.client';
import { TaskWait, waitForTask } from '../meili/wait-for-task';
import type { SearchIndexDefinition } from './search-index.definition';
import { SearchIndexes } from './search-indexes';

/**
 * Creates the indexes and applies their settings at boot (idempotent: Meilisearch skips unchanged settings).
 * Documents are sent only once `ready` resolves, so settings always come before data.
 */
@Injectable()
export class IndexSettingsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(IndexSettingsService.name);
  private settled: Promise<void> | undefined;

  constructor(
    @Inject(MEILI_CLIENT) private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
  ) {}

  onApplicationBootstrap(): void {
    void this.ready().catch(() => undefined);
  }

  /** Resolves once every index exists with its settings; retried by the next caller after a failure. */
  ready(): Promise<void> {
    this.settled ??= this.applyAll().catch((error: unknown) => {
      this.settled = undefined;
      this.logger.warn(`Search index settings not applied yet: ${(error as Error).message}`);
      throw error;
    });
    return this.settled;
  }

  /** All indexes at once: their tasks queue together instead of one round trip after another. */
  async applyAll(): Promise<void> {
    await Promise.all(
      this.indexes.all.map((definition) => this.apply(this.indexes.uid(definition), definition)),
    );
  }

  /** `wait`: how long its tasks may queue (a reindex's queue behind other indexes' batches). */
  async apply(uid: string, definition: SearchIndexDefinition, wait: TaskWait = TASK_WAIT): Promise<void> {
    await this.ensureIndex(uid, wait);
    const task = await waitForTask(
      this.client,
      this.client.index(uid).updateSettings(definition.settings),
      wait,
    );
    if (task.status !== 'succeeded') {
      throw new Error(`Settings of ${uid} failed: ${task.error?.message ?? task.status}`);
    }
  }

  async ensureIndex(uid: string, wait: TaskWait = TASK_WAIT): Promise<void> {
    try {
      await this.client.getIndex(uid);
    } catch (error) {
      if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'index_not_found') throw error;
      const task = await waitForTask(this.client, this.client.createIndex(uid, { primaryKey: 'id' }), wait);
      if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
        throw new Error(`Creating ${uid} failed: ${task.error?.message ?? task.status}`, { cause: error });
      }
    }
  }
}
