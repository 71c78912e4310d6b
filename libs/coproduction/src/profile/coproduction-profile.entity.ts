import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PartnerRole, ProjectFormat } from '../shared/coproduction.enums';

@ObjectType({ description: 'A past co-production of the company' })
export class TrackRecordEntry {
  @Field()
  title: string;

  @Field(() => Int)
  year: number;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the co-producing countries' })
  countries: string[];

  @Field(() => ProjectFormat)
  format: ProjectFormat;
}

/** What a company looks for and offers as a co-producer; one per company. */
@ObjectType()
@Entity()
export class CoproductionProfile {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  companyId: string;

  @Field(() => [ProjectFormat])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  formats: ProjectFormat[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  genres: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Region or community of the company when agreements or funds need it: FR-HDF, BE-WAL, BE-BRU, BE-VLG, or BE-FWB (French Community of Belgium, e.g. a French-speaking Brussels producer)',
  })
  @Column({ type: 'varchar', length: 6, nullable: true })
  subdivision: string | null;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries it co-produces with' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  coproductionCountries: string[];

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  budgetMinEur: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  budgetMaxEur: number | null;

  @Field(() => [PartnerRole])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  rolesOffered: PartnerRole[];

  @Field(() => [String], { description: 'ISO 639-1 codes' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Field(() => [TrackRecordEntry])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  trackRecord: TrackRecordEntry[];

  @Field({ description: 'Looking for projects to join now' })
  @Column({ type: 'boolean', default: true })
  seeksProjects: boolean;

  @Field(() => [ID], { description: 'Festival editions the company attends' })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  attendingEditionIds: string[];

  @Field()
  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
