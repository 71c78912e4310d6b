import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed logins are counted per (email, client address), not per account: a stranger's failures from elsewhere
 * can no longer lock an account (the admin's included), and an unknown email is counted exactly like a known one.
 */
export class LoginThrottle1764200000000 implements MigrationInterface {
  name = 'LoginThrottle1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE login_throttle (
        email varchar(254) NOT NULL,
        ip varchar(64) NOT NULL,
        failures integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (email, ip)
      )`);
    await db.query(`CREATE INDEX login_throttle_updated_idx ON login_throttle (updated_at)`);
    await db.query(`ALTER TABLE app_user DROP COLUMN failed_login_count, DROP COLUMN locked_until`);
    // Changing a password is a guess at the current one: counted per account.
    await db.query(`ALTER TABLE app_user ADD COLUMN password_change_failures integer NOT NULL DEFAULT 0,
      ADD COLUMN password_change_locked_until timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE app_user DROP COLUMN password_change_failures, DROP COLUMN password_change_locked_until`,
    );
    await db.query(`ALTER TABLE app_user ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0,
      ADD COLUMN locked_until timestamptz`);
    await db.query(`DROP TABLE login_throttle`);
  }
}
