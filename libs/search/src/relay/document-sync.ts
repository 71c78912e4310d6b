import { Inject, Injectable } from '@nestjs/common';
import { EnqueuedTask, Meilisearch, Task } from 'meilisearch';
import { EntityManager } from 'typeorm';
import type { SearchIndexDefinition } from '../indexes/search-index.definition';
import { SearchIndexes } from '../indexes/search-indexes';
import { MEILI_CLIENT } from '../meili/meili.client';
import { TaskWait, waitForTask } from '../meili/wait-for-task';

/**
 * How to wait for the tasks of a sync of `count` documents: a single edit is checked every 25 ms (update →
 * searchable); a bulk one takes seconds, so polling it that often only adds requests to a busy Meilisearch. Either
 * may queue behind other batches' 5,000-document tasks (Meilisearch runs one indexing batch at a time, all indexes
 * together): five minutes before giving up and sending the batch again.
 */
const waitFor = (count: number): TaskWait => ({ timeout: 300_000, interval: count > 1_000 ? 200 : 25 });

/** Meilisearch refused what was sent (an invalid document, an `invalid_request` task error), not a failure to reach it. */
export class RejectedDocumentsError extends Error {}

function assertSucceeded(task: Task, what: string): void {
  if (task.status === 'succeeded') return;
  const message = `${what}: ${task.error?.message ?? task.status}`;
  throw task.error?.type === 'invalid_request' ? new RejectedDocumentsError(message) : new Error(message);
}

/**
 * Documents read and sent at a time: a bulk batch of the relay (20,000 rows) goes out as a few tasks enqueued back to
 * back, which Meilisearch indexes as one run, while only one chunk of documents is in memory at once.
 */
export const SYNC_CHUNK_SIZE = 5_000;

/** Makes the index hold exactly what PostgreSQL holds now for the given ids: upsert those found, delete the rest. */
@Injectable()
export class DocumentSync {
  constructor(
    @Inject(MEILI_CLIENT) private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
  ) {}

  async sync(
    manager: EntityManager,
    definition: SearchIndexDefinition,
    ids: readonly string[],
    uid = this.indexes.uid(definition),
  ): Promise<{ upserted: number; deleted: number }> {
    const index = this.client.index(uid);
    const tasks: { task: EnqueuedTask; what: string }[] = [];
    const gone: string[] = [];
    let upserted = 0;
    for (let start = 0; start < ids.length; start += SYNC_CHUNK_SIZE) {
      const chunk = ids.slice(start, start + SYNC_CHUNK_SIZE);
      const documents = await definition.load(manager, chunk);
      const found = new Set(documents.map((document) => document.id));
      gone.push(...chunk.filter((id) => !found.has(id)));
      if (documents.length === 0) continue;
      tasks.push({ task: await index.addDocuments(documents), what: 'Indexing into' });
      upserted += documents.length;
    }
    if (gone.length > 0) tasks.push({ task: await index.deleteDocuments(gone), what: 'Deleting from' });
    for (const { task, what } of tasks)
      assertSucceeded(await waitForTask(this.client, task, waitFor(ids.length)), `${what} ${uid}`);
    return { upserted, deleted: gone.length };
  }
}
