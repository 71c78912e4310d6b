import { ownerCondition } from '@crossroads/coproduction';
import { SelectQueryBuilder } from 'typeorm';
import type { DelegationMember } from '../member/delegation-member.entity';

/**
 * Who answers an invitation for themselves, as a SQL condition on the member alias `m`:
 * - a PERSON member: the account owning that person profile;
 * - a COMPANY member: accounts owning a profile with a current affiliation to the company (no end date, or
 *   one not past);
 * - a PROJECT member: the project's owners as co-production defines them (its creator, the accounts owning a
 *   person on its team, the members of its owner company).
 */
const PERSON_INVITEES = `(m.kind = 'PERSON' AND m.person_id = :viewerPersonId)`;
const COMPANY_INVITEES = `(m.kind = 'COMPANY' AND EXISTS (
  SELECT 1 FROM affiliation a
  WHERE a.company_id = m.company_id AND a.person_id = :viewerPersonId
    AND (a.ends_on IS NULL OR a.ends_on >= current_date)))`;
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
