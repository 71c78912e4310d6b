import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit rows no longer keep an email no account holds (failed logins with an unknown address): the ones written
 * before lose it. Their keyed digest needs the server's secret, which SQL does not hold, so they keep none.
 */
export class AuditUnknownEmails1765300000001 implements MigrationInterface {
  name = 'AuditUnknownEmails1765300000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE audit_event SET email = NULL WHERE subject_user_id IS NULL AND email IS NOT NULL`);
  }

  async down(): Promise<void> {
    // The addresses are gone: nothing to put back.
  }
}
