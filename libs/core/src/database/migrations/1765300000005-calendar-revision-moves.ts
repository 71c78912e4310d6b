import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A feed's SEQUENCE adds up revisions of rows a delegation or an edition hangs from (CalendarRevisions). A delegation
 * moved to another edition (updateDelegation's `editionId`) or an edition to another festival would swap the old
 * parents' revisions for the new ones', and the sum could fall: calendar apps ignore an event whose SEQUENCE went
 * down, keeping the old dates. On such a move the row's own revision also takes in the parents it leaves, so the sum
 * always grows.
 */
export class CalendarRevisionMoves1765300000005 implements MigrationInterface {
  name = 'CalendarRevisionMoves1765300000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE OR REPLACE FUNCTION delegation_calendar_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.calendar_revision := OLD.calendar_revision
          + CASE WHEN (NEW.name, NEW.edition_id) IS DISTINCT FROM (OLD.name, OLD.edition_id) THEN 1 ELSE 0 END
          + CASE WHEN NEW.edition_id IS DISTINCT FROM OLD.edition_id THEN COALESCE(
              (SELECT e.calendar_revision + f.calendar_revision
                 FROM festival_edition e JOIN festival f ON f.id = e.festival_id WHERE e.id = OLD.edition_id), 0)
            ELSE 0 END;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE OR REPLACE FUNCTION festival_edition_calendar_revision() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        NEW.calendar_revision := OLD.calendar_revision
          + CASE WHEN (NEW.festival_id, NEW.year, NEW.starts_on, NEW.ends_on, NEW.market_name, NEW.market_starts_on,
                       NEW.market_ends_on, NEW.accreditation_deadline, NEW.submission_deadline, NEW.estimated,
                       NEW.cancelled)
                 IS DISTINCT FROM (OLD.festival_id, OLD.year, OLD.starts_on, OLD.ends_on, OLD.market_name,
                       OLD.market_starts_on, OLD.market_ends_on, OLD.accreditation_deadline, OLD.submission_deadline,
                       OLD.estimated, OLD.cancelled)
            THEN 1 ELSE 0 END
          + CASE WHEN NEW.festival_id IS DISTINCT FROM OLD.festival_id
            THEN COALESCE((SELECT calendar_revision FROM festival WHERE id = OLD.festival_id), 0) ELSE 0 END;
        RETURN NEW;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE OR REPLACE FUNCTION delegation_calendar_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.calendar_revision := OLD.calendar_revision
          + CASE WHEN (NEW.name, NEW.edition_id) IS DISTINCT FROM (OLD.name, OLD.edition_id) THEN 1 ELSE 0 END;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE OR REPLACE FUNCTION festival_edition_calendar_revision() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        NEW.calendar_revision := OLD.calendar_revision
          + CASE WHEN (NEW.festival_id, NEW.year, NEW.starts_on, NEW.ends_on, NEW.market_name, NEW.market_starts_on,
                       NEW.market_ends_on, NEW.accreditation_deadline, NEW.submission_deadline, NEW.estimated,
                       NEW.cancelled)
                 IS DISTINCT FROM (OLD.festival_id, OLD.year, OLD.starts_on, OLD.ends_on, OLD.market_name,
                       OLD.market_starts_on, OLD.market_ends_on, OLD.accreditation_deadline, OLD.submission_deadline,
                       OLD.estimated, OLD.cancelled)
            THEN 1 ELSE 0 END;
        RETURN NEW;
      END $$`);
  }
}
