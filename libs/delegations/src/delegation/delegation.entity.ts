import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { DelegationAudience, DelegationStatus } from './delegation.enums';

@ObjectType({ description: "The agency's delegation to one festival edition" })
@Entity()
@Index('delegation_edition_id_idx', ['editionId'])
@Check('delegation_capacity_check', 'capacity IS NULL OR capacity > 0')
export class Delegation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  editionId: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => DelegationStatus)
  @Column({ type: 'varchar', length: 16, default: DelegationStatus.DRAFT })
  status: DelegationStatus;

  @Field(() => DelegationAudience)
  @Column({ type: 'varchar', length: 16, default: DelegationAudience.PROFESSIONALS })
  audience: DelegationAudience;

  @Field(() => Int, {
    nullable: true,
    description: 'Seats: invited plus confirmed members never exceed it; null = no limit',
  })
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Field(() => String, { nullable: true, description: 'STAFF notes; null for other readers' })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /**
   * One more at each UPDATE that changes what a calendar event shows (a trigger keeps it: migration
   * 1765300000002-calendar-revisions); the feeds' SEQUENCE. Never written by the application.
   */
  @Column({ type: 'integer', default: 0, insert: false, update: false, select: false })
  calendarRevision: number;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
