import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows fall into 64 lanes by document (a hash of type and id), so every row of one document is in one lane.
 * The relay locks lanes, not documents: at most 64 advisory locks in the whole database, whatever the backlog,
 * instead of one per document of every batch in flight (which could exceed PostgreSQL's lock table).
 */
export class OutboxLanes1765200000000 implements MigrationInterface {
  name = 'OutboxLanes1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search_outbox ADD COLUMN lane smallint NOT NULL
      GENERATED ALWAYS AS ((hashtext(document_type || ':' || document_id) & 63)::smallint) STORED`);
    await db.query(`CREATE INDEX search_outbox_lane_idx ON search_outbox (lane, available_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search_outbox DROP COLUMN lane`);
  }
}
