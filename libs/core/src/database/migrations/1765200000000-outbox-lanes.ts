import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows fall into 64 lanes by document (a hash of type and id), so every row of one document is in one lane.
 * The relay locks lanes, not documents: at most 64 advisory locks per database, whatever the backlog, instead of
 * one per document of every batch in flight (which could exceed PostgreSQL's lock table). An expression index, not
 * a stored column: no table rewrite under an exclusive lock while writes queue behind it.
 */
export class OutboxLanes1765200000000 implements MigrationInterface {
  name = 'OutboxLanes1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION search_outbox_lane(document_type text, document_id text) RETURNS smallint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (hashtext(document_type || ':' || document_id) & 63)::smallint $$`);
    await db.query(
      `CREATE INDEX search_outbox_lane_idx ON search_outbox (search_outbox_lane(document_type, document_id), available_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX search_outbox_lane_idx`);
    await db.query(`DROP FUNCTION search_outbox_lane(text, text)`);
  }
}
