import { PersonalDataContributor, PersonalDataSection, PersonalDataSubject } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DelegationEvent } from '../history/delegation-event.entity';
import { DelegationMember } from '../member/delegation-member.entity';

/**
 * The delegations' share: every membership of the caller's profile (proposals and STAFF notes included) with answers and consent, and the
 * history lines they are the actor of. Erasure removes those memberships (before the profile itself goes, so
 * the history keeps no link to them) and strips the actor from history lines; company and project members
 * are not personal data and stay.
 */
@Injectable()
@PersonalDataSection({ section: 'delegations', eraseOrder: 5 })
export class DelegationPersonalData implements PersonalDataContributor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export({ userId, personId }: PersonalDataSubject) {
    const manager = this.dataSource.manager;
    const memberships = personId
      ? await manager.query(
          `SELECT m.id, d.name AS delegation, f.name AS festival, e.year, m.status, m.consent_brochure AS "consentBrochure", m.note,
                  m.invited_at AS "invitedAt", m.answered_at AS "answeredAt"
           FROM delegation_member m JOIN delegation d ON d.id = m.delegation_id
           JOIN festival_edition e ON e.id = d.edition_id JOIN festival f ON f.id = e.festival_id
           WHERE m.person_id = $1 ORDER BY e.starts_on`,
          [personId],
        )
      : [];
    const actions = await manager.find(DelegationEvent, {
      where: { actorUserId: userId },
      order: { createdAt: 'ASC' },
      select: {
        delegationId: true,
        memberId: true,
        action: true,
        fromStatus: true,
        toStatus: true,
        createdAt: true,
      },
    });
    return { memberships, actions };
  }

  async erase(manager: EntityManager, { userId, personId }: PersonalDataSubject): Promise<void> {
    await manager.update(DelegationEvent, { actorUserId: userId }, { actorUserId: null });
    if (personId) await manager.delete(DelegationMember, { personId });
  }
}
