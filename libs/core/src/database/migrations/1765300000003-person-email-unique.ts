import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One email, one profile (in any case): the import matches people by email, and a member must not put another
 * profile's address on their own. The unique index replaces the plain one the import's lookups used (same expression,
 * same predicate). Existing duplicates are not guessed away: the migration stops and names them, so STAFF decide which
 * profile keeps the address (clear or correct the others, then migrate again).
 */
export class PersonEmailUnique1765300000003 implements MigrationInterface {
  name = 'PersonEmailUnique1765300000003';

  async up(db: QueryRunner): Promise<void> {
    const duplicates = (await db.query(
      `SELECT lower(email) AS email, string_agg(slug, ', ' ORDER BY slug) AS slugs FROM person
        WHERE email IS NOT NULL GROUP BY lower(email) HAVING count(*) > 1 ORDER BY 1 LIMIT 20`,
    )) as { email: string; slugs: string }[];
    if (duplicates.length > 0) {
      throw new Error(
        'Several profiles share an email address (compared in any case), which a profile may no longer do. ' +
          'Keep it on one profile and clear or correct it on the others, then run the migrations again:\n' +
          duplicates.map((row) => `  ${row.email}: ${row.slugs}`).join('\n'),
      );
    }
    await db.query(`DROP INDEX person_email_lower_idx`);
    await db.query(
      `CREATE UNIQUE INDEX person_email_lower_key ON person (lower(email)) WHERE email IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX person_email_lower_key`);
    await db.query(`CREATE INDEX person_email_lower_idx ON person (lower(email)) WHERE email IS NOT NULL`);
  }
}
