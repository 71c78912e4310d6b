import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal calendar feeds: a secret URL per member. Only the SHA-256 of the token is kept; rotating revokes the
 * previous feed, so at most one live feed per account.
 */
export class CalendarFeeds1765100000000 implements MigrationInterface {
  name = 'CalendarFeeds1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CONSTRAINT calendar_feed_token_hash_key UNIQUE (token_hash)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX calendar_feed_live_key ON calendar_feed (user_id) WHERE revoked_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_feed`);
  }
}
