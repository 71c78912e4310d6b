import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SearchDocumentType } from './search-document-type';

/** One pending change to a search document, written in the same transaction as the data change. */
@Entity({ name: 'search_outbox' })
@Index('search_outbox_available_idx', ['availableAt', 'id'])
export class OutboxEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  documentType: SearchDocumentType;

  @Column({ type: 'varchar', length: 64 })
  documentId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  enqueuedAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
