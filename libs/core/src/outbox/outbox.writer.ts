import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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
    // One row per document (the relay claims and retries them one by one), in one statement however many.
    await manager.query(
      'INSERT INTO search_outbox (document_type, document_id) SELECT $1, unnest($2::text[])',
      [documentType, unique],
    );
  }
}
