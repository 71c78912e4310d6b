import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An affiliation a person declares grants nothing; a membership is VERIFIED by STAFF or a verified ADMIN of the
 * company. Existing rows are kept VERIFIED only where a member could not have written them: profiles no member
 * account owns (written by STAFF, imports or the demo seeder) and profiles owned by a STAFF or ADMIN account.
 * A member's own profile keeps its rows as DECLARED: STAFF or the company's admin verify them again.
 */
export class CompanyMemberships1764100000000 implements MigrationInterface {
  name = 'CompanyMemberships1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE affiliation
        ADD COLUMN status varchar(16) NOT NULL DEFAULT 'DECLARED'
          CHECK (status IN ('DECLARED', 'VERIFIED', 'REFUSED', 'REVOKED')),
        ADD COLUMN member_role varchar(8) NOT NULL DEFAULT 'MEMBER' CHECK (member_role IN ('ADMIN', 'MEMBER')),
        ADD COLUMN source varchar(8) NOT NULL DEFAULT 'SELF' CHECK (source IN ('SELF', 'STAFF', 'IMPORT', 'SEED')),
        ADD COLUMN decided_by_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()`);
    await db.query(`
      UPDATE affiliation a SET status = 'VERIFIED', decided_at = now(),
             source = CASE WHEN p.is_demo THEN 'SEED' ELSE 'STAFF' END
        FROM person p
       WHERE p.id = a.person_id
         AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = p.id
                          AND NOT (u.roles && ARRAY['STAFF', 'ADMIN']::text[]))`);
    await db.query(
      `CREATE INDEX affiliation_verified_company_idx ON affiliation (company_id) WHERE status = 'VERIFIED'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX affiliation_verified_company_idx`);
    await db.query(`
      ALTER TABLE affiliation DROP COLUMN status, DROP COLUMN member_role, DROP COLUMN source,
        DROP COLUMN decided_by_user_id, DROP COLUMN decided_at, DROP COLUMN created_at`);
  }
}
