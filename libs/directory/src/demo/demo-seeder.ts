import type { DataSource, QueryRunner } from 'typeorm';
import { planDemoDirectory } from './demo-plan';
import { companyRow, PreparedBatch, preparePeople, programmeRow } from './demo-rows';
import { ENQUEUE_SCHOOLS, INSERT_COMPANIES, INSERT_PEOPLE, UPSERT_PROGRAMMES } from './demo-statements';
import type { DemoPlan, DemoReference } from './demo-types';

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
