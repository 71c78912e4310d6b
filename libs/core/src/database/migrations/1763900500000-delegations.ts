import { MigrationInterface, QueryRunner } from 'typeorm';

export class Delegations1763900500000 implements MigrationInterface {
  name = 'Delegations1763900500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE delegation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        edition_id uuid NOT NULL REFERENCES festival_edition (id),
        name varchar(200) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'DRAFT',
        audience varchar(16) NOT NULL DEFAULT 'PROFESSIONALS',
        capacity integer,
        notes text,
        created_by_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT delegation_capacity_check CHECK (capacity IS NULL OR capacity > 0),
        CONSTRAINT delegation_status_check CHECK (status IN ('DRAFT', 'PUBLISHED')),
        CONSTRAINT delegation_audience_check CHECK (audience IN ('PROFESSIONALS', 'STUDENTS'))
      )`);
    await db.query(`CREATE INDEX delegation_edition_id_idx ON delegation (edition_id)`);
    await db.query(`
      CREATE TABLE delegation_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delegation_id uuid NOT NULL REFERENCES delegation (id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL,
        person_id uuid REFERENCES person (id) ON DELETE CASCADE,
        company_id uuid REFERENCES company (id) ON DELETE CASCADE,
        project_id uuid REFERENCES project (id) ON DELETE CASCADE,
        status varchar(16) NOT NULL DEFAULT 'PROPOSED',
        consent_brochure boolean,
        note text,
        invited_at timestamptz,
        answered_at timestamptz,
        answered_by_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT delegation_member_person_key UNIQUE (delegation_id, person_id),
        CONSTRAINT delegation_member_company_key UNIQUE (delegation_id, company_id),
        CONSTRAINT delegation_member_project_key UNIQUE (delegation_id, project_id),
        CONSTRAINT delegation_member_subject_check CHECK ((kind = 'PERSON') = (person_id IS NOT NULL) AND (kind = 'COMPANY') = (company_id IS NOT NULL) AND (kind = 'PROJECT') = (project_id IS NOT NULL)),
        CONSTRAINT delegation_member_status_check CHECK (status IN ('PROPOSED', 'INVITED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN'))
      )`);
    await db.query(`CREATE INDEX delegation_member_person_id_idx ON delegation_member (person_id)`);
    await db.query(`CREATE INDEX delegation_member_company_id_idx ON delegation_member (company_id)`);
    await db.query(`CREATE INDEX delegation_member_project_id_idx ON delegation_member (project_id)`);
    await db.query(`
      CREATE TABLE delegation_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delegation_id uuid NOT NULL REFERENCES delegation (id) ON DELETE CASCADE,
        member_id uuid REFERENCES delegation_member (id) ON DELETE SET NULL,
        actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        action varchar(32) NOT NULL,
        from_status varchar(16),
        to_status varchar(16),
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX delegation_event_delegation_id_idx ON delegation_event (delegation_id, created_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE delegation_event`);
    await db.query(`DROP TABLE delegation_member`);
    await db.query(`DROP TABLE delegation`);
  }
}
