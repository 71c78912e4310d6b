import {
  NotificationWriter,
  PersonalDataContributor,
  PersonalDataSection,
  PersonalDataSubject,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The notifications' share: what an account was told, its language and delivery choices. Erasure runs before the
 * directory's (it reads the profile's name), and also scrubs the person from other accounts' notifications: a
 * membership request or claim names them, an accepted introduction gives their contact: `NotificationWriter.forget`
 * (core), the same path as STAFF deleting a profile.
 */
@Injectable()
@PersonalDataSection({ section: 'notifications', eraseOrder: 8 })
export class NotificationPersonalData implements PersonalDataContributor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: NotificationWriter,
  ) {}

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

  async erase(manager: EntityManager, { userId, personId }: PersonalDataSubject): Promise<void> {
    await manager.query(`DELETE FROM notification WHERE recipient_id = $1`, [userId]);
    await manager.query(`DELETE FROM notification_preference WHERE user_id = $1`, [userId]);
    const [subject] = (await manager.query(
      `SELECT p.first_name || ' ' || p.last_name AS name, ARRAY[u.email, p.email] AS emails
         FROM app_user u LEFT JOIN person p ON p.id = $2 WHERE u.id = $1`,
      [userId, personId],
    )) as { name: string | null; emails: (string | null)[] }[];
    await this.writer.forget(manager, subject);
  }
}
