import { registerEnumType } from '@nestjs/graphql';

/** A delegation is built as a DRAFT (STAFF only), then PUBLISHED: invitations go out only once published. */
export enum DelegationStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** Who the delegation is for: it decides whether suggestions propose professionals or school students. */
export enum DelegationAudience {
  PROFESSIONALS = 'PROFESSIONALS',
  STUDENTS = 'STUDENTS',
}

export enum MemberKind {
  PERSON = 'PERSON',
  COMPANY = 'COMPANY',
  PROJECT = 'PROJECT',
}

/** PROPOSED → INVITED → CONFIRMED / DECLINED / WITHDRAWN (see member-workflow.ts). */
export enum MemberStatus {
  PROPOSED = 'PROPOSED',
  INVITED = 'INVITED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(DelegationStatus, { name: 'DelegationStatus' });
registerEnumType(DelegationAudience, { name: 'DelegationAudience' });
registerEnumType(MemberKind, { name: 'DelegationMemberKind' });
registerEnumType(MemberStatus, {
  name: 'DelegationMemberStatus',
  description: 'PROPOSED → INVITED → CONFIRMED / DECLINED / WITHDRAWN',
});
