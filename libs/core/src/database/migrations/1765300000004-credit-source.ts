import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who wrote a credit, as for memberships: the person (SELF), STAFF, an import or the demo seeder. A credit naming a
 * company counts towards that company's delegation suggestions only when someone other than the person wrote it, or
 * the person is a verified member of the company. Existing credits are kept as STAFF's (or the seeder's) only where
 * a member could not have written them: profiles no member account owns, and profiles owned by STAFF or ADMIN.
 */
export class CreditSource1765300000004 implements MigrationInterface {
  name = 'CreditSource1765300000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE credit ADD COLUMN source varchar(8) NOT NULL DEFAULT 'SELF'
        CHECK (source IN ('SELF', 'STAFF', 'IMPORT', 'SEED'))`);
    await db.query(`
      UPDATE credit c SET source = CASE WHEN p.is_demo THEN 'SEED' ELSE 'STAFF' END
        FROM person p
       WHERE p.id = c.person_id
         AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = p.id
                          AND NOT (u.roles && ARRAY['STAFF', 'ADMIN']::text[]))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE credit DROP COLUMN source`);
  }
}
