import { NotificationWriter } from '@crossroads/core';
import { EntityManager } from 'typeorm';
import { MemberStatus } from '../delegation/delegation.enums';
import { INVITEE_ACCOUNTS_SQL } from '../invitation/invitees';
import type { WorkflowActor } from './member-workflow';

/** The names a delegation notification shows: the delegation and its edition. */
export async function delegationNames(
  manager: EntityManager,
  delegationId: string,
): Promise<{ delegationName: string; editionName: string }> {
  const [row] = (await manager.query(
    `SELECT d.name AS delegation_name, f.name || ' ' || e.year AS edition_name
       FROM delegation d JOIN festival_edition e ON e.id = d.edition_id JOIN festival f ON f.id = e.festival_id
      WHERE d.id = $1`,
    [delegationId],
  )) as { delegation_name: string; edition_name: string }[];
  return { delegationName: row.delegation_name, editionName: row.edition_name };
}

/**
 * An invitation tells the invitees; a move STAFF make for them (a confirmation or refusal received by phone, a
 * withdrawal) tells them too. Their own answers tell nobody: they know.
 */
export async function tellMemberMoved(
  writer: NotificationWriter,
  manager: EntityManager,
  member: { id: string; delegationId: string },
  to: MemberStatus,
  actor: WorkflowActor,
  historyKey: string,
): Promise<void> {
  const invited = to === MemberStatus.INVITED;
  if (!invited && actor !== 'STAFF') return;
  if (to === MemberStatus.PROPOSED) return;
  await writer.notifyAccounts(
    manager,
    { sql: INVITEE_ACCOUNTS_SQL, params: [member.id] },
    {
      event: invited ? 'DELEGATION_INVITED' : 'DELEGATION_STATUS_CHANGED',
      eventKey: `delegation-member:${member.id}:${to}:${historyKey}`,
      params: { ...(await delegationNames(manager, member.delegationId)), status: to },
      path: '/me/invitations',
    },
  );
}
