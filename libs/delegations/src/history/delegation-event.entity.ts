import { Field, GraphQLISODateTime, HideField, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MemberStatus } from '../delegation/delegation.enums';

export enum DelegationAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  PUBLISHED = 'PUBLISHED',
  MEMBER_ADDED = 'MEMBER_ADDED',
  MEMBER_STATUS_CHANGED = 'MEMBER_STATUS_CHANGED',
  MEMBER_ANSWERED = 'MEMBER_ANSWERED',
  CONSENT_CHANGED = 'CONSENT_CHANGED',
  MEMBER_NOTE_CHANGED = 'MEMBER_NOTE_CHANGED',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
}

registerEnumType(DelegationAction, { name: 'DelegationAction' });

/**
 * One line of a delegation's history: who did what, when. It names the member by id only and holds no
 * personal detail, so it may outlive an erased member (its member id then becomes null).
 */
@ObjectType()
@Entity()
@Index('delegation_event_delegation_id_idx', ['delegationId', 'createdAt'])
export class DelegationEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  delegationId: string;

  @Field(() => ID, { nullable: true, description: 'The member concerned, if any (null once removed)' })
  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @Field(() => ID, { nullable: true, description: 'Who did it (null once their account is erased)' })
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => DelegationAction)
  @Column({ type: 'varchar', length: 32 })
  action: DelegationAction;

  @Field(() => MemberStatus, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: MemberStatus | null;

  @Field(() => MemberStatus, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  toStatus: MemberStatus | null;

  /** Exposed as JSON text by the history resolver. */
  @HideField()
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
