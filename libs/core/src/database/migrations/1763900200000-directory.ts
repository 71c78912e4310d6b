import { MigrationInterface, QueryRunner } from 'typeorm';

export class Directory1763900200000 implements MigrationInterface {
  name = 'Directory1763900200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE department (
        slug varchar(60) PRIMARY KEY,
        label_fr varchar(120) NOT NULL,
        label_en varchar(120) NOT NULL
      )`);
    await db.query(`
      CREATE TABLE craft (
        slug varchar(80) PRIMARY KEY,
        department_slug varchar(60) NOT NULL REFERENCES department (slug),
        label_fr varchar(160) NOT NULL,
        label_en varchar(160) NOT NULL,
        synonyms text[] NOT NULL DEFAULT '{}'
      )`);
    await db.query(`
      CREATE TABLE commune (
        id serial PRIMARY KEY,
        name varchar(120) NOT NULL UNIQUE,
        postcode varchar(10) NOT NULL,
        department varchar(3) NOT NULL,
        lat double precision NOT NULL,
        lng double precision NOT NULL,
        verified boolean NOT NULL,
        source text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE school (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        city varchar(120) NOT NULL,
        site_id uuid REFERENCES site (id) ON DELETE SET NULL,
        website varchar(255),
        description_fr text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        verified boolean NOT NULL DEFAULT false,
        sources text[] NOT NULL DEFAULT '{}',
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        school_id uuid NOT NULL REFERENCES school (id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        level varchar(20) NOT NULL,
        discipline varchar(40) NOT NULL,
        duration_years smallint CHECK (duration_years BETWEEN 1 AND 10),
        yearly_intake integer CHECK (yearly_intake BETWEEN 0 AND 100000),
        languages text[] NOT NULL DEFAULT '{}',
        rncp varchar(20),
        verified boolean NOT NULL DEFAULT false,
        sources text[] NOT NULL DEFAULT '{}',
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX programme_school_idx ON programme (school_id)`);
    await db.query(`
      CREATE TABLE company (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        siren char(9) UNIQUE,
        country char(2) NOT NULL,
        kinds text[] NOT NULL DEFAULT '{}',
        formats text[] NOT NULL DEFAULT '{}',
        city varchar(120) NOT NULL,
        postcode varchar(10),
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lng double precision CHECK (lng BETWEEN -180 AND 180),
        site_id uuid REFERENCES site (id) ON DELETE SET NULL,
        size_band varchar(16),
        website varchar(255),
        description_fr text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX company_site_idx ON company (site_id)`);
    await db.query(`CREATE INDEX company_country_idx ON company (country)`);
    await db.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        first_name varchar(80) NOT NULL,
        last_name varchar(80) NOT NULL,
        kinds text[] NOT NULL DEFAULT '{}',
        headline varchar(200),
        bio_fr text,
        bio_en text,
        skills text[] NOT NULL DEFAULT '{}',
        city varchar(120),
        postcode varchar(10),
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lng double precision CHECK (lng BETWEEN -180 AND 180),
        mobility_km integer CHECK (mobility_km BETWEEN 0 AND 20000),
        site_id uuid REFERENCES site (id) ON DELETE SET NULL,
        school_id uuid REFERENCES school (id) ON DELETE SET NULL,
        programme_id uuid REFERENCES programme (id) ON DELETE SET NULL,
        graduation_year smallint CHECK (graduation_year BETWEEN 1950 AND 2100),
        playing_age_min smallint CHECK (playing_age_min BETWEEN 0 AND 120),
        playing_age_max smallint CHECK (playing_age_max BETWEEN 0 AND 120),
        accents text[] NOT NULL DEFAULT '{}',
        special_skills text[] NOT NULL DEFAULT '{}',
        email varchar(254),
        phone varchar(32),
        website varchar(255),
        showreel_url varchar(255),
        filmography_url varchar(255),
        visibility jsonb NOT NULL DEFAULT '{}',
        consent_directory boolean NOT NULL DEFAULT true,
        consent_brochure boolean NOT NULL DEFAULT false,
        verified boolean NOT NULL DEFAULT false,
        last_reviewed_on date,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX person_site_idx ON person (site_id)`);
    await db.query(`CREATE INDEX person_school_idx ON person (school_id)`);
    await db.query(`CREATE INDEX person_programme_idx ON person (programme_id)`);
    await db.query(`CREATE INDEX person_kinds_idx ON person USING gin (kinds)`);
    await db.query(`CREATE INDEX person_city_idx ON person (lower(city))`);
    await db.query(`
      CREATE TABLE person_craft (
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        craft_slug varchar(80) NOT NULL REFERENCES craft (slug),
        is_primary boolean NOT NULL DEFAULT false,
        PRIMARY KEY (person_id, craft_slug)
      )`);
    await db.query(`CREATE INDEX person_craft_craft_idx ON person_craft (craft_slug)`);
    await db.query(`
      CREATE TABLE person_language (
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        language char(2) NOT NULL,
        level varchar(16) NOT NULL,
        PRIMARY KEY (person_id, language)
      )`);
    await db.query(`CREATE INDEX person_language_language_idx ON person_language (language)`);
    await db.query(`
      CREATE TABLE credit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        title varchar(200) NOT NULL,
        year smallint NOT NULL CHECK (year BETWEEN 1890 AND 2100),
        format varchar(32) NOT NULL,
        craft_slug varchar(80) REFERENCES craft (slug),
        company_id uuid REFERENCES company (id) ON DELETE SET NULL,
        company_name varchar(200)
      )`);
    await db.query(`CREATE INDEX credit_person_idx ON credit (person_id)`);
    await db.query(`
      CREATE TABLE availability (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        note varchar(200),
        CHECK (ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX availability_person_idx ON availability (person_id)`);
    await db.query(`
      CREATE TABLE affiliation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES company (id) ON DELETE CASCADE,
        role varchar(120) NOT NULL,
        starts_on date,
        ends_on date,
        CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX affiliation_person_idx ON affiliation (person_id)`);
    await db.query(`CREATE INDEX affiliation_company_idx ON affiliation (company_id)`);
    await db.query(`
      CREATE TABLE person_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        message varchar(1000),
        status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        decided_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
    await db.query(
      `CREATE UNIQUE INDEX person_claim_open_idx ON person_claim (person_id, user_id) WHERE status = 'PENDING'`,
    );
    await db.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_person_fk FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE SET NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX app_user_person_idx ON app_user (person_id) WHERE person_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX app_user_person_idx`);
    await db.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_person_fk`);
    for (const table of [
      'person_claim',
      'affiliation',
      'availability',
      'credit',
      'person_language',
      'person_craft',
      'person',
      'company',
      'programme',
      'school',
      'commune',
      'craft',
      'department',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
