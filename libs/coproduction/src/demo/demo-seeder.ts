import type { DataSource } from 'typeorm';
import { planCoproductionDemo } from './demo-plan';

export interface SeedCoproductionResult {
  projects: number;
  profiles: number;
}

const SEED_LOCK = 727_110_003;

/**
 * The region or community a demo company's profile names, from its postcode, so demo matches show the
 * Hauts-de-France–Wallonia pairing and the Belgian Community agreements: the demo French companies are in the
 * region's departments; Belgian postcodes start with the province (1000–1299 Brussels, where the demo companies
 * are French-speaking; 1300–1499 and 4000–7999 Wallonia; the rest Flanders).
 */
const DEMO_SUBDIVISION = `CASE
  WHEN c.country = 'FR' AND c.postcode ~ '^(02|59|60|62|80)' THEN 'FR-HDF'
  WHEN c.country = 'BE' AND c.postcode ~ '^1[0-2][0-9]{2}$' THEN 'BE-FWB'
  WHEN c.country = 'BE' AND c.postcode ~ '^(1[34]|[4-7][0-9])[0-9]{2}$' THEN 'BE-WAL'
  WHEN c.country = 'BE' AND c.postcode ~ '^[0-9]{4}$' THEN 'BE-VLG'
END`;

const INSERT_PROFILES = `
  WITH p AS (
    INSERT INTO coproduction_profile (company_id, formats, genres, coproduction_countries, budget_min_eur,
      budget_max_eur, roles_offered, languages, track_record, seeks_projects, attending_edition_ids, is_demo,
      subdivision)
    SELECT x.company_id, x.formats, x.genres, x.coproduction_countries, x.budget_min_eur, x.budget_max_eur,
           x.roles_offered, x.languages, x.track_record, x.seeks_projects, x.attending_edition_ids, true,
           ${DEMO_SUBDIVISION}
      FROM json_to_recordset($1::json) AS x(company_id uuid, formats text[], genres text[],
        coproduction_countries text[], budget_min_eur integer, budget_max_eur integer, roles_offered text[],
        languages text[], track_record jsonb, seeks_projects boolean, attending_edition_ids uuid[])
      JOIN company c ON c.id = x.company_id
    RETURNING company_id)
  INSERT INTO search_outbox (document_type, document_id) SELECT 'company', company_id::text FROM p`;

const INSERT_PROJECTS = `
  WITH p AS (
    INSERT INTO project (id, slug, title, logline, synopsis, format, genres, stage, budget_eur,
      financing_secured_eur, languages, countries_sought, roles_sought, owner_company_id, funds,
      target_edition_ids, visibility, is_demo)
    SELECT x.id, x.slug, x.title, x.logline, x.synopsis, x.format, x.genres, x.stage, x.budget_eur,
           x.financing_secured_eur, x.languages, x.countries_sought, x.roles_sought, x.owner_company_id, x.funds,
           x.target_edition_ids, x.visibility, true
      FROM json_to_recordset($1::json) AS x(id uuid, slug text, title text, logline text, synopsis text,
        format text, genres text[], stage text, budget_eur integer, financing_secured_eur integer,
        languages text[], countries_sought text[], roles_sought text[], owner_company_id uuid, funds jsonb,
        target_edition_ids uuid[], visibility text)
    RETURNING id),
  t AS (
    INSERT INTO project_team_member (project_id, person_id, role)
    SELECT x.project_id, x.person_id, x.role FROM json_to_recordset($2::json) AS x(project_id uuid, person_id uuid, role text))
  INSERT INTO search_outbox (document_type, document_id) SELECT 'project', id::text FROM p`;

/**
 * Seeds co-production demo data after the demo directory: profiles of the demo companies and ~150 projects, with
 * their search outbox rows, in one transaction. Idempotent: when demo projects or profiles exist, nothing is
 * inserted. Deterministic from the seed and the (deterministic) demo directory.
 */
export async function seedDemoCoproduction(
  dataSource: DataSource,
  options: { seed: number; today?: Date },
): Promise<SeedCoproductionResult> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock($1)`, [SEED_LOCK]);
    const [{ present }] = (await runner.query(
      `SELECT EXISTS (SELECT 1 FROM project WHERE is_demo) OR EXISTS (SELECT 1 FROM coproduction_profile WHERE is_demo) AS present`,
    )) as { present: boolean }[];
    if (present) return { projects: 0, profiles: 0 };
    const [companies, affiliations, editions, slugs] = [
      (await runner.query(
        `SELECT id, slug, country, kinds, formats, size_band AS "sizeBand" FROM company WHERE is_demo ORDER BY slug`,
      )) as {
        id: string;
        slug: string;
        country: string;
        kinds: string[];
        formats: string[];
        sizeBand: string | null;
      }[],
      (await runner.query(
        `SELECT a.company_id AS "companyId", a.person_id AS "personId" FROM affiliation a
           JOIN person p ON p.id = a.person_id AND p.is_demo
          WHERE a.ends_on IS NULL ORDER BY a.person_id, a.company_id`,
      )) as { companyId: string; personId: string }[],
      (await runner.query(
        `SELECT e.id, f.slug AS "festivalSlug", e.year, e.starts_on::text AS "startsOn"
           FROM festival_edition e JOIN festival f ON f.id = e.festival_id ORDER BY f.slug, e.year`,
      )) as { id: string; festivalSlug: string; year: number; startsOn: string }[],
      (await runner.query(`SELECT slug FROM project`)) as { slug: string }[],
    ];
    if (companies.length === 0) return { projects: 0, profiles: 0 };
    const plan = planCoproductionDemo(
      { companies, affiliations, editions, takenProjectSlugs: slugs.map((row) => row.slug) },
      { seed: options.seed, today: options.today ?? new Date() },
    );
    await runner.startTransaction();
    try {
      await runner.query(INSERT_PROFILES, [
        JSON.stringify(
          plan.profiles.map((p) => ({
            company_id: p.companyId,
            formats: p.formats,
            genres: p.genres,
            coproduction_countries: p.coproductionCountries,
            budget_min_eur: p.budgetMinEur,
            budget_max_eur: p.budgetMaxEur,
            roles_offered: p.rolesOffered,
            languages: p.languages,
            track_record: p.trackRecord,
            seeks_projects: p.seeksProjects,
            attending_edition_ids: p.attendingEditionIds,
          })),
        ),
      ]);
      await runner.query(INSERT_PROJECTS, [
        JSON.stringify(
          plan.projects.map((p) => ({
            id: p.id,
            slug: p.slug,
            title: p.title,
            logline: p.logline,
            synopsis: p.synopsis,
            format: p.format,
            genres: p.genres,
            stage: p.stage,
            budget_eur: p.budgetEur,
            financing_secured_eur: p.financingSecuredEur,
            languages: p.languages,
            countries_sought: p.countriesSought,
            roles_sought: p.rolesSought,
            owner_company_id: p.ownerCompanyId,
            funds: p.funds,
            target_edition_ids: p.targetEditionIds,
            visibility: p.visibility,
          })),
        ),
        JSON.stringify(
          plan.projects.flatMap((p) =>
            p.team.map((m) => ({ project_id: p.id, ...{ person_id: m.personId, role: m.role } })),
          ),
        ),
      ]);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
    return { projects: plan.projects.length, profiles: plan.profiles.length };
  } finally {
    await runner.query(`SELECT pg_advisory_unlock($1)`, [SEED_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
