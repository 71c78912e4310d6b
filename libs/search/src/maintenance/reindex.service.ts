import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EnqueuedTask, Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { IndexSettingsService } from '../indexes/index-settings.service';
import type { SearchIndexDefinition } from '../indexes/search-index.definition';
import { SearchIndexes } from '../indexes/search-indexes';
import { MEILI_CLIENT } from '../meili/meili.client';
import { TaskWait, waitForTask } from '../meili/wait-for-task';
import { ReconcileService } from './reconcile.service';

export const REINDEX_BATCH_SIZE = 5_000;
/**
 * Waiting for any task of a reindex: Meilisearch runs its tasks in order, so a batch, or a small index's swap,
 * queues behind the batches of every index being rebuilt (merged into indexing batches minutes long at a million
 * people). Asked every 200 ms (not every 25) and given an hour; 30 s failed a scale-15 reindex's swap.
 */
const BATCH_WAIT: TaskWait = { timeout: 3_600_000, interval: 200 };

export interface ReindexReport {
  index: string;
  documents: number;
  milliseconds: number;
}

/** Called after each page is sent; the reindex waits for it. */
export type ReindexProgress = (index: string, documents: number) => void | Promise<void>;

/**
 * Builds each index afresh from PostgreSQL beside the live one, then swaps them atomically; changes committed
 * while it ran are caught by the reconcile pass that follows.
 */
@Injectable()
export class ReindexService {
  private readonly logger = new Logger(ReindexService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEILI_CLIENT) private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
    private readonly settings: IndexSettingsService,
    private readonly reconcile: ReconcileService,
  ) {}

  /**
   * Every index at once: the small ones are done while the people index is still being read, where one after
   * the other they added their settings, task waits, swap and reconcile to its time. A failure is thrown once
   * every rebuild has ended (each deletes its temporary index).
   */
  async reindexAll(onProgress?: ReindexProgress): Promise<ReindexReport[]> {
    const results = await Promise.allSettled(
      this.indexes.all.map((definition) => this.reindex(definition, onProgress)),
    );
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    return results.map((result) => (result as PromiseFulfilledResult<ReindexReport>).value);
  }

  async reindex(definition: SearchIndexDefinition, onProgress?: ReindexProgress): Promise<ReindexReport> {
    const started = Date.now();
    const live = this.indexes.uid(definition);
    const fresh = `${live}__reindex_${started}`;
    await this.settings.apply(fresh, definition, BATCH_WAIT);
    let documents = 0;
    try {
      // Batches are enqueued without waiting for each: Meilisearch merges consecutive additions into one indexing
      // batch, twice as fast as one batch at a time (docs/BENCHMARKS.md, reindex throughput). Reading the next
      // page from PostgreSQL overlaps the indexing too.
      const tasks: EnqueuedTask[] = [];
      let afterId: string | null = null;
      for (;;) {
        const page = await definition.loadPage(this.dataSource.manager, afterId, REINDEX_BATCH_SIZE);
        if (page.length === 0) break;
        tasks.push(await this.client.index(fresh).addDocuments(page));
        documents += page.length;
        afterId = page[page.length - 1].id;
        await onProgress?.(live, documents);
      }
      for (const enqueued of tasks) {
        const task = await waitForTask(this.client, enqueued, BATCH_WAIT);
        if (task.status !== 'succeeded')
          throw new Error(`Indexing ${fresh}: ${task.error?.message ?? task.status}`);
      }
      await this.settings.ensureIndex(live, BATCH_WAIT);
      const swap = await waitForTask(
        this.client,
        this.client.swapIndexes([{ indexes: [live, fresh], rename: false }]),
        BATCH_WAIT,
      );
      if (swap.status !== 'succeeded')
        throw new Error(`Swapping ${live}: ${swap.error?.message ?? swap.status}`);
    } finally {
      await waitForTask(this.client, this.client.deleteIndex(fresh), BATCH_WAIT).catch((error: Error) =>
        this.logger.warn(`Could not delete ${fresh}: ${error.message}`),
      );
    }
    await this.reconcile.reconcile(definition);
    return { index: live, documents, milliseconds: Date.now() - started };
  }
}
