import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { fuzz } from './fuzz/fuzz.bench';
import { apiOverhead } from './search/api-overhead.bench';
import { inFlight } from './search/in-flight.bench';
import { capacity } from './search/capacity.bench';
import { engineLevers } from './search/engine-levers.bench';
import { bulkRelay } from './bulk-relay.bench';
import { importThroughput } from './import.bench';
import { indexLatency } from './index-latency.bench';
import { machine } from './machine';
import { memory } from './memory.bench';
import { million } from './million.bench';
import { mixedLoad } from './mixed-load.bench';
import { partnerMatching } from './partner-matching.bench';
import { reindexThroughput } from './reindex-throughput.bench';
import { judged } from './search/judged.bench';
import { relevance } from './search/relevance.bench';
import { searchLatency } from './search/search-latency.bench';
import { ApiProcess, startApiProcess } from '@crossroads/testing';
import { ScaleEnvironment, startScaleEnvironment } from './support/scale-environment';
import { webApp } from './web-app.bench';

const REPORT = join(__dirname, '..', 'docs', 'BENCHMARKS.md');

/** Benchmarks that set up their own services and data. */
const STANDALONE_BENCHMARKS: Record<string, () => Promise<string>> = {
  'index-latency': indexLatency,
  'bulk-relay': bulkRelay,
  relevance,
  judged,
  'partner-matching': partnerMatching,
  import: importThroughput,
  'web-app': webApp,
};

/** Benchmarks over the ~100,000-people directory share one seeded environment and one API process. */
type ScaleBenchmark = (env: ScaleEnvironment, api: ApiProcess) => Promise<string>;
const SCALE_BENCHMARKS: Record<string, ScaleBenchmark> = {
  reindex: (env) => reindexThroughput(env),
  search: searchLatency,
  'api-overhead': apiOverhead,
  'in-flight': inFlight,
  capacity,
  'engine-levers': (env) => engineLevers(env),
  memory,
  mixed: mixedLoad,
  million,
  fuzz: async (_env, api) => {
    const { section, failures } = await fuzz(api);
    if (failures > 0) process.exitCode = 1;
    return section;
  },
};
const NAMES = [...Object.keys(STANDALONE_BENCHMARKS), ...Object.keys(SCALE_BENCHMARKS)];

/** The key of a section: its heading without the "(issue …)" note. */
const keyOf = (section: string) =>
  section
    .split('\n')[0]
    .replace(/\s*\(.*$/, '')
    .trim();

/**
 * Each benchmark owns one `## ` section of docs/BENCHMARKS.md: a run replaces the sections it produced and keeps
 * the others (other benchmarks, hand-written notes), so `npm run bench -- search fuzz` reruns only those two.
 */
async function writeReport(produced: string[]): Promise<string> {
  const existing = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
  const sections = existing
    .split(/^(?=## )/m)
    .slice(1)
    .map((section) => section.trimEnd());
  for (const section of produced) {
    const at = sections.findIndex((candidate) => keyOf(candidate) === keyOf(section));
    if (at >= 0) sections[at] = section;
    else sections.push(section);
  }
  const report = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (last run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; machine: ${machine()}).`,
    'Each section is rewritten only by its own benchmark; `npm run bench -- <name>…` runs some of them',
    `(${NAMES.join(', ')}).`,
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
  // Formatted as `npm run check` expects (prettier aligns the tables).
  const formatted = await format(report, { ...(await resolveConfig(REPORT)), filepath: REPORT });
  writeFileSync(REPORT, formatted);
  return formatted;
}

/**
 * `--scale N` (seed scale of the shared directory, 15 by default) and `--duration S` (seconds of each load:
 * search latency per target, 30 by default; mixed load, 60 by default) for short runs while developing. They set
 * BENCH_SCALE, BENCH_SECONDS and BENCH_MIXED_SECONDS, which the benchmarks read when they start.
 */
function parseOptions(args: string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const value = () => {
      const n = Number(args[++i]);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${args[i - 1]} needs a positive number`);
      return String(n);
    };
    if (args[i] === '--scale') process.env.BENCH_SCALE = value();
    else if (args[i] === '--duration') {
      const seconds = value();
      process.env.BENCH_SECONDS = seconds;
      process.env.BENCH_MIXED_SECONDS = seconds;
    } else names.push(args[i]);
  }
  return names;
}

/** `npm run bench [-- names…] [--scale N] [--duration S]`: runs benchmarks, updates docs/BENCHMARKS.md. */
async function main(): Promise<void> {
  const names = parseOptions(process.argv.slice(2));
  // `million` is the long run of its own (about an hour): only when named, at scale 150 unless --scale says otherwise.
  const wanted = names.length ? names : NAMES.filter((name) => name !== 'million');
  if (wanted.includes('million') && !process.env.BENCH_SCALE) process.env.BENCH_SCALE = '150';
  const unknown = wanted.filter((name) => !NAMES.includes(name));
  if (unknown.length)
    throw new Error(`unknown benchmark(s) ${unknown.join(', ')}: choose from ${NAMES.join(', ')}`);
  const produced: string[] = [];
  for (const name of Object.keys(STANDALONE_BENCHMARKS).filter((n) => wanted.includes(n))) {
    console.log(`bench: ${name}…`);
    produced.push(await STANDALONE_BENCHMARKS[name]());
    await writeReport(produced);
  }
  const scale = wanted.filter((name) => name in SCALE_BENCHMARKS);
  if (scale.length) {
    const env = await startScaleEnvironment();
    try {
      // BENCH_API_FROM_SOURCES=1: the API compiled in process (@swc-node), as before issue 18's build.
      const api = await startApiProcess(
        {
          DATABASE_URL: env.services.databaseUrl,
          MEILI_URL: env.services.meiliUrl,
          MEILI_API_KEY: env.services.meiliApiKey,
          PORT: process.env.BENCH_API_PORT ?? '3102',
          DATA_DIR: '/tmp/crossroads-bench-api',
          ...(process.env.DATABASE_POOL_SIZE && { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE }),
          // BENCH_API_NODE_OPTIONS: V8 flags to try on the API process (e.g. --max-old-space-size=512).
          ...(process.env.BENCH_API_NODE_OPTIONS && { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS }),
          // BENCH_API_PROFILE=<dir>: a V8 CPU profile of the API process, written when it stops.
          ...(process.env.BENCH_API_PROFILE && {
            NODE_OPTIONS: `--require ${join(__dirname, 'support', 'cpu-profile.cjs')}`,
            BENCH_API_PROFILE: process.env.BENCH_API_PROFILE,
          }),
        },
        { fromSources: process.env.BENCH_API_FROM_SOURCES === '1' },
      );
      try {
        for (const name of Object.keys(SCALE_BENCHMARKS).filter((n) => scale.includes(n))) {
          console.log(`bench: ${name}…`);
          try {
            produced.push(await SCALE_BENCHMARKS[name](env, api));
            await writeReport(produced);
          } catch (error) {
            // One failed benchmark keeps its previous section; the others still run.
            console.error(`bench: ${name} failed`, error);
            process.exitCode = 1;
          }
        }
      } finally {
        await api.stop();
      }
    } finally {
      await env.close();
    }
  }
  console.log(await writeReport(produced));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
