import { ownerCondition } from '@crossroads/coproduction';
import { isMemberSql } from '@crossroads/directory';
import { SelectQueryBuilder } from 'typeorm';
import type { DelegationMember } from '../member/delegation-member.entity';

/**
 * Who answers an invitation for themselves, as a SQL condition on the member alias `m`:
 * - a PERSON member: the account owning that person profile;
 * - a COMPANY member: accounts owning a verified, current member of the company (MembershipService's rule);
 * - a PROJECT member: the project's owners as co-production defines them (its creator, the accounts owning a
 *   person on its team, the members of its owner company).
 */
const PERSON_INVITEES = `(m.kind = 'PERSON' AND m.person_id = :viewerPersonId)`;
const COMPANY_INVITEES = `(m.kind = 'COMPANY' AND ${isMemberSql('m.company_id', ':viewerPersonId')})`;
const PROJECT_INVITEES = `(m.kind = 'PROJECT' AND EXISTS (
  SELECT 1 FROM project pj WHERE pj.id = m.project_id AND ${ownerCondition('pj')}))`;

export function whereInvitee(
  query: SelectQueryBuilder<DelegationMember>,
  viewer: { userId: string; personId: string | null },
): SelectQueryBuilder<DelegationMember> {
  return query.andWhere(`(${PERSON_INVITEES} OR ${COMPANY_INVITEES} OR ${PROJECT_INVITEES})`, {
    viewerUserId: viewer.userId,
    viewerPersonId: viewer.personId,
  });
}

/**
 * The accounts that answer for member `$1` (the same rule as whereInvitee, from the member's side): a query
 * for NotificationWriter.notifyAccounts.
 */
export const INVITEE_ACCOUNTS_SQL = `
  SELECT u.id FROM delegation_member im JOIN app_user u ON u.status = 'ACTIVE' AND (
      (im.kind = 'PERSON' AND u.person_id = im.person_id)
   OR (im.kind = 'COMPANY' AND ${isMemberSql('im.company_id', 'u.person_id')})
   OR (im.kind = 'PROJECT' AND EXISTS (SELECT 1 FROM project pj WHERE pj.id = im.project_id
        AND ${ownerCondition('pj', { userSql: 'u.id', personSql: 'u.person_id' })})))
   WHERE im.id = $1`;
