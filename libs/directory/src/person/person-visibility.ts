import { hasAnyRole, Role, User, UserStatus } from '@crossroads/auth';
import { Visibility } from '../shared/directory.enums';
import { DEFAULT_VISIBILITY, PersonVisibilitySettings } from './person.entity';

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

const RANK: Record<ViewerLevel, number> = { ANONYMOUS: 0, MEMBER: 1, STAFF: 2 };
const REQUIRED: Record<Visibility, number> = { PUBLIC: 0, MEMBERS: 1, STAFF: 2 };
const CONTACT: ReadonlySet<keyof PersonVisibilitySettings> = new Set(['email', 'phone']);

export function visibilityOf(person: {
  visibility: Partial<PersonVisibilitySettings>;
}): PersonVisibilitySettings {
  return { ...DEFAULT_VISIBILITY, ...person.visibility };
}

export function isOwnerOrStaff(viewer: Viewer, person: { id: string }): boolean {
  return viewer.level === 'STAFF' || (viewer.personId !== null && viewer.personId === person.id);
}

/** Whether the viewer may read one of the person's personal details. Contact details never reach anonymous readers. */
export function canSee(
  viewer: Viewer,
  person: { id: string; visibility: Partial<PersonVisibilitySettings> },
  detail: keyof PersonVisibilitySettings,
): boolean {
  if (isOwnerOrStaff(viewer, person)) return true;
  if (CONTACT.has(detail) && viewer.level === 'ANONYMOUS') return false;
  return RANK[viewer.level] >= REQUIRED[visibilityOf(person)[detail]];
}

/** Whether the profile is listed for the viewer at all: those who did not consent are hidden from anonymous readers. */
export function canList(viewer: Viewer, person: { id: string; consentDirectory: boolean }): boolean {
  return person.consentDirectory || viewer.level !== 'ANONYMOUS' || viewer.personId === person.id;
}
