import { AuditEventType, AuditService, hasAnyRole, Role, User, Viewer } from '@crossroads/auth';
import {
  AppError,
  ConnectionArgs,
  ConnectionShape,
  NotificationWriter,
  OutboxWriter,
  pageRequest,
  toConnection,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Company } from '../company/company.entity';
import { AffiliationInput } from '../person/dto/person.inputs';
import { Affiliation } from '../person/person-details.entity';
import { Person } from '../person/person.entity';
import { MemberRole, MembershipDecision, MembershipSource, MembershipStatus } from './membership.enums';
import { currentVerifiedMembership, isMemberSql } from './membership.rule';
import { tellMembershipChange } from './membership-notices';

/** Which statuses each decision moves from, and to. */
const MOVES: Record<MembershipDecision, { from: MembershipStatus[]; to: MembershipStatus }> = {
  [MembershipDecision.APPROVE]: {
    from: [MembershipStatus.DECLARED, MembershipStatus.REFUSED],
    to: MembershipStatus.VERIFIED,
  },
  [MembershipDecision.REFUSE]: { from: [MembershipStatus.DECLARED], to: MembershipStatus.REFUSED },
  [MembershipDecision.REVOKE]: { from: [MembershipStatus.VERIFIED], to: MembershipStatus.REVOKED },
};

const AUDIT: Record<MembershipDecision, AuditEventType> = {
  [MembershipDecision.APPROVE]: AuditEventType.MEMBERSHIP_APPROVED,
  [MembershipDecision.REFUSE]: AuditEventType.MEMBERSHIP_REFUSED,
  [MembershipDecision.REVOKE]: AuditEventType.MEMBERSHIP_REVOKED,
};

const isStaff = (user: User) => hasAnyRole(user.roles, [Role.STAFF]);

/**
 * Company memberships: who belongs to a company (the one place that decides it), and every decision about it —
 * a member's request, STAFF or a verified ADMIN approving, refusing, revoking and promoting, a member leaving.
 * Each decision is audited and re-indexes the person (search shows verified companies only).
 */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxWriter,
    private readonly notifications: NotificationWriter,
  ) {}

  /** Whether the person currently holds a verified membership of the company (an ADMIN one with `admin`). */
  async isMember(
    personId: string | null,
    companyId: string,
    { admin = false, manager = this.dataSource.manager }: { admin?: boolean; manager?: EntityManager } = {},
  ): Promise<boolean> {
    if (!personId) return false;
    const rows = (await manager.query(`SELECT ${isMemberSql('$1', '$2', { admin })} AS member`, [
      companyId,
      personId,
    ])) as { member: boolean }[];
    return rows[0].member;
  }

  /** Whether the viewer acts for the company: STAFF always, a member through a current verified membership. */
  async actsFor(viewer: Viewer, companyId: string, manager?: EntityManager): Promise<boolean> {
    if (viewer.level === 'STAFF') return true;
    if (viewer.level === 'ANONYMOUS') return false;
    return this.isMember(viewer.personId, companyId, { manager });
  }

  /** The companies a person currently belongs to (verified memberships only). */
  async companiesOf(personId: string | null): Promise<string[]> {
    if (!personId) return [];
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT m.company_id FROM affiliation m WHERE m.person_id = $1 AND ${currentVerifiedMembership('m')}`,
      [personId],
    )) as { company_id: string }[];
    return rows.map((row) => row.company_id);
  }

  /**
   * The company's memberships as the viewer may see them: STAFF and the company's verified admins see every
   * request and decision; anyone else sees current verified members only.
   */
  async membersOf(companyId: string, viewer: Viewer): Promise<Affiliation[]> {
    await this.companyOrNotFound(this.dataSource.manager, companyId);
    const manages =
      viewer.level === 'STAFF' ||
      (viewer.level === 'MEMBER' && (await this.isMember(viewer.personId, companyId, { admin: true })));
    const query = this.dataSource
      .getRepository(Affiliation)
      .createQueryBuilder('m')
      .where('m.company_id = :companyId', { companyId })
      .orderBy(`CASE m.status WHEN 'DECLARED' THEN 0 WHEN 'VERIFIED' THEN 1 ELSE 2 END`)
      .addOrderBy('m.member_role')
      .addOrderBy('m.created_at')
      .limit(500);
    if (!manages) query.andWhere(currentVerifiedMembership('m'));
    // As everywhere (canList): people who did not consent to the directory are not listed to anonymous readers,
    // not even as a membership row with their role and dates.
    if (viewer.level === 'ANONYMOUS')
      query.andWhere(`EXISTS (SELECT 1 FROM person p WHERE p.id = m.person_id AND p.consent_directory)`);
    return query.getMany();
  }

  /** Requests waiting for a decision, oldest first, across companies (STAFF's queue). */
  async pending(args: ConnectionArgs): Promise<ConnectionShape<Affiliation>> {
    const page = pageRequest(args);
    const [rows, total] = await this.dataSource.getRepository(Affiliation).findAndCount({
      where: { status: MembershipStatus.DECLARED },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return toConnection(rows, total, page);
  }

  /** A member asks to be recognised as part of a company: a DECLARED row its admins or STAFF decide on. */
  request(user: User, companyId: string, role: string, ip: string | null): Promise<Affiliation> {
    if (!user.personId) throw AppError.conflict('Create or claim your profile before joining a company');
    const personId = user.personId;
    return this.dataSource.transaction(async (manager) => {
      await this.companyOrNotFound(manager, companyId);
      await this.lockPerson(manager, personId);
      const [open] = (await manager.query(
        `SELECT status FROM affiliation WHERE person_id = $1 AND company_id = $2
            AND status IN ('DECLARED', 'VERIFIED') AND (ends_on IS NULL OR ends_on >= current_date)`,
        [personId, companyId],
      )) as { status: MembershipStatus }[];
      if (open)
        throw AppError.conflict(
          open.status === MembershipStatus.VERIFIED
            ? 'You are already a member of this company'
            : 'Your request to join this company is already waiting',
        );
      const membership = await manager.getRepository(Affiliation).save({
        personId,
        companyId,
        role,
        status: MembershipStatus.DECLARED,
        memberRole: MemberRole.MEMBER,
        source: MembershipSource.SELF,
      });
      await this.record(manager, AuditEventType.MEMBERSHIP_REQUESTED, user, membership, ip);
      await this.outbox.enqueue(manager, 'person', [personId]);
      return membership;
    });
  }

  /** STAFF add a verified member directly: how a company gets its first admin. */
  add(
    staff: User,
    input: { companyId: string; personId: string; role: string; memberRole: MemberRole },
    ip: string | null,
  ): Promise<Affiliation> {
    if (!isStaff(staff)) throw AppError.forbidden('Only STAFF add members directly');
    return this.dataSource.transaction(async (manager) => {
      await this.companyOrNotFound(manager, input.companyId);
      await this.lockPerson(manager, input.personId);
      const repository = manager.getRepository(Affiliation);
      const existing = await repository.findOne({
        where: { personId: input.personId, companyId: input.companyId },
        order: { createdAt: 'DESC' },
      });
      const membership = repository.merge(
        existing && existing.status !== MembershipStatus.REVOKED ? existing : repository.create(),
        {
          personId: input.personId,
          companyId: input.companyId,
          role: input.role,
          status: MembershipStatus.VERIFIED,
          memberRole: input.memberRole,
          source: existing?.source ?? MembershipSource.STAFF,
          decidedByUserId: staff.id,
          decidedAt: new Date(),
        },
      );
      const saved = await repository.save(membership);
      await this.record(manager, AuditEventType.MEMBERSHIP_ADDED, staff, saved, ip);
      await this.outbox.enqueue(manager, 'person', [input.personId]);
      return saved;
    });
  }

  /** STAFF or a verified ADMIN of the company approve, refuse or revoke a membership. */
  decide(actor: User, membershipId: string, decision: MembershipDecision, ip: string | null) {
    return this.change(actor, membershipId, async (manager, membership) => {
      const move = MOVES[decision];
      if (!move.from.includes(membership.status))
        throw AppError.conflict(
          `A ${membership.status} membership cannot be moved to ${move.to} (only from ${move.from.join(' or ')})`,
        );
      membership.status = move.to;
      if (move.to === MembershipStatus.REVOKED) membership.memberRole = MemberRole.MEMBER;
      await this.record(manager, AUDIT[decision], actor, membership, ip);
    });
  }

  /** STAFF or a verified ADMIN promote a verified member to ADMIN, or make an admin a plain member again. */
  setRole(actor: User, membershipId: string, memberRole: MemberRole, ip: string | null) {
    return this.change(actor, membershipId, async (manager, membership) => {
      if (membership.status !== MembershipStatus.VERIFIED)
        throw AppError.conflict('Only a verified member can be made an admin');
      const before = membership.memberRole;
      membership.memberRole = memberRole;
      await this.record(manager, AuditEventType.MEMBERSHIP_ROLE_CHANGED, actor, membership, ip, { before });
    });
  }

  /** A person ends their own membership (or withdraws their request). */
  leave(user: User, membershipId: string, ip: string | null): Promise<Affiliation> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.lockMembership(manager, membershipId);
      if (!membership || membership.personId !== user.personId) throw AppError.notFound('Membership');
      if (membership.status === MembershipStatus.DECLARED) {
        await manager.delete(Affiliation, { id: membership.id });
      } else if (membership.status === MembershipStatus.VERIFIED) {
        membership.status = MembershipStatus.REVOKED;
        membership.memberRole = MemberRole.MEMBER;
        membership.endsOn ??= new Date().toISOString().slice(0, 10);
        membership.decidedByUserId = user.id;
        membership.decidedAt = new Date();
        await manager.save(membership);
      } else throw AppError.conflict(`This membership is already ${membership.status}`);
      await this.record(manager, AuditEventType.MEMBERSHIP_LEFT, user, membership, ip);
      await this.outbox.enqueue(manager, 'person', [membership.personId]);
      return membership;
    });
  }

  /**
   * The affiliations of a profile edit (`createPerson`, `updatePerson`), decided here like every other membership
   * change. STAFF vouch for what they write: a new row is VERIFIED (added), a pending one they keep is approved,
   * one they drop is removed, each audited; a row already decided keeps its status. A member's own edit only
   * declares: it adds DECLARED requests, updates or withdraws its pending ones, and never touches a row STAFF or
   * an admin decided on (verified, refused, revoked), which change only through the decisions above.
   */
  async writeFromProfile(
    manager: EntityManager,
    personId: string,
    input: readonly AffiliationInput[],
    actor: User,
    ip: string | null,
  ): Promise<void> {
    const repository = manager.getRepository(Affiliation);
    // Locked: a decision on one of these rows (an admin approving a request) waits, or is seen once made.
    const existing = await repository.find({
      where: { personId },
      order: { createdAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const wanted = new Map<string, AffiliationInput>();
    for (const a of input) if (!wanted.has(a.companyId)) wanted.set(a.companyId, a);
    const fields = (a: AffiliationInput) => ({
      role: a.role,
      startsOn: a.startsOn ?? null,
      endsOn: a.endsOn ?? null,
    });
    const staff = isStaff(actor);
    // The latest row per company is the one an edit updates (an older one is history: a revoked membership).
    const latest = new Map(existing.map((row) => [row.companyId, row]));
    for (const row of existing) {
      if (wanted.has(row.companyId)) continue;
      if (!staff && row.status !== MembershipStatus.DECLARED) continue;
      await repository.delete(row.id);
      const type = staff ? AuditEventType.MEMBERSHIP_REMOVED : AuditEventType.MEMBERSHIP_LEFT;
      await this.record(manager, type, actor, row, ip);
    }
    for (const [companyId, a] of wanted) {
      const row = latest.get(companyId);
      if (!row) {
        const created = await repository.save(
          repository.create({
            ...fields(a),
            personId,
            companyId,
            memberRole: MemberRole.MEMBER,
            ...(staff
              ? {
                  status: MembershipStatus.VERIFIED,
                  source: MembershipSource.STAFF,
                  decidedByUserId: actor.id,
                  decidedAt: new Date(),
                }
              : { status: MembershipStatus.DECLARED, source: MembershipSource.SELF }),
          }),
        );
        const type = staff ? AuditEventType.MEMBERSHIP_ADDED : AuditEventType.MEMBERSHIP_REQUESTED;
        await this.record(manager, type, actor, created, ip);
      } else if (row.status === MembershipStatus.DECLARED) {
        Object.assign(row, fields(a));
        if (staff)
          Object.assign(row, {
            status: MembershipStatus.VERIFIED,
            decidedByUserId: actor.id,
            decidedAt: new Date(),
          });
        await repository.save(row);
        if (staff) await this.record(manager, AuditEventType.MEMBERSHIP_APPROVED, actor, row, ip);
      } else if (staff) {
        await repository.save(Object.assign(row, fields(a)));
      }
    }
  }

  /** Loads and locks the membership, checks the actor manages its company, applies `apply`, saves. */
  private change(
    actor: User,
    membershipId: string,
    apply: (manager: EntityManager, membership: Affiliation) => Promise<void>,
  ): Promise<Affiliation> {
    return this.dataSource.transaction(async (manager) => {
      // Decisions are serialised per company: each rests on its actor still being an admin, which another
      // decision may be taking away (two admins revoking each other at once would leave the company none).
      await manager.query(
        `SELECT 1 FROM company WHERE id = (SELECT company_id FROM affiliation WHERE id = $1) FOR NO KEY UPDATE`,
        [membershipId],
      );
      const membership = await this.lockMembership(manager, membershipId);
      if (!membership) throw AppError.notFound('Membership');
      if (!isStaff(actor)) {
        const admin = await this.isMember(actor.personId, membership.companyId, { admin: true, manager });
        // Someone who does not manage the company learns nothing about its memberships.
        if (!admin) throw AppError.notFound('Membership');
        if (membership.personId === actor.personId)
          throw AppError.forbidden('Another admin or STAFF decide on your own membership');
      }
      await apply(manager, membership);
      membership.decidedByUserId = actor.id;
      membership.decidedAt = new Date();
      const saved = await manager.save(membership);
      await this.outbox.enqueue(manager, 'person', [membership.personId]);
      return saved;
    });
  }

  private lockMembership(manager: EntityManager, id: string): Promise<Affiliation | null> {
    return manager.findOne(Affiliation, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Serialises membership changes of one person (no two open requests for the same company). */
  private async lockPerson(manager: EntityManager, personId: string): Promise<void> {
    const person = await manager.findOne(Person, {
      where: { id: personId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!person) throw AppError.notFound('Person');
  }

  private async companyOrNotFound(manager: EntityManager, companyId: string): Promise<void> {
    if (!(await manager.existsBy(Company, { id: companyId }))) throw AppError.notFound('Company');
  }

  private async record(
    manager: EntityManager,
    type: AuditEventType,
    actor: User,
    membership: Affiliation,
    ip: string | null,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    const [owner] = (await manager.query(`SELECT id FROM app_user WHERE person_id = $1`, [
      membership.personId,
    ])) as { id: string }[];
    await this.audit.record(
      type,
      {
        actorUserId: actor.id,
        subjectUserId: owner?.id ?? null,
        ip,
        details: {
          membershipId: membership.id,
          companyId: membership.companyId,
          personId: membership.personId,
          status: membership.status,
          memberRole: membership.memberRole,
          ...extra,
        },
      },
      manager,
    );
    await tellMembershipChange(this.notifications, manager, type, membership, actor.id, owner?.id ?? null);
  }
}
