import { Inject, Injectable } from '@nestjs/common';
import { Meilisearch, Task } from 'meilisearch';
import { EntityManager } from 'typeorm';
import type { SearchIndexDefinition } from '../indexes/search-index.definition';
import { SearchIndexes } from '../indexes/search-indexes';
import { MEILI_CLIENT, TASK_WAIT } from '../meili/meili.client';
import { TaskWait, waitForTask } from '../meili/wait-for-task';

/**
 * How to wait for a task of `count` documents: a single edit is checked every 25 ms (update → searchable); a bulk
 * batch takes seconds, so polling it that often only adds requests to a busy Meilisearch.
 */
const waitFor = (count: number): TaskWait =>
  count > 1_000 ? { timeout: 300_000, interval: 200 } : TASK_WAIT;

function assertSucceeded(task: Task, what: string): void {
  if (task.status !== 'succeeded') throw new Error(`${what}: ${task.error?.message ?? task.status}`);
}

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
    const documents = await definition.load(manager, ids);
    const found = new Set(documents.map((document) => document.id));
    const gone = ids.filter((id) => !found.has(id));
    const index = this.client.index(uid);
    if (documents.length > 0) {
      assertSucceeded(
        await waitForTask(this.client, index.addDocuments(documents), waitFor(documents.length)),
        `Indexing into ${uid}`,
      );
    }
    if (gone.length > 0) {
      assertSucceeded(
        await waitForTask(this.client, index.deleteDocuments(gone), waitFor(gone.length)),
        `Deleting from ${uid}`,
      );
    }
    return { upserted: documents.length, deleted: gone.length };
  }
}
