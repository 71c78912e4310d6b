import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE search_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        document_type varchar(32) NOT NULL,
        document_id varchar(64) NOT NULL,
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await db.query(`CREATE INDEX search_outbox_available_idx ON search_outbox (available_at, id)`);
    await db.query(`
      CREATE TABLE site (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL UNIQUE,
        name varchar(160) NOT NULL,
        city varchar(120) NOT NULL,
        postcode varchar(10),
        address varchar(255),
        address_verified boolean NOT NULL DEFAULT false,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        coordinates_approximate boolean NOT NULL DEFAULT true,
        description_fr text NOT NULL,
        description_en text NOT NULL,
        facilities text[] NOT NULL DEFAULT '{}',
        website varchar(255),
        sources text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE site`);
    await db.query(`DROP TABLE search_outbox`);
  }
}
