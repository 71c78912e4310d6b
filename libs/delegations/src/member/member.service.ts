import { AppError, isUniqueViolation, NotificationWriter } from '@crossroads/core';
import { Company, Person } from '@crossroads/directory';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DelegationService } from '../delegation/delegation.service';
import { DelegationStatus, MemberKind, MemberStatus } from '../delegation/delegation.enums';
import { DelegationAction } from '../history/delegation-event.entity';
import { DelegationHistory } from '../history/delegation-history';
import { DelegationMember } from './delegation-member.entity';
import { AddDelegationMemberInput, SetMemberStatusInput } from './dto/member.inputs';
import { refusal, takesSeat, WorkflowActor } from './member-workflow';
import { tellMemberMoved } from './member-notices';
import { ProjectLookup } from './project-lookup';

const SUBJECT_FIELD = { PERSON: 'personId', COMPANY: 'companyId', PROJECT: 'projectId' } as const;

/** STAFF's side of the members: add, move through the workflow, annotate, remove a proposal. */
@Injectable()
export class MemberService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly delegations: DelegationService,
    private readonly history: DelegationHistory,
    private readonly projects: ProjectLookup,
    private readonly notifications: NotificationWriter,
  ) {}

  async add(input: AddDelegationMemberInput, actorUserId: string): Promise<DelegationMember> {
    const field = SUBJECT_FIELD[input.kind];
    const given = Object.values(SUBJECT_FIELD).filter((key) => input[key] !== undefined);
    if (given.length !== 1 || given[0] !== field) {
      throw AppError.badInput(`A ${input.kind} member needs ${field} and no other id`, [
        { field, message: `give ${field} only` },
      ]);
    }
    const subjectId = input[field]!;
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.delegations.lock(manager, input.delegationId);
        await this.assertSubjectExists(manager, input.kind, subjectId, field);
        const member = await manager.getRepository(DelegationMember).save({
          delegationId: input.delegationId,
          kind: input.kind,
          [field]: subjectId,
          note: input.note ?? null,
        });
        await this.history.record(manager, actorUserId, {
          delegationId: input.delegationId,
          memberId: member.id,
          action: DelegationAction.MEMBER_ADDED,
          toStatus: MemberStatus.PROPOSED,
          details: { kind: input.kind },
        });
        return member;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict('Already a member of this delegation');
      throw error;
    }
  }

  async setStatus(input: SetMemberStatusInput, actorUserId: string): Promise<DelegationMember> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockMember(manager, input.memberId);
      const moved = await this.move(manager, member, input.status, 'STAFF', actorUserId);
      if (input.note !== undefined && input.note !== member.note) {
        moved.note = input.note;
        await manager.getRepository(DelegationMember).save(moved);
        await this.history.record(manager, actorUserId, {
          delegationId: member.delegationId,
          memberId: member.id,
          action: DelegationAction.MEMBER_NOTE_CHANGED,
        });
      }
      return moved;
    });
  }

  async setNote(memberId: string, note: string | null, actorUserId: string): Promise<DelegationMember> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockMember(manager, memberId);
      if (member.note === note) return member;
      const saved = await manager.getRepository(DelegationMember).save({ ...member, note });
      await this.history.record(manager, actorUserId, {
        delegationId: member.delegationId,
        memberId,
        action: DelegationAction.MEMBER_NOTE_CHANGED,
      });
      return saved;
    });
  }

  /** Only a proposal is removed outright; anyone invited is withdrawn instead, so the history stays true. */
  async remove(memberId: string, actorUserId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockMember(manager, memberId);
      if (member.status !== MemberStatus.PROPOSED) {
        throw AppError.conflict(`A ${member.status} member cannot be removed: withdraw it instead`);
      }
      await this.history.record(manager, actorUserId, {
        delegationId: member.delegationId,
        memberId,
        action: DelegationAction.MEMBER_REMOVED,
        fromStatus: member.status,
        details: { kind: member.kind },
      });
      await manager.delete(DelegationMember, { id: memberId });
      return true;
    });
  }

  /**
   * One workflow move under the delegation's lock: checks the transition for this actor, publication before
   * inviting, and capacity (invited + confirmed ≤ capacity) when the move takes a seat.
   */
  async move(
    manager: EntityManager,
    member: DelegationMember,
    to: MemberStatus,
    actor: WorkflowActor,
    actorUserId: string,
    extra: Partial<DelegationMember> = {},
    action = DelegationAction.MEMBER_STATUS_CHANGED,
  ): Promise<DelegationMember> {
    const reason = refusal(member.status, to, actor);
    if (reason) throw AppError.conflict(reason);
    const delegation = await this.delegations.lock(manager, member.delegationId);
    if (to === MemberStatus.INVITED && delegation.status === DelegationStatus.DRAFT) {
      throw AppError.conflict('Publish the delegation before inviting its members');
    }
    if (takesSeat(member.status, to) && delegation.capacity !== null) {
      const held = await this.delegations.seatsHeld(manager, delegation.id);
      if (held >= delegation.capacity) {
        throw AppError.conflict(`The delegation is full: ${held} of ${delegation.capacity} seats held`);
      }
    }
    const now = new Date();
    const saved = await manager.getRepository(DelegationMember).save({
      ...member,
      ...extra,
      status: to,
      ...(to === MemberStatus.INVITED && { invitedAt: now }),
    });
    await this.history.record(manager, actorUserId, {
      delegationId: member.delegationId,
      memberId: member.id,
      action,
      fromStatus: member.status,
      toStatus: to,
      details: { by: actor, ...('consentBrochure' in extra && { consentBrochure: extra.consentBrochure }) },
    });
    if (to !== member.status)
      await tellMemberMoved(this.notifications, manager, member, to, actor, now.toISOString());
    return saved;
  }

  /**
   * Locks the member's delegation, then the member: the order of every move (and of deleting a draft, which
   * takes the delegation then its members), so two of them never wait on each other.
   */
  async lockMember(manager: EntityManager, id: string): Promise<DelegationMember> {
    const [row] = (await manager.query('SELECT delegation_id FROM delegation_member WHERE id = $1', [
      id,
    ])) as {
      delegation_id: string;
    }[];
    if (!row) throw AppError.notFound('Delegation member');
    await this.delegations.lock(manager, row.delegation_id);
    const member = await manager
      .getRepository(DelegationMember)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!member) throw AppError.notFound('Delegation member');
    return member;
  }

  private async assertSubjectExists(
    manager: EntityManager,
    kind: MemberKind,
    id: string,
    field: string,
  ): Promise<void> {
    const exists =
      kind === MemberKind.PERSON
        ? await manager.existsBy(Person, { id })
        : kind === MemberKind.COMPANY
          ? await manager.existsBy(Company, { id })
          : await this.projects.exists(manager, id);
    if (!exists) throw AppError.badInput(`Unknown ${kind.toLowerCase()}`, [{ field, message: 'not found' }]);
  }
}
