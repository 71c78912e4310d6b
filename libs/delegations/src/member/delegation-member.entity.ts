import { Field, ID, ObjectType } from '@nestjs/graphql';
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
import { MemberKind, MemberStatus } from '../delegation/delegation.enums';

/** A person, company or project in a delegation, with where it stands and its brochure consent. */
@ObjectType()
@Entity()
@Unique('delegation_member_person_key', ['delegationId', 'personId'])
@Unique('delegation_member_company_key', ['delegationId', 'companyId'])
@Unique('delegation_member_project_key', ['delegationId', 'projectId'])
@Index('delegation_member_person_id_idx', ['personId'])
@Index('delegation_member_company_id_idx', ['companyId'])
@Index('delegation_member_project_id_idx', ['projectId'])
@Check(
  'delegation_member_subject_check',
  "(kind = 'PERSON') = (person_id IS NOT NULL) AND (kind = 'COMPANY') = (company_id IS NOT NULL) AND (kind = 'PROJECT') = (project_id IS NOT NULL)",
)
export class DelegationMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  delegationId: string;

  @Field(() => MemberKind)
  @Column({ type: 'varchar', length: 16 })
  kind: MemberKind;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Field(() => MemberStatus)
  @Column({ type: 'varchar', length: 16, default: MemberStatus.PROPOSED })
  status: MemberStatus;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The invitee’s answer: may appear in the brochure; null until answered',
  })
  @Column({ type: 'boolean', nullable: true })
  consentBrochure: boolean | null;

  @Field(() => String, { nullable: true, description: 'STAFF notes; null for other readers' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  answeredByUserId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
