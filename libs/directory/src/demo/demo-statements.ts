/**
 * The SQL of the demo seeder: a batch of rows travels as one JSON parameter per table, so a batch of people with
 * all their details is one statement.
 */

type Column = readonly [name: string, type: string];

const PERSON_COLUMNS: readonly Column[] = [
  ['id', 'uuid'],
  ['slug', 'text'],
  ['first_name', 'text'],
  ['last_name', 'text'],
  ['kinds', 'text[]'],
  ['title_form', 'text'],
  ['headline', 'text'],
  ['bio_fr', 'text'],
  ['bio_en', 'text'],
  ['skills', 'text[]'],
  ['city', 'text'],
  ['postcode', 'text'],
  ['lat', 'double precision'],
  ['lng', 'double precision'],
  ['mobility_km', 'integer'],
  ['site_id', 'uuid'],
  ['school_id', 'uuid'],
  ['programme_id', 'uuid'],
  ['graduation_year', 'smallint'],
  ['playing_age_min', 'smallint'],
  ['playing_age_max', 'smallint'],
  ['accents', 'text[]'],
  ['special_skills', 'text[]'],
  ['email', 'text'],
  ['phone', 'text'],
  ['website', 'text'],
  ['showreel_url', 'text'],
  ['filmography_url', 'text'],
  ['visibility', 'jsonb'],
  ['consent_directory', 'boolean'],
  ['consent_brochure', 'boolean'],
  ['verified', 'boolean'],
  ['last_reviewed_on', 'date'],
];
const PERSON_CRAFT_COLUMNS: readonly Column[] = [
  ['person_id', 'uuid'],
  ['craft_slug', 'text'],
  ['is_primary', 'boolean'],
];
const PERSON_LANGUAGE_COLUMNS: readonly Column[] = [
  ['person_id', 'uuid'],
  ['language', 'text'],
  ['level', 'text'],
];
const CREDIT_COLUMNS: readonly Column[] = [
  ['id', 'uuid'],
  ['person_id', 'uuid'],
  ['title', 'text'],
  ['year', 'smallint'],
  ['format', 'text'],
  ['craft_slug', 'text'],
  ['company_id', 'uuid'],
  ['company_name', 'text'],
  ['source', 'text'],
];
const AVAILABILITY_COLUMNS: readonly Column[] = [
  ['id', 'uuid'],
  ['person_id', 'uuid'],
  ['starts_on', 'date'],
  ['ends_on', 'date'],
  ['note', 'text'],
];
const AFFILIATION_COLUMNS: readonly Column[] = [
  ['id', 'uuid'],
  ['person_id', 'uuid'],
  ['company_id', 'uuid'],
  ['role', 'text'],
  ['starts_on', 'date'],
  ['ends_on', 'date'],
  ['status', 'text'],
  ['source', 'text'],
];
const COMPANY_COLUMNS: readonly Column[] = [
  ['id', 'uuid'],
  ['slug', 'text'],
  ['name', 'text'],
  ['siren', 'text'],
  ['country', 'text'],
  ['kinds', 'text[]'],
  ['formats', 'text[]'],
  ['city', 'text'],
  ['postcode', 'text'],
  ['lat', 'double precision'],
  ['lng', 'double precision'],
  ['site_id', 'uuid'],
  ['size_band', 'text'],
  ['website', 'text'],
  ['description_fr', 'text'],
  ['description_en', 'text'],
];
const PROGRAMME_COLUMNS: readonly Column[] = [
  ['id', 'uuid'],
  ['slug', 'text'],
  ['school_id', 'uuid'],
  ['title', 'text'],
  ['level', 'text'],
  ['discipline', 'text'],
  ['duration_years', 'smallint'],
  ['yearly_intake', 'integer'],
  ['languages', 'text[]'],
];

/**
 * `INSERT INTO table (…) SELECT … FROM json_to_recordset($n)`: one parameter carries a whole batch as a JSON
 * array of objects keyed by column name (JSON arrays become PostgreSQL arrays, objects become jsonb).
 */
function insertFromJson(table: string, columns: readonly Column[], param: number, isDemo = false): string {
  const names = columns.map(([name]) => name).join(', ');
  const types = columns.map(([name, type]) => `${name} ${type}`).join(', ');
  return (
    `INSERT INTO ${table} (${names}${isDemo ? ', is_demo' : ''}) ` +
    `SELECT ${names}${isDemo ? ', true' : ''} FROM json_to_recordset($${param}::json) AS x(${types})`
  );
}

/**
 * One statement per batch of people, so one transaction: the people, their crafts, languages, credits,
 * availability and affiliations, and their search outbox entries.
 */
export const INSERT_PEOPLE = `
  WITH p AS (${insertFromJson('person', PERSON_COLUMNS, 1, true)} RETURNING id),
       pc AS (${insertFromJson('person_craft', PERSON_CRAFT_COLUMNS, 2)}),
       pl AS (${insertFromJson('person_language', PERSON_LANGUAGE_COLUMNS, 3)}),
       cr AS (${insertFromJson('credit', CREDIT_COLUMNS, 4)}),
       av AS (${insertFromJson('availability', AVAILABILITY_COLUMNS, 5)}),
       af AS (${insertFromJson('affiliation', AFFILIATION_COLUMNS, 6)})
  INSERT INTO search_outbox (document_type, document_id) SELECT 'person', id::text FROM p`;

export const INSERT_COMPANIES = `
  WITH c AS (${insertFromJson('company', COMPANY_COLUMNS, 1, true)} RETURNING id)
  INSERT INTO search_outbox (document_type, document_id) SELECT 'company', id::text FROM c`;

/** Demo programmes left by an earlier run (whose people were deleted since) are refreshed, never duplicated. */
export const UPSERT_PROGRAMMES = `
  ${insertFromJson('programme', PROGRAMME_COLUMNS, 1, true)}
  ON CONFLICT (slug) DO UPDATE SET
    school_id = EXCLUDED.school_id, title = EXCLUDED.title, level = EXCLUDED.level,
    discipline = EXCLUDED.discipline, duration_years = EXCLUDED.duration_years,
    yearly_intake = EXCLUDED.yearly_intake, languages = EXCLUDED.languages, updated_at = now()
  WHERE programme.is_demo
  RETURNING id, slug, school_id`;

export const ENQUEUE_SCHOOLS = `
  INSERT INTO search_outbox (document_type, document_id) SELECT 'school', unnest($1::text[])`;
