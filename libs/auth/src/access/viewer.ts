import { hasAnyRole, Role, UserStatus } from '../user/role.enum';
import type { User } from '../user/user.entity';

export type ViewerLevel = 'ANONYMOUS' | 'MEMBER' | 'STAFF';

/** Who is reading: their level, and the profile they own (which they always see whole). */
export interface Viewer {
  level: ViewerLevel;
  userId: string | null;
  personId: string | null;
}

export const ANONYMOUS: Viewer = { level: 'ANONYMOUS', userId: null, personId: null };

/** A PENDING account reads like an anonymous one: it is not vetted yet. */
export function viewerOf(user: User | undefined | null): Viewer {
  if (!user || user.status !== UserStatus.ACTIVE) return { ...ANONYMOUS, userId: user?.id ?? null };
  const level = hasAnyRole(user.roles, [Role.STAFF])
    ? 'STAFF'
    : hasAnyRole(user.roles, [Role.MEMBER])
      ? 'MEMBER'
      : 'ANONYMOUS';
  return { level, userId: user.id, personId: user.personId };
}
