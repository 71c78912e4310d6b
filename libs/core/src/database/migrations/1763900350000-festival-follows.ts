import { MigrationInterface, QueryRunner } from 'typeorm';

export class FestivalFollows1763900350000 implements MigrationInterface {
  name = 'FestivalFollows1763900350000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE festival_edition ADD COLUMN deadlines_source text`);
    await db.query(`
      CREATE TABLE festival_edition_follow (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        edition_id uuid NOT NULL REFERENCES festival_edition (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, edition_id)
      )`);
    await db.query(
      `CREATE INDEX festival_edition_follow_edition_idx ON festival_edition_follow (edition_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE festival_edition_follow`);
    await db.query(`ALTER TABLE festival_edition DROP COLUMN deadlines_source`);
  }
}
