import { registerEnumType } from '@nestjs/graphql';

/** DECLARED by the person, VERIFIED by STAFF or a verified ADMIN of the company; REFUSED and REVOKED grant nothing. */
export enum MembershipStatus {
  DECLARED = 'DECLARED',
  VERIFIED = 'VERIFIED',
  REFUSED = 'REFUSED',
  REVOKED = 'REVOKED',
}

/** A verified ADMIN approves, refuses and revokes the company's members and promotes admins. */
export enum MemberRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

/** Who wrote the row: the person (SELF), STAFF, a STAFF import or the demo seeder. */
export enum MembershipSource {
  SELF = 'SELF',
  STAFF = 'STAFF',
  IMPORT = 'IMPORT',
  SEED = 'SEED',
}

export enum MembershipDecision {
  APPROVE = 'APPROVE',
  REFUSE = 'REFUSE',
  REVOKE = 'REVOKE',
}

registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'DECLARED grants nothing; only a current VERIFIED membership makes a person part of a company',
});
registerEnumType(MemberRole, { name: 'MemberRole' });
registerEnumType(MembershipSource, { name: 'MembershipSource' });
registerEnumType(MembershipDecision, { name: 'MembershipDecision' });
