import { Field, HideField, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditEventType {
  REGISTERED = 'REGISTERED',
  REGISTERED_EXISTING_EMAIL = 'REGISTERED_EXISTING_EMAIL',
  PASSWORD_CHANGE_FAILED = 'PASSWORD_CHANGE_FAILED',
  LOGIN_SUCCEEDED = 'LOGIN_SUCCEEDED',
  LOGIN_FAILED = 'LOGIN_FAILED',
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
  TOKEN_REUSE = 'TOKEN_REUSE',
  LOGOUT = 'LOGOUT',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  USER_APPROVED = 'USER_APPROVED',
  ROLES_CHANGED = 'ROLES_CHANGED',
  USER_DISABLED = 'USER_DISABLED',
  PROFILE_CLAIM_DECIDED = 'PROFILE_CLAIM_DECIDED',
  ACCOUNT_DELETED = 'ACCOUNT_DELETED',
  MEMBERSHIP_REQUESTED = 'MEMBERSHIP_REQUESTED',
  MEMBERSHIP_ADDED = 'MEMBERSHIP_ADDED',
  MEMBERSHIP_APPROVED = 'MEMBERSHIP_APPROVED',
  MEMBERSHIP_REFUSED = 'MEMBERSHIP_REFUSED',
  MEMBERSHIP_REVOKED = 'MEMBERSHIP_REVOKED',
  MEMBERSHIP_LEFT = 'MEMBERSHIP_LEFT',
  MEMBERSHIP_REMOVED = 'MEMBERSHIP_REMOVED',
  MEMBERSHIP_ROLE_CHANGED = 'MEMBERSHIP_ROLE_CHANGED',
}

registerEnumType(AuditEventType, { name: 'AuditEventType' });

@ObjectType({ description: 'A security event (STAFF only)' })
@Entity()
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => AuditEventType)
  @Column({ type: 'varchar', length: 32 })
  type: AuditEventType;

  @Field(() => ID, { nullable: true, description: 'Who did it' })
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true, description: 'Whose account it concerns' })
  @Column({ type: 'uuid', nullable: true })
  subjectUserId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The account's email given, for failed logins; an address no account holds is only a keyed digest (details.emailKey)",
  })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @HideField()
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Field(() => String, { name: 'details', description: 'Details as JSON' })
  get detailsJson(): string {
    return JSON.stringify(this.details ?? {});
  }

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
