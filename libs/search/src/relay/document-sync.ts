import { Inject, Injectable } from '@nestjs/common';
import { Meilisearch, Task } from 'meilisearch';
import { EntityManager } from 'typeorm';
import type { SearchIndexDefinition } from '../indexes/search-index.definition';
import { SearchIndexes } from '../indexes/search-indexes';
import { MEILI_CLIENT, TASK_WAIT } from '../meili/meili.client';

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
      assertSucceeded(await index.addDocuments(documents).waitTask(TASK_WAIT), `Indexing into ${uid}`);
    }
    if (gone.length > 0) {
      assertSucceeded(await index.deleteDocuments(gone).waitTask(TASK_WAIT), `Deleting from ${uid}`);
    }
    return { upserted: documents.length, deleted: gone.length };
  }
}
