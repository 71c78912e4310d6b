import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The demo directory commits its people in batches, so a stop during the first seed (Ctrl-C) could leave it partly
 * seeded, and the next start, finding demo rows, wrote nothing more. The seeder now records its run here in the
 * transaction of its first batch (seed, scale, the day it planned from) and marks it complete after its last: a
 * run that is not complete is resumed from the same plan. Demo data seeded before this table existed has no row
 * and is left as it is.
 */
export class DemoSeedProgress1765300000000 implements MigrationInterface {
  name = 'DemoSeedProgress1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE demo_seed (
      part text PRIMARY KEY,
      seed integer NOT NULL,
      scale integer NOT NULL,
      planned_from timestamptz NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE demo_seed`);
  }
}
