import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each notification names its event (the wording) beside its kind (the preference). Daily digests are
 * notifications too (kind DIGEST): the rows they gather become DIGESTED, so a digest is sent once, with the
 * same retries and Message-ID as any mail.
 */
export class NotificationEvents1765000000000 implements MigrationInterface {
  name = 'NotificationEvents1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification ADD COLUMN event varchar(40)`);
    await db.query(`UPDATE notification SET event = kind`);
    await db.query(`ALTER TABLE notification ALTER COLUMN event SET NOT NULL`);
    await db.query(`ALTER TABLE notification DROP CONSTRAINT notification_email_state_check`);
    await db.query(`ALTER TABLE notification ADD CONSTRAINT notification_email_state_check
      CHECK (email_state IN ('PENDING', 'SENT', 'DIGEST', 'DIGESTED', 'SKIPPED', 'FAILED'))`);
    await db.query(
      `CREATE INDEX notification_digest_idx ON notification (recipient_id, id) WHERE email_state = 'DIGEST'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notification_digest_idx`);
    await db.query(`DELETE FROM notification WHERE kind = 'DIGEST'`);
    await db.query(`UPDATE notification SET email_state = 'SENT' WHERE email_state = 'DIGESTED'`);
    await db.query(`ALTER TABLE notification DROP CONSTRAINT notification_email_state_check`);
    await db.query(`ALTER TABLE notification ADD CONSTRAINT notification_email_state_check
      CHECK (email_state IN ('PENDING', 'SENT', 'DIGEST', 'SKIPPED', 'FAILED'))`);
    await db.query(`ALTER TABLE notification DROP COLUMN event`);
  }
}
