import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProgrammeLevel } from '../shared/directory.enums';

@ObjectType({ description: 'A diploma programme of a school' })
@Entity()
export class Programme {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  schoolId: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => ProgrammeLevel)
  @Column({ type: 'varchar', length: 20 })
  level: ProgrammeLevel;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  discipline: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  durationYears: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  yearlyIntake: number | null;

  @Field(() => [String], { description: 'ISO 639-1 codes' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Field(() => String, { nullable: true, description: 'France Compétences RNCP number' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  rncp: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: last day of the RNCP registration (France Compétences); null when there is none or it is not sourced',
  })
  @Column({ type: 'date', nullable: true })
  rncpValidUntil: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources: string[];

  @Field()
  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
