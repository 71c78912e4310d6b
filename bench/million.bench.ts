import type { ApiProcess } from '@crossroads/testing';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadAverage } from './machine';
import { LoadRequest, LoadResult, ms, runLoad } from './support/load';
import { meiliProcess, postmasterOf, processTree, pssOfProcesses, rssOfProcesses } from './support/processes';
import { benchScale, ScaleEnvironment } from './support/scale-environment';
import { QUERY_MIX, SEARCH_QUERY } from './search/query-mix';

/** Disk used under a directory, in MiB (`du`). */
function diskMiB(path: string): number {
  try {
    return Math.round(Number(execFileSync('du', ['-sk', path], { encoding: 'utf8' }).split('\t')[0]) / 1024);
  } catch {
    return NaN;
  }
}

const when = () => new Date().toISOString().slice(11, 16) + ' UTC';

/**
 * A million people (issue 18, target 6), with `--scale 150`: the times to seed and to index that the shared
 * environment measured, then search latency through the API for one client and capacity at four connections, and
 * the memory and disk of every process. Each figure carries the load average it was taken under.
 */
export async function million(env: ScaleEnvironment, api: ApiProcess): Promise<string> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  const requests: LoadRequest[] = QUERY_MIX.map((input) => ({
    path: '/graphql',
    body: JSON.stringify({ query: SEARCH_QUERY, variables: { input } }),
  }));
  const meiliPid = meiliProcess(env.services.meiliUrl);
  const postgres = postmasterOf(join(env.dataDir, 'pg'));
  const memory = () => {
    const pg = postgres ? processTree(postgres) : [];
    return {
      api: api.rssMiB(),
      meili: meiliPid ? rssOfProcesses([meiliPid]) : NaN,
      postgresRss: rssOfProcesses(pg),
      postgresPss: pssOfProcesses(pg),
      bench: rssOfProcesses([process.pid]),
    };
  };
  const idle = memory();
  // Warm-up: the first searches load the index pages from disk.
  await runLoad({ url: api.url, connections: 1, seconds: 5, requests });
  const rows: string[] = [];
  let after = idle;
  for (const connections of [1, 4]) {
    const loadBefore = loadAverage();
    const result: LoadResult = await runLoad({ url: api.url, connections, seconds, requests });
    const loadAfter = loadAverage();
    after = memory();
    console.log(`bench: million, ${connections} connection(s): p50 ${ms(result.p50)}, p95 ${ms(result.p95)}`);
    rows.push(
      `| ${connections} | ${result.perSecond} | ${ms(result.p50)} | ${ms(result.p95)} | ${result.errors + result.graphqlErrors} | ${loadBefore} → ${loadAfter} (${when()}) |`,
    );
  }
  const indexed = env.reindex.reports.reduce((sum, report) => sum + report.documents, 0);
  return [
    '## A million people (issue 18)',
    '',
    `\`seed --scale ${benchScale()}\`: ${env.seeded.people.toLocaleString('en')} people and ${env.seeded.companies.toLocaleString('en')} companies in embedded`,
    'PostgreSQL (durable settings), indexed by a full `reindex` into the embedded Meilisearch (`--max-indexing-memory',
    '256MiB`), then searched through the API (its own process, throttle raised) with the 16 inputs of',
    `\`bench/search/query-mix.ts\` (facets selected) for ${seconds} s per row after a 5 s warm-up.`,
    '',
    '| Step | time | load average before → after |',
    '| --- | --- | --- |',
    `| Seed (directory and co-production demo) | ${env.seeded.seconds.toFixed(0)} s (${Math.round(env.seeded.people / env.seeded.seconds).toLocaleString('en')} people/s) | ${env.seeded.loadBefore} → ${env.seeded.loadAfter} |`,
    `| Full reindex (${indexed.toLocaleString('en')} documents) | ${env.reindex.seconds.toFixed(0)} s (${Math.round(indexed / env.reindex.seconds).toLocaleString('en')} documents/s) | ${env.reindex.loadBefore} → ${env.reindex.loadAfter} |`,
    '',
    '| Connections | searches/s | p50 | p95 | errors | load average before → after |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '| Process | RSS idle (before the searches) | RSS after the searches |',
    '| --- | --- | --- |',
    `| API | ${idle.api} MiB | ${after.api} MiB |`,
    `| Meilisearch | ${idle.meili} MiB | ${after.meili} MiB |`,
    `| PostgreSQL (postmaster and backends; RSS summed / PSS) | ${idle.postgresRss} / ${idle.postgresPss} MiB | ${after.postgresRss} / ${after.postgresPss} MiB |`,
    `| Benchmark process (it ran the seeder and the reindex) | ${idle.bench} MiB | ${after.bench} MiB |`,
    '',
    `Disk: PostgreSQL ${diskMiB(join(env.dataDir, 'pg')).toLocaleString('en')} MiB, Meilisearch ${diskMiB(join(env.dataDir, 'meili')).toLocaleString('en')} MiB.`,
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  ].join('\n');
}
