import { SelectQueryBuilder } from 'typeorm';
import type { DelegationMember } from '../member/delegation-member.entity';

/**
 * Who answers an invitation for themselves, as a SQL condition on the member alias `m`:
 * - a PERSON member: the account owning that person profile;
 * - a COMPANY member: accounts owning a profile with a current affiliation to the company (no end date, or
 *   one not past);
 * - a PROJECT member: accounts owning a profile on the project's team (see PROJECT_INVITEES).
 * The parameter `:inviteePersonId` is the caller's own person profile.
 */
const PERSON_INVITEES = `(m.kind = 'PERSON' AND m.person_id = :inviteePersonId)`;
const COMPANY_INVITEES = `(m.kind = 'COMPANY' AND EXISTS (
  SELECT 1 FROM affiliation a
  WHERE a.company_id = m.company_id AND a.person_id = :inviteePersonId
    AND (a.ends_on IS NULL OR a.ends_on >= current_date)))`;
/** Filled in once projects exist (co-production): until then no project member has an invitee. */
export const PROJECT_INVITEES = `FALSE`;

export function whereInvitee(
  query: SelectQueryBuilder<DelegationMember>,
  personId: string,
): SelectQueryBuilder<DelegationMember> {
  return query.andWhere(`(${PERSON_INVITEES} OR ${COMPANY_INVITEES} OR ${PROJECT_INVITEES})`, {
    inviteePersonId: personId,
  });
}
