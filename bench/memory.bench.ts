import type { ApiProcess } from '@crossroads/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { loadAverage } from './machine';
import { LoadRequest, runLoad } from './support/load';
import { benchScale, ScaleEnvironment } from './support/scale-environment';
import { QUERY_MIX, SEARCH_QUERY } from './search/query-mix';

const CONNECTIONS = 20;
/** Identical runs (BENCH_MEMORY_RUNS, 3 by default): growth that goes on run after run is a leak. */
const RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? 3);

/** The embedded Meilisearch's process: the one whose command line names meilisearch and the URL's port. */
function meiliProcess(url: string): number | undefined {
  const port = new URL(url).port;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
      if (command.includes('meilisearch') && command.includes(`:${port}`)) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/** Summed RSS of processes, in MiB. */
function rssOfProcesses(pids: number[]): number {
  let kib = 0;
  for (const pid of pids) {
    try {
      kib += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(kib / 1024);
}

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
    `Growth from run 1 to run ${RUNS}: ${growth >= 0 ? '+' : ''}${growth} MiB. Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loadBefore} before, ${loadAverage()} after.`,
  ].join('\n');
}
