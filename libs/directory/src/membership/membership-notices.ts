import { AuditEventType } from '@crossroads/auth';
import { NotificationEvent, NotificationWriter } from '@crossroads/core';
import { EntityManager } from 'typeorm';
import type { Affiliation } from '../person/person-details.entity';
import { currentVerifiedMembership } from './membership.rule';

/** Which audited membership change tells whom: the request goes to who decides, a decision to the member. */
const EVENT_OF: Partial<Record<AuditEventType, NotificationEvent>> = {
  [AuditEventType.MEMBERSHIP_REQUESTED]: 'MEMBERSHIP_REQUESTED',
  [AuditEventType.MEMBERSHIP_ADDED]: 'MEMBERSHIP_VERIFIED',
  [AuditEventType.MEMBERSHIP_APPROVED]: 'MEMBERSHIP_VERIFIED',
  [AuditEventType.MEMBERSHIP_REFUSED]: 'MEMBERSHIP_REFUSED',
  [AuditEventType.MEMBERSHIP_REVOKED]: 'MEMBERSHIP_REVOKED',
};

/**
 * The company's verified admins decide a request; while it has none, STAFF do. The requester is left out
 * (an admin declaring a second role tells nobody but the others).
 */
const DECIDERS_SQL = `
  SELECT u.id FROM app_user u JOIN affiliation a ON a.person_id = u.person_id
   WHERE a.company_id = $1 AND a.member_role = 'ADMIN' AND ${currentVerifiedMembership('a')} AND u.status = 'ACTIVE'
  UNION
  SELECT u.id FROM app_user u
   WHERE 'STAFF' = ANY(u.roles) AND u.status = 'ACTIVE' AND NOT EXISTS (
     SELECT 1 FROM affiliation a WHERE a.company_id = $1 AND a.member_role = 'ADMIN' AND ${currentVerifiedMembership('a')})`;

export async function tellMembershipChange(
  writer: NotificationWriter,
  manager: EntityManager,
  type: AuditEventType,
  membership: Affiliation,
  actorUserId: string,
  memberUserId: string | null,
): Promise<void> {
  const event = EVENT_OF[type];
  if (!event) return;
  const [names] = (await manager.query(
    `SELECT c.name AS company_name, c.slug AS company_slug, p.first_name || ' ' || p.last_name AS person_name
       FROM company c, person p WHERE c.id = $1 AND p.id = $2`,
    [membership.companyId, membership.personId],
  )) as { company_name: string; company_slug: string; person_name: string }[];
  if (!names) return;
  const params = { companyName: names.company_name, personName: names.person_name };
  // A membership row reaches each of these states once (a revoked member who rejoins gets a new row), so the row
  // and the event name it: STAFF adding a verified member again (a double click) tell nobody twice.
  const eventKey = `${event.toLowerCase()}:${membership.id}`;
  if (event === 'MEMBERSHIP_REQUESTED') {
    await writer.notifyAccounts(
      manager,
      {
        sql: `SELECT id FROM (${DECIDERS_SQL}) deciders WHERE id <> $2`,
        params: [membership.companyId, actorUserId],
      },
      { event, eventKey, params, path: `/companies/${names.company_slug}/members` },
    );
    return;
  }
  // A member is not told of their own act (leaving is not a revocation they need to read about).
  if (!memberUserId || memberUserId === actorUserId) return;
  await writer.notify(manager, [
    { recipientId: memberUserId, event, eventKey, params, path: `/companies/${names.company_slug}` },
  ]);
}
