import { MigrationInterface, QueryRunner } from 'typeorm';

export class Coproduction1763900400000 implements MigrationInterface {
  name = 'Coproduction1763900400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        title varchar(200) NOT NULL,
        logline varchar(500) NOT NULL DEFAULT '',
        synopsis text NOT NULL DEFAULT '',
        format varchar(32) NOT NULL,
        genres text[] NOT NULL DEFAULT '{}',
        stage varchar(32) NOT NULL,
        budget_eur integer CHECK (budget_eur >= 0),
        financing_secured_eur integer CHECK (financing_secured_eur >= 0),
        languages text[] NOT NULL DEFAULT '{}',
        countries_sought text[] NOT NULL DEFAULT '{}',
        roles_sought text[] NOT NULL DEFAULT '{}',
        owner_company_id uuid REFERENCES company (id) ON DELETE SET NULL,
        funds jsonb NOT NULL DEFAULT '[]',
        target_edition_ids uuid[] NOT NULL DEFAULT '{}',
        visibility varchar(16) NOT NULL DEFAULT 'PRIVATE',
        created_by_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT project_visibility_check CHECK (visibility IN ('PRIVATE', 'MEMBERS', 'PUBLIC'))
      )`);
    await db.query(`CREATE INDEX project_format_idx ON project (format)`);
    await db.query(`CREATE INDEX project_owner_company_idx ON project (owner_company_id)`);
    await db.query(`CREATE INDEX project_created_by_idx ON project (created_by_user_id)`);
    await db.query(`
      CREATE TABLE project_team_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        role varchar(120) NOT NULL
      )`);
    await db.query(`CREATE INDEX project_team_member_project_idx ON project_team_member (project_id)`);
    await db.query(`CREATE INDEX project_team_member_person_idx ON project_team_member (person_id)`);
    await db.query(`
      CREATE TABLE coproduction_profile (
        company_id uuid PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
        formats text[] NOT NULL DEFAULT '{}',
        genres text[] NOT NULL DEFAULT '{}',
        coproduction_countries text[] NOT NULL DEFAULT '{}',
        budget_min_eur integer,
        budget_max_eur integer,
        roles_offered text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        track_record jsonb NOT NULL DEFAULT '[]',
        seeks_projects boolean NOT NULL DEFAULT true,
        attending_edition_ids uuid[] NOT NULL DEFAULT '{}',
        is_demo boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT coproduction_profile_budget_check CHECK (budget_max_eur IS NULL OR budget_min_eur IS NULL
          OR budget_max_eur >= budget_min_eur)
      )`);
    await db.query(
      `CREATE INDEX coproduction_profile_editions_idx ON coproduction_profile USING gin (attending_edition_ids)`,
    );
    await db.query(`
      CREATE TABLE introduction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES company (id) ON DELETE CASCADE,
        requested_by_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        message varchar(2000) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'PENDING',
        decided_by_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        response varchar(2000),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT introduction_status_check CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED'))
      )`);
    await db.query(`CREATE INDEX introduction_company_idx ON introduction (company_id)`);
    await db.query(`CREATE INDEX introduction_project_idx ON introduction (project_id)`);
    await db.query(
      `CREATE UNIQUE INDEX introduction_pending_key ON introduction (project_id, company_id) WHERE status = 'PENDING'`,
    );
    await db.query(`
      CREATE TABLE introduction_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        introduction_id uuid NOT NULL REFERENCES introduction (id) ON DELETE CASCADE,
        status varchar(16) NOT NULL,
        actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX introduction_event_introduction_idx ON introduction_event (introduction_id)`,
    );
    // One row that every change to the partner profiles bumps (a company's country is part of its profile): the
    // in-memory matching view of each API process compares it instead of re-reading 10,000 profiles.
    await db.query(
      `CREATE TABLE coproduction_profiles_version (id smallint PRIMARY KEY CHECK (id = 1), version bigint NOT NULL)`,
    );
    await db.query(`INSERT INTO coproduction_profiles_version VALUES (1, 0)`);
    await db.query(`
      CREATE FUNCTION bump_coproduction_profiles_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE coproduction_profiles_version SET version = version + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER coproduction_profile_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON coproduction_profile
        FOR EACH STATEMENT EXECUTE FUNCTION bump_coproduction_profiles_version()`);
    await db.query(`
      CREATE TRIGGER company_country_changed AFTER UPDATE OF country ON company
        FOR EACH STATEMENT EXECUTE FUNCTION bump_coproduction_profiles_version()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER company_country_changed ON company`);
    await db.query(`DROP TABLE coproduction_profile`);
    await db.query(`DROP FUNCTION bump_coproduction_profiles_version`);
    await db.query(`DROP TABLE coproduction_profiles_version`);
    await db.query(`DROP TABLE introduction_event`);
    await db.query(`DROP TABLE introduction`);
    await db.query(`DROP TABLE project_team_member`);
    await db.query(`DROP TABLE project`);
  }
}
