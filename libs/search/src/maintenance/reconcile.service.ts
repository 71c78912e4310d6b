import { OutboxWriter } from '@crossroads/core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import type { DocumentVersion, SearchIndexDefinition } from '../indexes/search-index.definition';
import { SearchIndexes } from '../indexes/search-indexes';
import { MEILI_CLIENT } from '../meili/meili.client';

const PAGE = 5_000;
/** Versions are two columns: read ten times as many at once. */
const VERSIONS_PAGE = 50_000;

export interface ReconcileReport {
  index: string;
  missing: number;
  stale: number;
  extra: number;
}

/** Compares PostgreSQL with the index and queues a repair (through the outbox) for every difference. */
@Injectable()
export class ReconcileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEILI_CLIENT) private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
    private readonly outbox: OutboxWriter,
  ) {}

  async reconcileAll(): Promise<ReconcileReport[]> {
    const reports: ReconcileReport[] = [];
    for (const definition of this.indexes.all) reports.push(await this.reconcile(definition));
    return reports;
  }

  async reconcile(definition: SearchIndexDefinition): Promise<ReconcileReport> {
    const uid = this.indexes.uid(definition);
    const indexed = await this.indexedVersions(uid);
    const missing: string[] = [];
    const stale: string[] = [];
    let afterId: string | null = null;
    for (;;) {
      const page: DocumentVersion[] = definition.loadVersions
        ? await definition.loadVersions(this.dataSource.manager, afterId, VERSIONS_PAGE)
        : await definition.loadPage(this.dataSource.manager, afterId, PAGE);
      if (page.length === 0) break;
      for (const document of page) {
        const version = indexed.get(document.id);
        if (version === undefined) missing.push(document.id);
        else if (version !== document.updatedAt) stale.push(document.id);
        indexed.delete(document.id);
      }
      afterId = page[page.length - 1].id;
    }
    const extra = [...indexed.keys()];
    await this.dataSource.transaction((manager) =>
      this.outbox.enqueue(manager, definition.documentType, [...missing, ...stale, ...extra]),
    );
    return { index: uid, missing: missing.length, stale: stale.length, extra: extra.length };
  }

  private async indexedVersions(uid: string): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    const index = this.client.index<{ id: string; updatedAt: number }>(uid);
    for (let offset = 0; ; offset += PAGE) {
      const { results } = await index.getDocuments({ fields: ['id', 'updatedAt'], limit: PAGE, offset });
      for (const document of results) versions.set(document.id, document.updatedAt);
      if (results.length < PAGE) return versions;
    }
  }
}
