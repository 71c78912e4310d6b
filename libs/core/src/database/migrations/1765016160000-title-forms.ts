import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Gender-inclusive job titles (issue 16): every craft stores its French feminine label and, where usage has one,
 * its inclusive label; every person chooses how their titles are written (FEMININE, MASCULINE or INCLUSIVE).
 * Existing people get INCLUSIVE, which misgenders nobody until they choose.
 */
export class TitleForms1765016160000 implements MigrationInterface {
  name = 'TitleForms1765016160000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE craft ADD COLUMN label_fr_feminine varchar(160),
      ADD COLUMN label_fr_inclusive varchar(160)`);
    await db.query(`ALTER TABLE person ADD COLUMN title_form varchar(10) NOT NULL DEFAULT 'INCLUSIVE'
      CONSTRAINT person_title_form_check CHECK (title_form IN ('FEMININE', 'MASCULINE', 'INCLUSIVE'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person DROP COLUMN title_form`);
    await db.query(`ALTER TABLE craft DROP COLUMN label_fr_feminine, DROP COLUMN label_fr_inclusive`);
  }
}
