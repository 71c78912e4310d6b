import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An RNCP registration ends (France Compétences gives its end date): ARTFX's RNCP 34932 ended on 14-09-2025 and
 * must show as expired, not current. Filled from the school reference at boot.
 */
export class ProgrammeRncpValidity1765000700042 implements MigrationInterface {
  name = 'ProgrammeRncpValidity1765000700042';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE programme ADD COLUMN rncp_valid_until date`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE programme DROP COLUMN rncp_valid_until`);
  }
}
