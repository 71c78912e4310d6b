import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  FundStatus,
  PartnerRole,
  ProjectFormat,
  ProjectStage,
  ProjectVisibility,
} from '../shared/coproduction.enums';

/** A fund a project applied to or obtained (FUNDS slug), stored with the project. */
@ObjectType()
export class ProjectFund {
  @Field({ description: 'Slug of the fund (query `funds`)' })
  fund: string;

  @Field(() => FundStatus)
  status: FundStatus;

  @Field(() => Int, { nullable: true, description: 'Amount applied for or obtained, in euros' })
  amountEur: number | null;
}

/**
 * A film, series, game or XR work looking for co-producers. Private projects are seen only by their team
 * (see ProjectAccess) and STAFF: never listed, matched or indexed for anyone else.
 */
@ObjectType()
@Entity()
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'varchar', length: 500, default: '' })
  logline: string;

  @Field()
  @Column({ type: 'text', default: '' })
  synopsis: string;

  @Field(() => ProjectFormat)
  @Column({ type: 'varchar', length: 32 })
  format: ProjectFormat;

  @Field(() => [String], { description: 'Lower-case genre words, e.g. comedy, thriller' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  genres: string[];

  @Field(() => ProjectStage)
  @Column({ type: 'varchar', length: 32 })
  stage: ProjectStage;

  @Field(() => Int, { nullable: true, description: 'Total budget, in euros' })
  @Column({ type: 'integer', nullable: true })
  budgetEur: number | null;

  @Field(() => Int, { nullable: true, description: 'Financing already secured, in euros' })
  @Column({ type: 'integer', nullable: true })
  financingSecuredEur: number | null;

  @Field(() => [String], { description: 'ISO 639-1 codes' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the partners sought; empty = any' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countriesSought: string[];

  @Field(() => [PartnerRole])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  rolesSought: PartnerRole[];

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  ownerCompanyId: string | null;

  @Field(() => [ProjectFund])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  funds: ProjectFund[];

  @Field(() => [ID], { description: 'Festival editions the project aims at' })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  targetEditionIds: string[];

  @Field(() => ProjectVisibility)
  @Column({ type: 'varchar', length: 16, default: ProjectVisibility.PRIVATE })
  visibility: ProjectVisibility;

  @HideField()
  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

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

/** A person on a project's team, with their role on it (writer, director, producer…). */
@ObjectType()
@Entity()
export class ProjectTeamMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  personId: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  role: string;
}
