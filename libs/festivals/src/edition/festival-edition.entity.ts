import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/** Dates are `YYYY-MM-DD` strings: PostgreSQL `date` columns, no time zone. */
@ObjectType({ description: 'One year of a festival: dates, its market or forum, deadlines' })
@Entity()
@Unique('festival_edition_year_key', ['festivalId', 'year'])
@Index('festival_edition_starts_on_idx', ['startsOn'])
@Check('festival_edition_dates_check', 'ends_on >= starts_on')
export class FestivalEdition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  festivalId: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  year: number;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @Column({ type: 'date' })
  endsOn: string;

  @Field(() => String, { nullable: true, description: 'Its market or co-production forum, e.g. MIFA' })
  @Column({ type: 'varchar', length: 160, nullable: true })
  marketName: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null when the sources give none' })
  @Column({ type: 'date', nullable: true })
  marketStartsOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  marketEndsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Accreditation deadline, YYYY-MM-DD, once published' })
  @Column({ type: 'date', nullable: true })
  accreditationDeadline: string | null;

  @Field(() => String, { nullable: true, description: 'Project or film submission deadline, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  submissionDeadline: string | null;

  @Field(() => String, { nullable: true, description: 'Where staff read the deadlines' })
  @Column({ type: 'text', nullable: true })
  deadlinesSource: string | null;

  @Field({ description: 'True when the dates are estimated from the usual pattern, not published' })
  @Column({ type: 'boolean' })
  estimated: boolean;

  @Field()
  @Column({ type: 'boolean', default: false })
  cancelled: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources: string[];

  /** When staff last set the dates; from then on the sourced reference no longer overwrites them. */
  @Column({ type: 'timestamptz', nullable: true })
  datesSetAt: Date | null;

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
