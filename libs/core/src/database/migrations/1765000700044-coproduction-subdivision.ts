import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A company's co-production profile may name its region or community (FR-HDF, BE-WAL, BE-BRU, BE-VLG, or BE-FWB
 * for the French Community of Belgium): agreements and funds are narrower than countries (the Pictanovo +
 * Wallimage fund wants Hauts-de-France plus Wallonia; France's agreement is with the French Community).
 */
export class CoproductionSubdivision1765000700044 implements MigrationInterface {
  name = 'CoproductionSubdivision1765000700044';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE coproduction_profile ADD COLUMN subdivision varchar(6)
      CONSTRAINT coproduction_profile_subdivision_check
      CHECK (subdivision IN ('FR-HDF', 'BE-WAL', 'BE-BRU', 'BE-VLG', 'BE-FWB'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE coproduction_profile DROP COLUMN subdivision`);
  }
}
