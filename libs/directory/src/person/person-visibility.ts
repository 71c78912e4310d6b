import { Viewer, ViewerLevel } from '@crossroads/auth';
import { Visibility } from '../shared/directory.enums';
import { DEFAULT_VISIBILITY, PersonVisibilitySettings } from './person.entity';

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
