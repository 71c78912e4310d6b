import { hasAnyRole, Role, User } from '@crossroads/auth';
import { EntityManager } from 'typeorm';
import { AffiliationInput } from '../person/dto/person.inputs';
import { Affiliation } from '../person/person-details.entity';
import { MemberRole, MembershipSource, MembershipStatus } from './membership.enums';

/**
 * Writes the affiliations of a profile edit. What STAFF write is verified (STAFF vouch for it); what a member
 * writes on their own profile is only DECLARED, and a member's edit never touches a row STAFF or an admin decided
 * on (verified, refused or revoked): those change only through the membership decisions.
 */
export async function writeAffiliations(
  manager: EntityManager,
  personId: string,
  input: readonly AffiliationInput[],
  actor: User,
): Promise<void> {
  const repository = manager.getRepository(Affiliation);
  const existing = await repository.findBy({ personId });
  if (hasAnyRole(actor.roles, [Role.STAFF])) {
    const kept = new Map(existing.map((row) => [row.companyId, row]));
    const wanted = new Set(input.map((a) => a.companyId));
    const gone = existing.filter((row) => !wanted.has(row.companyId)).map((row) => row.id);
    if (gone.length) await repository.delete(gone);
    for (const a of input) {
      const row = kept.get(a.companyId);
      kept.delete(a.companyId);
      await repository.save({
        ...(row ?? { memberRole: MemberRole.MEMBER, source: MembershipSource.STAFF }),
        ...a,
        startsOn: a.startsOn ?? null,
        endsOn: a.endsOn ?? null,
        personId,
        status: row && row.status !== MembershipStatus.DECLARED ? row.status : MembershipStatus.VERIFIED,
        ...(row?.status !== MembershipStatus.VERIFIED && {
          decidedByUserId: actor.id,
          decidedAt: new Date(),
        }),
      });
    }
    return;
  }
  const decided = new Set(
    existing.filter((row) => row.status !== MembershipStatus.DECLARED).map((row) => row.companyId),
  );
  const declared = existing.filter((row) => row.status === MembershipStatus.DECLARED).map((row) => row.id);
  if (declared.length) await repository.delete(declared);
  const rows = input
    .filter((a) => !decided.has(a.companyId))
    .map((a) => ({
      ...a,
      personId,
      status: MembershipStatus.DECLARED,
      memberRole: MemberRole.MEMBER,
      source: MembershipSource.SELF,
    }));
  if (rows.length) await repository.insert(rows);
}
