import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A signed-in user follows an edition, to see its coming deadlines. */
@Entity({ name: 'festival_edition_follow' })
@Index('festival_edition_follow_edition_idx', ['editionId'])
export class EditionFollow {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  editionId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
