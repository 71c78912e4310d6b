import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A member's secret calendar feed: only the SHA-256 of its token is kept. At most one live feed per account. */
@Entity()
@Index('calendar_feed_live_key', ['userId'], { unique: true, where: 'revoked_at IS NULL' })
@Unique('calendar_feed_token_hash_key', ['tokenHash'])
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
