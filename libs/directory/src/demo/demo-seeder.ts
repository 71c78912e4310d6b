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
    // Demo rows are not "taken": a resumed run plans exactly what its first part planned, on the same rows.
    (await runner.query(`SELECT slug FROM person WHERE NOT is_demo`)) as { slug: string }[],
    (await runner.query(`SELECT slug, siren FROM company WHERE NOT is_demo`)) as {
      slug: string;
      siren: string | null;
    }[],
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

/** Inserts (or refreshes) the demo programmes; returns the stored id of every planned demo programme. */
async function upsertProgrammes(
  runner: QueryRunner,
  plan: DemoPlan,
): Promise<{ programmeIds: Map<string, string | null>; programmes: number }> {
  const programmeIds = new Map<string, string | null>();
  if (plan.programmes.length === 0) return { programmeIds, programmes: 0 };
  const stored = (await runner.query(UPSERT_PROGRAMMES, [
    JSON.stringify(plan.programmes.map(programmeRow)),
  ])) as { id: string; slug: string; school_id: string }[];
  const bySlug = new Map(stored.map((row) => [row.slug, row.id]));
  // A slug taken meanwhile by a real programme: its students keep their school, without a programme.
  for (const programme of plan.programmes) programmeIds.set(programme.id, bySlug.get(programme.slug) ?? null);
  await runner.query(ENQUEUE_SCHOOLS, [[...new Set(stored.map((row) => row.school_id))]]);
  return { programmeIds, programmes: stored.length };
}

async function insertCompanies(runner: QueryRunner, plan: DemoPlan): Promise<void> {
  for (let i = 0; i < plan.companies.length; i += COMPANY_BATCH_SIZE) {
    const rows = plan.companies.slice(i, i + COMPANY_BATCH_SIZE).map(companyRow);
    await runner.query(INSERT_COMPANIES, [JSON.stringify(rows)]);
  }
}

/** The run recorded in demo_seed (migration DemoSeedProgress): what it planned from, and whether it finished. */
interface DemoSeedRun {
  seed: number;
  scale: number;
  plannedFrom: Date;
  complete: boolean;
}

/**
 * Seeds the demo directory (is_demo rows): demo programmes, companies and people with their crafts, languages,
 * credits, availability and affiliations, plus their search outbox entries. Reference rows (crafts, schools,
 * real programmes, sites) must be there already; they are read, never written.
 *
 * The programmes, the companies, the first batch of people and a `demo_seed` row recording the run (seed, scale,
 * the day planned from) commit together; each further batch of people commits on its own (one statement), the next
 * batch being generated while PostgreSQL stores the current one; the run is marked complete after the last.
 *
 * Idempotent and resumable: after a complete run nothing is inserted and every count is 0. A run that stopped
 * part-way (Ctrl-C during the first `npm start`) is resumed: the same plan (the recorded seed, scale and day, whatever
 * the options say), the people already stored skipped. Only demo rows are written; nothing is ever deleted. Demo
 * people or companies without a recorded run (seeded before the record existed, or the personas alone): nothing is
 * inserted.
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
  const [run] = (await runner.query(
    `SELECT seed, scale, planned_from AS "plannedFrom", completed_at IS NOT NULL AS complete
       FROM demo_seed WHERE part = 'directory'`,
  )) as DemoSeedRun[];
  const nothing: SeedDemoResult = { companies: 0, people: 0, students: 0, programmes: 0 };
  if (run?.complete) return nothing;
  if (!run) {
    const [{ present }] = (await runner.query(
      `SELECT EXISTS (SELECT 1 FROM person WHERE is_demo) OR EXISTS (SELECT 1 FROM company WHERE is_demo) AS present`,
    )) as { present: boolean }[];
    if (present) return nothing;
  }
  const seed = run?.seed ?? options.seed ?? DEFAULT_DEMO_SEED;
  const scale = run?.scale ?? options.scale ?? 1;
  const today = run ? new Date(run.plannedFrom) : (options.today ?? new Date());
  const plan = planDemoDirectory(await readReference(runner), { seed, scale, today });
  const total = plan.counts.people;
  // Resuming: the people the interrupted run stored (its batches committed whole, in the plan's order).
  const stored = new Set(
    run
      ? ((await runner.query(`SELECT id FROM person WHERE is_demo`)) as { id: string }[]).map((row) => row.id)
      : [],
  );
  const nextPlanned = batches(plan.people(), batchSize);
  const nextBatch = () => {
    for (;;) {
      const batch = nextPlanned();
      const missing = batch.filter((person) => !stored.has(person.id));
      if (batch.length === 0 || missing.length > 0) return missing;
    }
  };
  const result: SeedDemoResult = { ...nothing };
  options.onProgress?.(stored.size, total);
  const done = (batch: PreparedBatch) => {
    result.people += batch.people;
    result.students += batch.students;
    options.onProgress?.(stored.size + result.people, total);
  };

  let programmeIds: Map<string, string | null>;
  if (run) {
    // The programmes and companies committed with the first batch: only the programmes' ids are needed.
    programmeIds = (await upsertProgrammes(runner, plan)).programmeIds;
  } else {
    // Programmes, companies, the first people and the record of the run together: a failure leaves no demo data.
    await runner.startTransaction();
    try {
      const programmes = await upsertProgrammes(runner, plan);
      programmeIds = programmes.programmeIds;
      await insertCompanies(runner, plan);
      const first = preparePeople(nextBatch(), programmeIds);
      if (first.people > 0) await runner.query(INSERT_PEOPLE, first.params);
      await runner.query(
        `INSERT INTO demo_seed (part, seed, scale, planned_from) VALUES ('directory', $1, $2, $3)`,
        [seed, scale, today],
      );
      await runner.commitTransaction();
      result.programmes = programmes.programmes;
      result.companies = plan.companies.length;
      done(first);
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  }

  let current = preparePeople(nextBatch(), programmeIds);
  while (current.people > 0) {
    const inserted = runner.query(INSERT_PEOPLE, current.params);
    inserted.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    await yieldToIo();
    const next = preparePeople(nextBatch(), programmeIds);
    await inserted;
    done(current);
    current = next;
  }
  await runner.query(`UPDATE demo_seed SET completed_at = now() WHERE part = 'directory'`);
  return result;
}
