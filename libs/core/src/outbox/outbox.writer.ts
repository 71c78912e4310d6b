import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEntry } from './outbox-entry.entity';
import type { SearchDocumentType } from './search-document-type';

/**
 * Records that search documents must be refreshed. Call it with the manager of the transaction that
 * changes the data, so the index update commits (or rolls back) with it.
 */
@Injectable()
export class OutboxWriter {
  async enqueue(
    manager: EntityManager,
    documentType: SearchDocumentType,
    ids: readonly string[],
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEntry)
      .values(unique.map((documentId) => ({ documentType, documentId })))
      .execute();
  }
}
