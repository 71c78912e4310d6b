import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the search relay when outbox rows commit (LISTEN search_outbox): one NOTIFY per inserting statement,
 * delivered at commit, whoever inserts (OutboxWriter, bulk writers, SQL by hand). The relay still polls.
 */
export class OutboxNotify1763900800000 implements MigrationInterface {
  name = 'OutboxNotify1763900800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION search_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('search_outbox', ''); RETURN NULL; END $$`);
    await db.query(`CREATE TRIGGER search_outbox_notify AFTER INSERT ON search_outbox
      FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_notify()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER search_outbox_notify ON search_outbox`);
    await db.query(`DROP FUNCTION search_outbox_notify()`);
  }
}
