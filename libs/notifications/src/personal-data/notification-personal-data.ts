import { PersonalDataContributor, PersonalDataSection, PersonalDataSubject } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** The notifications' share: what an account was told, its language and delivery choices. */
@Injectable()
@PersonalDataSection({ section: 'notifications', eraseOrder: 20 })
export class NotificationPersonalData implements PersonalDataContributor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export({ userId }: PersonalDataSubject) {
    const [notifications, preferences, [account]] = await Promise.all([
      this.dataSource.query(
        `SELECT event, data, created_at AS "createdAt", read_at AS "readAt", email_state AS "email", sent_at AS "sentAt"
           FROM notification WHERE recipient_id = $1 ORDER BY id`,
        [userId],
      ),
      this.dataSource.query(`SELECT kind, delivery FROM notification_preference WHERE user_id = $1`, [
        userId,
      ]),
      this.dataSource.query(
        `SELECT locale, email_bounced_at AS "emailBouncedAt", email_bounce_reason AS "emailBounceReason"
           FROM app_user WHERE id = $1`,
        [userId],
      ) as Promise<Record<string, unknown>[]>,
    ]);
    return { ...account, preferences, notifications };
  }

  async erase(manager: EntityManager, { userId }: PersonalDataSubject): Promise<void> {
    await manager.query(`DELETE FROM notification WHERE recipient_id = $1`, [userId]);
    await manager.query(`DELETE FROM notification_preference WHERE user_id = $1`, [userId]);
  }
}
