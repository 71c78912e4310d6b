import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { IntroductionStatus } from '../shared/coproduction.enums';

/** A project's team asks to be introduced to a company; the company's members (or STAFF) accept or decline. */
@ObjectType()
@Entity()
export class Introduction {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  companyId: string;

  @HideField()
  @Column({ type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 2000 })
  message: string;

  @Field(() => IntroductionStatus)
  @Column({ type: 'varchar', length: 16, default: IntroductionStatus.PENDING })
  status: IntroductionStatus;

  @HideField()
  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Field(() => String, { nullable: true, description: "The company's answer" })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  response: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One step of an introduction's history: requested, accepted, declined. Kept when accounts go. */
@ObjectType()
@Entity()
export class IntroductionEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @HideField()
  @Column({ type: 'uuid' })
  introductionId: string;

  @Field(() => IntroductionStatus)
  @Column({ type: 'varchar', length: 16 })
  status: IntroductionStatus;

  @HideField()
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
