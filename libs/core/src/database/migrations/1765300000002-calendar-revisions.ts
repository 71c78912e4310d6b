import { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns of each table that a calendar event shows (its dates, title, place or link). */
const SHOWN: Record<string, string[]> = {
  festival: ['name', 'slug', 'city', 'country'],
  festival_edition: [
    'festival_id',
    'year',
    'starts_on',
    'ends_on',
    'market_name',
    'market_starts_on',
    'market_ends_on',
    'accreditation_deadline',
    'submission_deadline',
    'estimated',
    'cancelled',
  ],
  delegation: ['name', 'edition_id'],
};

/**
 * A calendar revision per festival, edition and delegation: one more each time an UPDATE changes what a calendar
 * event shows, whoever writes it (a service, the sourced reference at boot, SQL by hand), and never anything else.
 * The feeds add them up into each event's SEQUENCE (libs/calendar), so calendar apps that honour SEQUENCE replace
 * a stale event. A trigger, not the services: no writer can forget it, and a writer's own value is ignored.
 * ADD COLUMN with a constant default rewrites no table.
 */
export class CalendarRevisions1765300000002 implements MigrationInterface {
  name = 'CalendarRevisions1765300000002';

  async up(db: QueryRunner): Promise<void> {
    for (const [table, columns] of Object.entries(SHOWN)) {
      const row = (of: string) => `(${columns.map((column) => `${of}.${column}`).join(', ')})`;
      await db.query(`ALTER TABLE ${table} ADD calendar_revision integer NOT NULL DEFAULT 0`);
      await db.query(`CREATE FUNCTION ${table}_calendar_revision() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.calendar_revision := OLD.calendar_revision
            + CASE WHEN ${row('NEW')} IS DISTINCT FROM ${row('OLD')} THEN 1 ELSE 0 END;
          RETURN NEW;
        END $$`);
      await db.query(`CREATE TRIGGER ${table}_calendar_revision BEFORE UPDATE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION ${table}_calendar_revision()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of Object.keys(SHOWN).reverse()) {
      await db.query(`DROP TRIGGER ${table}_calendar_revision ON ${table}`);
      await db.query(`DROP FUNCTION ${table}_calendar_revision()`);
      await db.query(`ALTER TABLE ${table} DROP COLUMN calendar_revision`);
    }
  }
}
