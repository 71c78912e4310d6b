import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SearchDocumentType } from './search-document-type';

/** One pending change to a search document, written in the same transaction as the data change. */
@Entity({ name: 'search_outbox' })
@Index('search_outbox_available_idx', ['availableAt', 'id'])
@Index('search_outbox_lane_idx', ['lane', 'availableAt'])
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

  /** Which of the relay's 64 lanes the row falls into: every row of one document shares a lane. */
  @Column({
    type: 'smallint',
    generatedType: 'STORED',
    asExpression: `(hashtext(document_type || ':' || document_id) & 63)::smallint`,
    insert: false,
    update: false,
  })
  lane: number;
}
