import { MigrationInterface, QueryRunner } from 'typeorm';

export class Festivals1763900300000 implements MigrationInterface {
  name = 'Festivals1763900300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE festival (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        city varchar(120) NOT NULL,
        country char(2) NOT NULL,
        kinds text[] NOT NULL,
        usual_month smallint NOT NULL,
        website varchar(255),
        formats text[] NOT NULL DEFAULT '{}',
        entry_rules text,
        sources text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE festival_edition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        festival_id uuid NOT NULL REFERENCES festival (id) ON DELETE CASCADE,
        year smallint NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        market_name varchar(160),
        market_starts_on date,
        market_ends_on date,
        accreditation_deadline date,
        submission_deadline date,
        estimated boolean NOT NULL,
        cancelled boolean NOT NULL DEFAULT false,
        note text,
        sources text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT festival_edition_year_key UNIQUE (festival_id, year),
        CONSTRAINT festival_edition_dates_check CHECK (ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX festival_edition_starts_on_idx ON festival_edition (starts_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE festival_edition`);
    await db.query(`DROP TABLE festival`);
  }
}
