import { MigrationInterface, QueryRunner } from 'typeorm';

/** Imports match people by email whatever its case: without this index each batch scans every person. */
export class PersonEmailIndex1763900600000 implements MigrationInterface {
  name = 'PersonEmailIndex1763900600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX person_email_lower_idx ON person (lower(email)) WHERE email IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX person_email_lower_idx`);
  }
}
