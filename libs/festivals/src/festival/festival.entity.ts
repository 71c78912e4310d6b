import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FestivalKind } from '../shared/festival-kind.enum';

@ObjectType({ description: 'A festival, market or co-production forum where the region meets the industry' })
@Entity()
export class Festival {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 80, unique: true })
  slug: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field(() => [FestivalKind])
  @Column({ type: 'text', array: true })
  kinds: FestivalKind[];

  @Field(() => Int, { description: 'The month (1–12) the event usually starts in' })
  @Column({ type: 'smallint' })
  usualMonth: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  website: string | null;

  @Field(() => [String], {
    description: 'Project formats that fit the event (FEATURE_FILM, ANIMATED_SERIES…)',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  formats: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Entry rules of its forum, summarised from the sources',
  })
  @Column({ type: 'text', nullable: true })
  entryRules: string | null;

  @Field(() => [String], { description: 'Where the facts come from' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources: string[];

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

  @Field(() => Boolean, { description: 'Always false: reference data, never demo' })
  get isDemo(): boolean {
    return false;
  }
}
