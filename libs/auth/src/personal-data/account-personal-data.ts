import { PersonalDataContributor, PersonalDataSection, PersonalDataSubject } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { User } from '../user/user.entity';

/** The account's share: the account itself and its security events. Erased last. */
@Injectable()
@PersonalDataSection({ section: 'account', eraseOrder: 100 })
export class AccountPersonalData implements PersonalDataContributor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export({ userId }: PersonalDataSubject) {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const events = await this.dataSource.getRepository(AuditEvent).find({
      where: [{ subjectUserId: userId }, { actorUserId: userId }],
      order: { createdAt: 'ASC' },
    });
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
