import { MigrationInterface, QueryRunner } from 'typeorm';

/** When staff set an edition's dates: from then on the sourced reference applied at boot leaves them alone. */
export class EditionDatesSetAt1765100000001 implements MigrationInterface {
  name = 'EditionDatesSetAt1765100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE festival_edition ADD COLUMN dates_set_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE festival_edition DROP COLUMN dates_set_at`);
  }
}
