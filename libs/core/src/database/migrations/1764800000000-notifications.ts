import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications delivered through the database: a row per (event, recipient), written in the transaction
 * of the change; the sender claims rows (SKIP LOCKED), stores the Message-ID before sending, then marks them sent.
 */
export class Notifications1764800000000 implements MigrationInterface {
  name = 'Notifications1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user
      ADD COLUMN locale varchar(2) NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
      ADD COLUMN email_bounced_at timestamptz,
      ADD COLUMN email_bounce_reason varchar(500)`);
    await db.query(`
      CREATE TABLE notification (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recipient_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL,
        event_key varchar(200) NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        email_state varchar(16) NOT NULL DEFAULT 'PENDING'
          CHECK (email_state IN ('PENDING', 'SENT', 'DIGEST', 'SKIPPED', 'FAILED')),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        message_id varchar(255),
        sent_at timestamptz,
        CONSTRAINT notification_event_recipient_key UNIQUE (event_key, recipient_id)
      )`);
    await db.query(
      `CREATE INDEX notification_pending_idx ON notification (available_at, id) WHERE email_state = 'PENDING'`,
    );
    await db.query(`CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at DESC)`);
    await db.query(
      `CREATE INDEX notification_unread_idx ON notification (recipient_id) WHERE read_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL,
        delivery varchar(16) NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DIGEST', 'OFF')),
        PRIMARY KEY (user_id, kind)
      )`);
    await db.query(`CREATE FUNCTION notification_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('notification', ''); RETURN NULL; END $$`);
    await db.query(`CREATE TRIGGER notification_notify AFTER INSERT ON notification
      FOR EACH STATEMENT EXECUTE FUNCTION notification_notify()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER notification_notify ON notification`);
    await db.query(`DROP FUNCTION notification_notify()`);
    await db.query(`DROP TABLE notification_preference`);
    await db.query(`DROP TABLE notification`);
    await db.query(
      `ALTER TABLE app_user DROP COLUMN locale, DROP COLUMN email_bounced_at, DROP COLUMN email_bounce_reason`,
    );
  }
}
