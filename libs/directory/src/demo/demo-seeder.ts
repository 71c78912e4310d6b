import type { DataSource, QueryRunner } from 'typeorm';
import { PersonKind } from '../shared/directory.enums';
import {
  DemoCompany,
  DemoPerson,
  DemoPlan,
  DemoProgramme,
  DemoReference,
  planDemoDirectory,
} from './demo-plan';

export interface SeedDemoOptions {
  /** Same seed, same reference rows, same today: same demo data. Default 1. */
  seed?: number;
  /** Integer 1–100, multiplies companies and people. Default 1. */
  scale?: number;
  /** Availability is planned in the 12 months after this day. Default: now. */
  today?: Date;
  /** Called with 0 before the first batch, then after each batch: people inserted so far, people planned. */
  onProgress?: (done: number, total: number) => void;
  /** People per transaction. Default 1,000. */
  batchSize?: number;
}

export interface SeedDemoResult {
  /** Demo companies inserted. */
  companies: number;
  /** Demo people inserted, students included. */
  people: number;
  /** Of those people, the students. */
  students: number;
  /** Demo programmes inserted (or refreshed, when left by an earlier run). */
  programmes: number;
}

export const DEFAULT_DEMO_SEED = 1;
const DEFAULT_BATCH_SIZE = 1000;
const COMPANY_BATCH_SIZE = 2000;
/** Two seeders on one database run one after the other; the second then finds the demo data and stops. */
const SEED_LOCK = 727_110_002;

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
const INSERT_PEOPLE = `
  WITH p AS (${insertFromJson('person', PERSON_COLUMNS, 1, true)} RETURNING id),
       pc AS (${insertFromJson('person_craft', PERSON_CRAFT_COLUMNS, 2)}),
       pl AS (${insertFromJson('person_language', PERSON_LANGUAGE_COLUMNS, 3)}),
       cr AS (${insertFromJson('credit', CREDIT_COLUMNS, 4)}),
       av AS (${insertFromJson('availability', AVAILABILITY_COLUMNS, 5)}),
       af AS (${insertFromJson('affiliation', AFFILIATION_COLUMNS, 6)})
  INSERT INTO search_outbox (document_type, document_id) SELECT 'person', id::text FROM p`;

const INSERT_COMPANIES = `
  WITH c AS (${insertFromJson('company', COMPANY_COLUMNS, 1, true)} RETURNING id)
  INSERT INTO search_outbox (document_type, document_id) SELECT 'company', id::text FROM c`;

/** Demo programmes left by an earlier run (whose people were deleted since) are refreshed, never duplicated. */
const UPSERT_PROGRAMMES = `
  ${insertFromJson('programme', PROGRAMME_COLUMNS, 1, true)}
  ON CONFLICT (slug) DO UPDATE SET
    school_id = EXCLUDED.school_id, title = EXCLUDED.title, level = EXCLUDED.level,
    discipline = EXCLUDED.discipline, duration_years = EXCLUDED.duration_years,
    yearly_intake = EXCLUDED.yearly_intake, languages = EXCLUDED.languages, updated_at = now()
  WHERE programme.is_demo
  RETURNING id, slug, school_id`;

const ENQUEUE_SCHOOLS = `
  INSERT INTO search_outbox (document_type, document_id) SELECT 'school', unnest($1::text[])`;

async function readReference(runner: QueryRunner): Promise<DemoReference> {
  const [crafts, schools, programmes, sites, people, companies, programmeSlugs] = [
    (await runner.query(`SELECT slug FROM craft ORDER BY slug`)) as { slug: string }[],
    (await runner.query(`SELECT id, slug, city FROM school WHERE NOT is_demo ORDER BY slug`)) as {
      id: string;
      slug: string;
      city: string;
    }[],
    (await runner.query(
      `SELECT id, school_id AS "schoolId", slug, title, discipline FROM programme WHERE NOT is_demo ORDER BY slug`,
    )) as { id: string; schoolId: string; slug: string; title: string; discipline: string }[],
    (await runner.query(`SELECT id, slug, name, city, lat, lng FROM site ORDER BY slug`)) as {
      id: string;
      slug: string;
      name: string;
      city: string;
      lat: number;
      lng: number;
    }[],
    (await runner.query(`SELECT slug FROM person`)) as { slug: string }[],
    (await runner.query(`SELECT slug, siren FROM company`)) as { slug: string; siren: string | null }[],
    (await runner.query(`SELECT slug FROM programme WHERE NOT is_demo`)) as { slug: string }[],
  ];
  return {
    craftSlugs: crafts.map((row) => row.slug),
    schools,
    programmes,
    sites,
    taken: {
      personSlugs: people.map((row) => row.slug),
      companySlugs: companies.map((row) => row.slug),
      sirens: companies.flatMap((row) => (row.siren ? [row.siren] : [])),
      programmeSlugs: programmeSlugs.map((row) => row.slug),
    },
  };
}

function companyRow(company: DemoCompany) {
  return {
    id: company.id,
    slug: company.slug,
    name: company.name,
    siren: company.siren,
    country: company.country,
    kinds: company.kinds,
    formats: company.formats,
    city: company.city,
    postcode: company.postcode,
    lat: company.lat,
    lng: company.lng,
    site_id: company.siteId,
    size_band: company.sizeBand,
    website: company.website,
    description_fr: company.descriptionFr,
    description_en: company.descriptionEn,
  };
}

function programmeRow(programme: DemoProgramme) {
  return {
    id: programme.id,
    slug: programme.slug,
    school_id: programme.schoolId,
    title: programme.title,
    level: programme.level,
    discipline: programme.discipline,
    duration_years: programme.durationYears,
    yearly_intake: programme.yearlyIntake,
    languages: programme.languages,
  };
}

interface PreparedBatch {
  params: string[];
  people: number;
  students: number;
}

/** The JSON parameters of INSERT_PEOPLE; `programmeIds` maps planned demo programme ids to the stored ones. */
function preparePeople(
  batch: readonly DemoPerson[],
  programmeIds: ReadonlyMap<string, string | null>,
): PreparedBatch {
  const people: object[] = [];
  const crafts: object[] = [];
  const languages: object[] = [];
  const credits: object[] = [];
  const availability: object[] = [];
  const affiliations: object[] = [];
  let students = 0;
  for (const p of batch) {
    const programmeId = p.programmeId === null ? null : (programmeIds.get(p.programmeId) ?? p.programmeId);
    if (p.kinds.includes(PersonKind.STUDENT)) students++;
    people.push({
      id: p.id,
      slug: p.slug,
      first_name: p.firstName,
      last_name: p.lastName,
      kinds: p.kinds,
      title_form: p.titleForm,
      headline: p.headline,
      bio_fr: p.bioFr,
      bio_en: p.bioEn,
      skills: p.skills,
      city: p.city,
      postcode: p.postcode,
      lat: p.lat,
      lng: p.lng,
      mobility_km: p.mobilityKm,
      site_id: p.siteId,
      school_id: p.schoolId,
      programme_id: programmeId,
      graduation_year: p.graduationYear,
      playing_age_min: p.playingAgeMin,
      playing_age_max: p.playingAgeMax,
      accents: p.accents,
      special_skills: p.specialSkills,
      email: p.email,
      phone: p.phone,
      website: p.website,
      showreel_url: p.showreelUrl,
      filmography_url: p.filmographyUrl,
      visibility: p.visibility,
      consent_directory: p.consentDirectory,
      consent_brochure: p.consentBrochure,
      verified: p.verified,
      last_reviewed_on: p.lastReviewedOn,
    });
    for (const c of p.crafts)
      crafts.push({ person_id: p.id, craft_slug: c.craftSlug, is_primary: c.isPrimary });
    for (const l of p.languages) languages.push({ person_id: p.id, language: l.language, level: l.level });
    for (const c of p.credits) {
      credits.push({
        id: c.id,
        person_id: p.id,
        title: c.title,
        year: c.year,
        format: c.format,
        craft_slug: c.craftSlug,
        company_id: c.companyId,
        company_name: c.companyName,
      });
    }
    for (const a of p.availability) {
      availability.push({
        id: a.id,
        person_id: p.id,
        starts_on: a.startsOn,
        ends_on: a.endsOn,
        note: a.note,
      });
    }
    for (const a of p.affiliations) {
      affiliations.push({
        id: a.id,
        person_id: p.id,
        company_id: a.companyId,
        role: a.role,
        starts_on: a.startsOn,
        ends_on: a.endsOn,
        // The seeder stands for STAFF: its memberships are verified.
        status: 'VERIFIED',
        source: 'SEED',
      });
    }
  }
  return {
    params: [people, crafts, languages, credits, availability, affiliations].map((rows) =>
      JSON.stringify(rows),
    ),
    people: batch.length,
    students,
  };
}

function batches<T>(items: Iterable<T>, size: number): () => T[] {
  const iterator = items[Symbol.iterator]();
  return () => {
    const batch: T[] = [];
    while (batch.length < size) {
      const next = iterator.next();
      if (next.done) break;
      batch.push(next.value);
    }
    return batch;
  };
}

/** Lets a query just handed to the driver reach the socket before synchronous work blocks the event loop. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Inserts the demo programmes and companies; returns the stored id of every planned demo programme. */
async function insertProgrammesAndCompanies(
  runner: QueryRunner,
  plan: DemoPlan,
): Promise<{ programmeIds: Map<string, string | null>; programmes: number }> {
  const programmeIds = new Map<string, string | null>();
  let programmes = 0;
  if (plan.programmes.length > 0) {
    const stored = (await runner.query(UPSERT_PROGRAMMES, [
      JSON.stringify(plan.programmes.map(programmeRow)),
    ])) as { id: string; slug: string; school_id: string }[];
    const bySlug = new Map(stored.map((row) => [row.slug, row.id]));
    // A slug taken meanwhile by a real programme: its students keep their school, without a programme.
    for (const programme of plan.programmes)
      programmeIds.set(programme.id, bySlug.get(programme.slug) ?? null);
    programmes = stored.length;
    await runner.query(ENQUEUE_SCHOOLS, [[...new Set(stored.map((row) => row.school_id))]]);
  }
  for (let i = 0; i < plan.companies.length; i += COMPANY_BATCH_SIZE) {
    const rows = plan.companies.slice(i, i + COMPANY_BATCH_SIZE).map(companyRow);
    await runner.query(INSERT_COMPANIES, [JSON.stringify(rows)]);
  }
  return { programmeIds, programmes };
}

/**
 * Seeds the demo directory (is_demo rows): demo programmes, companies and people with their crafts, languages,
 * credits, availability and affiliations, plus their search outbox entries. Reference rows (crafts, schools,
 * real programmes, sites) must be there already; they are read, never written.
 *
 * Idempotent: when demo people or companies exist, nothing is inserted and every count is 0.
 * The programmes, the companies and the first batch of people commit together; each further batch of people
 * commits on its own (one statement), the next batch being generated while PostgreSQL stores the current one.
 */
export async function seedDemoDirectory(
  dataSource: DataSource,
  options: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer`);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock($1)`, [SEED_LOCK]);
    try {
      return await seedLocked(runner, options, batchSize);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [SEED_LOCK]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}

async function seedLocked(
  runner: QueryRunner,
  options: SeedDemoOptions,
  batchSize: number,
): Promise<SeedDemoResult> {
  const [{ present }] = (await runner.query(
    `SELECT EXISTS (SELECT 1 FROM person WHERE is_demo) OR EXISTS (SELECT 1 FROM company WHERE is_demo) AS present`,
  )) as { present: boolean }[];
  if (present) return { companies: 0, people: 0, students: 0, programmes: 0 };

  const plan = planDemoDirectory(await readReference(runner), {
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    scale: options.scale ?? 1,
    today: options.today ?? new Date(),
  });
  const total = plan.counts.people;
  options.onProgress?.(0, total);
  const nextBatch = batches(plan.people(), batchSize);
  const result: SeedDemoResult = { companies: 0, people: 0, students: 0, programmes: 0 };
  const done = (batch: PreparedBatch) => {
    result.people += batch.people;
    result.students += batch.students;
    options.onProgress?.(result.people, total);
  };

  // Programmes, companies and the first people together: a failure leaves no demo data at all.
  let programmeIds: Map<string, string | null>;
  await runner.startTransaction();
  try {
    const stored = await insertProgrammesAndCompanies(runner, plan);
    programmeIds = stored.programmeIds;
    const first = preparePeople(nextBatch(), programmeIds);
    if (first.people > 0) await runner.query(INSERT_PEOPLE, first.params);
    await runner.commitTransaction();
    result.programmes = stored.programmes;
    result.companies = plan.companies.length;
    done(first);
  } catch (error) {
    await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  }

  let current = preparePeople(nextBatch(), programmeIds);
  while (current.people > 0) {
    const stored = runner.query(INSERT_PEOPLE, current.params);
    stored.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    await yieldToIo();
    const next = preparePeople(nextBatch(), programmeIds);
    await stored;
    done(current);
    current = next;
  }
  return result;
}
