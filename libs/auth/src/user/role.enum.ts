import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  /** A vetted professional of the cluster. */
  MEMBER = 'MEMBER',
  /** The agency's curators. */
  STAFF = 'STAFF',
  ADMIN = 'ADMIN',
}

export enum UserStatus {
  /** Registered, waiting for STAFF approval: signed in, but holds no role. */
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(Role, { name: 'Role' });
registerEnumType(UserStatus, { name: 'UserStatus' });

/** Each role includes the ones below it. */
const INCLUDED: Record<Role, Role[]> = {
  [Role.ADMIN]: [Role.ADMIN, Role.STAFF, Role.MEMBER],
  [Role.STAFF]: [Role.STAFF, Role.MEMBER],
  [Role.MEMBER]: [Role.MEMBER],
};

export function effectiveRoles(roles: readonly Role[]): Set<Role> {
  return new Set(roles.flatMap((role) => INCLUDED[role] ?? []));
}

export function hasAnyRole(roles: readonly Role[], required: readonly Role[]): boolean {
  const held = effectiveRoles(roles);
  return required.some((role) => held.has(role));
}
