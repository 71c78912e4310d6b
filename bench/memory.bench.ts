import type { ApiProcess } from '@crossroads/testing';
import { loadAverage } from './machine';
import { freshStartMemory } from './support/fresh-start';
import { LoadRequest, runLoad } from './support/load';
import { meiliProcess, rssOfProcesses } from './support/processes';
import { benchScale, ScaleEnvironment } from './support/scale-environment';
import { QUERY_MIX, SEARCH_QUERY } from './search/query-mix';

const CONNECTIONS = 20;
/** Identical runs (BENCH_MEMORY_RUNS, 3 by default): growth that goes on run after run is a leak. */
const RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? 3);

/**
 * Bounded memory (issue 18, target 4): the API's RSS idle, then after each of RUNS identical search loads; a leak
 * shows as growth from one run to the next once the first has warmed the caches. The embedded Meilisearch's RSS
 * beside it (indexing memory capped by `--max-indexing-memory`).
 */
export async function memory(env: ScaleEnvironment, api: ApiProcess): Promise<string> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  const requests: LoadRequest[] = QUERY_MIX.map((input) => ({
    path: '/graphql',
    body: JSON.stringify({ query: SEARCH_QUERY, variables: { input } }),
  }));
  const meiliPid = meiliProcess(env.services.meiliUrl);
  const idle = api.rssMiB();
  const meiliIdle = meiliPid ? rssOfProcesses([meiliPid]) : NaN;
  const after: number[] = [];
  const loadBefore = loadAverage();
  let served = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = await runLoad({ url: api.url, connections: CONNECTIONS, seconds, requests });
    served += result.requests;
    after.push(api.rssMiB());
  }
  const meiliAfter = meiliPid ? rssOfProcesses([meiliPid]) : NaN;
  const growth = after[RUNS - 1] - after[0];
  const loadAfter = loadAverage();
  console.log(
    `bench: memory, API ${idle} MiB idle, ${after.join(' / ')} MiB after each run; a fresh npm start…`,
  );
  const fresh = await freshStartMemory();
  const loadAfterStart = loadAverage();
  return [
    '## Memory: API RSS under repeated load, leak check (issue 18)',
    '',
    `\`seed --scale ${benchScale()}\` (${env.seeded.people.toLocaleString('en')} people). ${RUNS} identical ${seconds} s runs of`,
    `${CONNECTIONS} connections over the search mix (${served.toLocaleString('en')} requests in all), the API process's RSS`,
    'read from /proc after each; growth from the first run to the last is what a leak would show.',
    '',
    '| Process | idle | ' + after.map((_, i) => `after run ${i + 1}`).join(' | ') + ' |',
    '| --- | --- | ' + after.map(() => '---').join(' | ') + ' |',
    `| API | ${idle} MiB | ${after.map((rss) => `${rss} MiB`).join(' | ')} |`,
    `| embedded Meilisearch | ${meiliIdle} MiB | ${after.map((_, i) => (i === RUNS - 1 ? `${meiliAfter} MiB` : '')).join(' | ')} |`,
    '',
    `Growth from run 1 to run ${RUNS}: ${growth >= 0 ? '+' : ''}${growth} MiB (issue 18: API ≤ 300 MiB after the load). Load average ${loadBefore} before, ${loadAfter} after.`,
    '',
    `A fresh \`npm start\` (empty data directory: the demo seeded, then searchable after ${fresh.seconds.toFixed(0)} s), every`,
    'process of its tree 10 s later (PostgreSQL: the postmaster and its backends, whose shared buffers RSS counts once per',
    'backend; PSS divides them among the processes that map them, so the PSS columns are the memory all of them hold',
    'together):',
    '',
    '| ' +
      Object.keys(fresh.byProcess).join(' | ') +
      ' | all, RSS | all, PSS | all but npm, RSS | all, peak RSS while seeding and indexing | all, peak PSS | target |',
    '| ' +
      Object.keys(fresh.byProcess)
        .map(() => '---')
        .join(' | ') +
      ' | --- | --- | --- | --- | --- | --- |',
    `| ${Object.values(fresh.byProcess)
      .map((rss) => `${rss} MiB`)
      .join(
        ' | ',
      )} | ${fresh.totalRss} MiB | ${fresh.totalPss} MiB | ${fresh.totalRss - (fresh.byProcess['npm (launcher)'] ?? 0)} MiB | ${fresh.peakRss} MiB | ${fresh.peakPss} MiB | < 1,024 MiB (peak PSS ${(fresh.peakPss / 1024).toFixed(2)}×) |`,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loadAfterStart} after the fresh start.`,
  ].join('\n');
}
