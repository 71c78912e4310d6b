import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { MemberRole, MembershipSource, MembershipStatus } from '../membership/membership.enums';
import { LanguageLevel, WorkFormat } from '../shared/directory.enums';

@Entity()
export class PersonCraft {
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @PrimaryColumn({ type: 'varchar', length: 80 })
  craftSlug: string;

  @Column({ type: 'boolean', default: false })
  isPrimary: boolean;
}

@ObjectType()
@Entity()
export class PersonLanguage {
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @Field({ description: 'ISO 639-1 code' })
  @PrimaryColumn({ type: 'char', length: 2 })
  language: string;

  @Field(() => LanguageLevel)
  @Column({ type: 'varchar', length: 16 })
  level: LanguageLevel;
}

@ObjectType()
@Entity()
export class Credit {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  year: number;

  @Field(() => WorkFormat)
  @Column({ type: 'varchar', length: 32 })
  format: WorkFormat;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 80, nullable: true })
  craftSlug: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Field(() => String, { nullable: true, description: 'When the company is not in the directory' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  companyName: string | null;
  /**
   * Who wrote it (a member's own are SELF). Delegation suggestions count a credit towards its company only when it is
   * not SELF or the person is a verified member of the company: anyone can name any company in their filmography.
   */
  @Column({ type: 'varchar', length: 8, default: MembershipSource.SELF })
  source: MembershipSource;
}

@ObjectType({ description: 'A period the person is free for work' })
@Entity()
export class Availability {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @Column({ type: 'date' })
  endsOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;
}

@ObjectType({
  description:
    "A person working for a company: declared by the person (grants nothing) or a membership verified by STAFF or the company's admins",
})
@Entity()
export class Affiliation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  personId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  companyId: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  role: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => MembershipStatus)
  @Column({ type: 'varchar', length: 16, default: MembershipStatus.DECLARED })
  status: MembershipStatus;

  @Field(() => MemberRole, { description: "ADMIN manages the company's members (once VERIFIED)" })
  @Column({ type: 'varchar', length: 8, default: MemberRole.MEMBER })
  memberRole: MemberRole;

  @Field(() => MembershipSource)
  @Column({ type: 'varchar', length: 8, default: MembershipSource.SELF })
  source: MembershipSource;

  /** Never exposed to members: other accounts' ids stay with STAFF (audit events). */
  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
