import { AppError } from '@crossroads/core';
import type { User } from '@crossroads/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MemberStatus } from '../delegation/delegation.enums';
import { DelegationAction } from '../history/delegation-event.entity';
import { DelegationHistory } from '../history/delegation-history';
import { DelegationMember } from '../member/delegation-member.entity';
import { MemberService } from '../member/member.service';
import { AnswerInvitationInput } from '../member/dto/member.inputs';
import { whereInvitee } from './invitees';

/** The invitee's side: their invitations, their answer with brochure consent, a change of consent or of mind. */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MemberService,
    private readonly history: DelegationHistory,
  ) {}

  /** Invitations the caller answers for (proposals are not shown: they are STAFF's working list). */
  async mine(user: User): Promise<DelegationMember[]> {
    const query = this.dataSource
      .getRepository(DelegationMember)
      .createQueryBuilder('m')
      .where('m.status <> :proposed', { proposed: MemberStatus.PROPOSED })
      .orderBy('m.invitedAt', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .limit(200);
    return whereInvitee(query, { userId: user.id, personId: user.personId }).getMany();
  }

  async answer(input: AnswerInvitationInput, user: User): Promise<DelegationMember> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockOwn(manager, input.memberId, user);
      if (input.accept) await this.assertEditionNotOver(manager, member.delegationId);
      return this.members.move(
        manager,
        member,
        input.accept ? MemberStatus.CONFIRMED : MemberStatus.DECLINED,
        'INVITEE',
        user.id,
        { consentBrochure: input.consentBrochure, answeredAt: new Date(), answeredByUserId: user.id },
        DelegationAction.MEMBER_ANSWERED,
      );
    });
  }

  /** A place in a delegation to a festival that is over cannot be taken any more (declining still can). */
  private async assertEditionNotOver(manager: EntityManager, delegationId: string): Promise<void> {
    const [edition] = (await manager.query(
      `SELECT e.ends_on < current_date AS over FROM delegation d JOIN festival_edition e ON e.id = d.edition_id
        WHERE d.id = $1`,
      [delegationId],
    )) as { over: boolean }[];
    if (edition?.over)
      throw AppError.conflict('This festival edition is over: the invitation can no longer be accepted');
  }

  async setConsent(memberId: string, consent: boolean, user: User): Promise<DelegationMember> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockOwn(manager, memberId, user);
      if (member.status !== MemberStatus.CONFIRMED && member.status !== MemberStatus.INVITED) {
        throw AppError.conflict(`A ${member.status} member has no brochure entry to consent to`);
      }
      if (member.consentBrochure === consent) return member;
      const saved = await manager
        .getRepository(DelegationMember)
        .save({ ...member, consentBrochure: consent, answeredByUserId: user.id });
      await this.history.record(manager, user.id, {
        delegationId: member.delegationId,
        memberId,
        action: DelegationAction.CONSENT_CHANGED,
        details: { consentBrochure: consent },
      });
      return saved;
    });
  }

  async withdraw(memberId: string, user: User): Promise<DelegationMember> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockOwn(manager, memberId, user);
      return this.members.move(manager, member, MemberStatus.WITHDRAWN, 'INVITEE', user.id);
    });
  }

  /** Someone else's invitation, or a mere proposal, does not exist for the caller. */
  private async lockOwn(manager: EntityManager, memberId: string, user: User): Promise<DelegationMember> {
    const mine = await whereInvitee(
      manager
        .getRepository(DelegationMember)
        .createQueryBuilder('m')
        .where('m.id = :memberId', { memberId })
        .andWhere('m.status <> :proposed', { proposed: MemberStatus.PROPOSED }),
      { userId: user.id, personId: user.personId },
    ).getExists();
    if (!mine) throw AppError.notFound('Invitation');
    return this.members.lockMember(manager, memberId);
  }
}
