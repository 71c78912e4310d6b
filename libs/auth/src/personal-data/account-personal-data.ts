import { PersonalDataContributor, PersonalDataSection, PersonalDataSubject } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { User } from '../user/user.entity';

/**
 * The account's share: the account itself, its security events, its sign-ins (refresh-token sessions) and the login
 * back-off counted against its email. Erased last.
 */
@Injectable()
@PersonalDataSection({ section: 'account', eraseOrder: 100 })
export class AccountPersonalData implements PersonalDataContributor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export({ userId }: PersonalDataSubject) {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const [events, sessions, loginBackoff] = await Promise.all([
      this.dataSource.getRepository(AuditEvent).find({
        where: [{ subjectUserId: userId }, { actorUserId: userId }],
        order: { createdAt: 'ASC' },
      }),
      // Each refresh token of each sign-in (a family grows by one per refresh): its dates, never the token or its
      // hash. No client detail (device, address) is stored with them; the sign-ins' addresses are security events.
      this.dataSource.query(
        `SELECT family_id AS "signIn", created_at AS "createdAt", expires_at AS "expiresAt",
                used_at AS "usedAt", revoked_at AS "revokedAt"
           FROM refresh_token WHERE user_id = $1 ORDER BY created_at, id`,
        [userId],
      ) as Promise<Record<string, unknown>[]>,
      // Failed logins counted against the account's email, per client address (the keys erasure removes).
      this.dataSource.query(
        `SELECT ip, failures, locked_until AS "lockedUntil", updated_at AS "updatedAt"
           FROM login_throttle WHERE lower(email) = lower($1) ORDER BY updated_at, ip`,
        [user.email],
      ) as Promise<Record<string, unknown>[]>,
    ]);
    return {
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      status: user.status,
      createdAt: user.createdAt,
      lastLoginAt: user.lastLoginAt,
      // Events STAFF caused on this account keep STAFF's identity and address on the server.
      securityEvents: events.map(({ type, ip, createdAt, details, actorUserId }) => ({
        type,
        by: !actorUserId ? null : actorUserId === userId ? 'you' : 'staff',
        ip: actorUserId && actorUserId !== userId ? null : ip,
        createdAt,
        details,
      })),
      sessions,
      loginBackoff,
    };
  }

  /**
   * The account goes (its refresh tokens with it); security events stay, stripped of email and address; the
   * login back-off rows keyed by its email (with the addresses it signed in from) go too.
   */
  async erase(manager: EntityManager, { userId }: PersonalDataSubject): Promise<void> {
    await manager.query(
      `DELETE FROM login_throttle WHERE lower(email) = (SELECT lower(email) FROM app_user WHERE id = $1)`,
      [userId],
    );
    await manager.query(
      `UPDATE audit_event SET email = NULL, ip = NULL WHERE subject_user_id = $1 OR actor_user_id = $1`,
      [userId],
    );
    await manager.delete(User, { id: userId });
  }
}
