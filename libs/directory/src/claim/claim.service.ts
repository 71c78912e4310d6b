import { AuditEventType, AuditService, User } from '@crossroads/auth';
import {
  AppError,
  ConnectionArgs,
  ConnectionShape,
  pageRequest,
  toConnection,
  isUniqueViolation,
  NotificationWriter,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Person } from '../person/person.entity';
import { ClaimStatus, PersonClaim } from './person-claim.entity';

/** A member asks to own an existing profile; STAFF approve (linking account and profile) or reject. */
@Injectable()
export class ClaimService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationWriter,
  ) {}

  async claim(personId: string, message: string | undefined, user: User): Promise<PersonClaim> {
    if (user.personId) throw AppError.conflict('Your account already owns a profile');
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The profile is held FOR SHARE: an approval under way (which holds it FOR UPDATE) finishes first, so this
        // claim then finds the profile owned; and an approval that starts later waits for this claim, then refuses
        // it with the profile's other pending claims. Either way no claim stays pending on an owned profile.
        const [person] = (await manager.query('SELECT 1 FROM person WHERE id = $1 FOR SHARE', [
          personId,
        ])) as unknown[];
        if (!person) throw AppError.notFound('Person');
        const [owner] = (await manager.query('SELECT 1 FROM app_user WHERE person_id = $1', [
          personId,
        ])) as unknown[];
        if (owner) throw AppError.conflict('This profile already has an owner');
        return manager
          .getRepository(PersonClaim)
          .save({ personId, userId: user.id, message: message ?? null });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict('You already asked for this profile');
      throw error;
    }
  }

  list(
    args: ConnectionArgs & { status?: ClaimStatus; userId?: string },
  ): Promise<ConnectionShape<PersonClaim>> {
    const page = pageRequest(args);
    return this.dataSource
      .getRepository(PersonClaim)
      .findAndCount({
        where: { ...(args.status && { status: args.status }), ...(args.userId && { userId: args.userId }) },
        order: { createdAt: 'ASC', id: 'ASC' },
        skip: page.offset,
        take: page.limit,
      })
      .then(([rows, total]) => toConnection(rows, total, page));
  }

  decide(claimId: string, approve: boolean, staff: User, ip: string | null): Promise<PersonClaim> {
    return this.dataSource.transaction(async (manager) => {
      // Decisions on one profile's claims are serialised on the profile (locked before any claim): approving one
      // links an account and rejects the others, so two approvals at once must not both get that far.
      const [target] = (await manager.query('SELECT person_id FROM person_claim WHERE id = $1', [
        claimId,
      ])) as {
        person_id: string;
      }[];
      if (!target) throw AppError.notFound('Claim');
      await manager.findOne(Person, { where: { id: target.person_id }, lock: { mode: 'pessimistic_write' } });
      const claim = await manager.findOne(PersonClaim, {
        where: { id: claimId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!claim) throw AppError.notFound('Claim');
      if (claim.status !== ClaimStatus.PENDING)
        throw AppError.conflict(`The claim is already ${claim.status}`);
      let others: { id: string; userId: string }[] = [];
      if (approve) {
        const [owner] = (await manager.query('SELECT 1 FROM app_user WHERE person_id = $1', [
          claim.personId,
        ])) as unknown[];
        if (owner) throw AppError.conflict('This profile already has an owner');
        // An UPDATE … RETURNING answers [rows, affected count] through TypeORM's driver.
        const [linked] = (await manager.query(
          'UPDATE app_user SET person_id = $1 WHERE id = $2 AND person_id IS NULL RETURNING id',
          [claim.personId, claim.userId],
        )) as [unknown[], number];
        if (linked.length === 0) throw AppError.conflict('The account already owns a profile');
        // The profile's other claims are refused by this approval: each claimant is told, and it is audited.
        const [refused] = (await manager.query(
          `UPDATE person_claim SET status = 'REJECTED', decided_at = now(), decided_by = $2
            WHERE person_id = $1 AND status = 'PENDING' AND id <> $3 RETURNING id, user_id`,
          [claim.personId, staff.id, claim.id],
        )) as [{ id: string; user_id: string }[], number];
        others = refused.map((row) => ({ id: row.id, userId: row.user_id }));
      }
      claim.status = approve ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
      claim.decidedBy = staff.id;
      claim.decidedAt = new Date();
      await manager.save(claim);
      const [person] = (await manager.query(
        `SELECT first_name || ' ' || last_name AS name, slug FROM person WHERE id = $1`,
        [claim.personId],
      )) as { name: string; slug: string }[];
      const decisions = [
        { id: claim.id, userId: claim.userId, approve },
        ...others.map((other) => ({ ...other, approve: false })),
      ];
      for (const decision of decisions)
        await this.audit.record(
          AuditEventType.PROFILE_CLAIM_DECIDED,
          {
            actorUserId: staff.id,
            subjectUserId: decision.userId,
            ip,
            details: { personId: claim.personId, approve: decision.approve },
          },
          manager,
        );
      await this.notifications.notify(
        manager,
        decisions.map((decision) => ({
          recipientId: decision.userId,
          event: decision.approve ? 'CLAIM_APPROVED' : 'CLAIM_REFUSED',
          eventKey: `claim-decided:${decision.id}`,
          params: { personName: person?.name ?? '' },
          path: decision.approve && person ? `/people/${person.slug}` : '/me',
        })),
      );
      return claim;
    });
  }
}
