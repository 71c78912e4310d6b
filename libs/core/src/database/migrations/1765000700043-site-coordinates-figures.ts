import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sites carry where their coordinates come from (commune centres were 2–3 km off) and the year their figures
 * were published for (the Plaine Images figures are 2021 figures). Filled from the site reference at boot.
 */
export class SiteCoordinatesFigures1765000700043 implements MigrationInterface {
  name = 'SiteCoordinatesFigures1765000700043';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE site ADD COLUMN coordinates_source text, ADD COLUMN figures_year smallint`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE site DROP COLUMN coordinates_source, DROP COLUMN figures_year`);
  }
}
