import { type Viewer } from '@crossroads/auth';
import { MemberStatus } from './delegation.enums';

export const isStaff = (viewer: Viewer): boolean => viewer.level === 'STAFF';

/** Those a non-STAFF reader sees of a published delegation: confirmed members who consented to the brochure. */
export function isShownPublicly(member: { status: MemberStatus; consentBrochure: boolean | null }): boolean {
  return member.status === MemberStatus.CONFIRMED && member.consentBrochure === true;
}
