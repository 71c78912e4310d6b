import type { ApiProcess } from '@crossroads/testing';
import { readFileSync } from 'node:fs';
import { loadAverage } from '../machine';
import { LoadRequest, LoadResult, ms, pool as pooled, runLoad } from '../support/load';
import { benchScale, ScaleEnvironment } from '../support/scale-environment';
import { meiliRequests } from './meili-requests';
import { QUERY_MIX, SEARCH_QUERY } from './query-mix';

/** Short rounds, targets taking turns: a busy neighbour on the shared machine slows both alike. */
const ROUNDS = 6;

/** CPU seconds the load generator (this process) spent, beside the figures it produced. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ": state is field 0, utime field 11, stime field 12, in clock ticks (100 per second).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * The API's own cost per search: GraphQL `search` against the exact federated requests it sends to Meilisearch,
 * replayed raw, at 4 and at 20 connections (issue 18, target 1: ≥ 0.9× raw throughput, p50 ≤ 1.15× raw).
 */
export async function apiOverhead(env: ScaleEnvironment, api: ApiProcess): Promise<string> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  const graphqlRequests: LoadRequest[] = QUERY_MIX.map((input) => ({
    path: '/graphql',
    body: JSON.stringify({ query: SEARCH_QUERY, variables: { input } }),
  }));
  const raw: LoadRequest[] = (await meiliRequests(QUERY_MIX)).map((request) => ({
    path: '/multi-search',
    body: JSON.stringify(request),
    headers: { authorization: `Bearer ${env.services.meiliApiKey}` },
  }));
  const targets: [string, string, LoadRequest[]][] = [
    ['raw Meilisearch', env.services.meiliUrl, raw],
    ['GraphQL `search`', api.url, graphqlRequests],
  ];
  const rows: string[] = [];
  const loads: string[] = [];
  const cpuPerSearch: string[] = [];
  // With BENCH_API_PROFILE, the API's CPU profile covers from here on (bench/support/cpu-profile.cjs).
  if (process.env.BENCH_API_PROFILE) process.kill(api.pid, 'SIGUSR2');
  for (const connections of [4, 20]) {
    for (const [, url, requests] of targets) await runLoad({ url, connections, seconds: 2, requests });
    const loadBefore = loadAverage();
    const cpuBefore = cpuSeconds();
    const rounds: LoadResult[][] = targets.map(() => []);
    let apiCpu = 0;
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, [, url, requests]] of targets.entries()) {
        const cpuAtStart = i === 1 ? processCpuSeconds(api.pid) : 0;
        rounds[i].push(await runLoad({ url, connections, seconds: seconds / ROUNDS, requests }));
        if (i === 1) apiCpu += processCpuSeconds(api.pid) - cpuAtStart;
      }
    const generatorCpu = (cpuSeconds() - cpuBefore) / (seconds * 2);
    loads.push(
      `${connections} connections: load average ${loadBefore} before, ${loadAverage()} after; load generator ${(generatorCpu * 100).toFixed(0)} % of a core`,
    );
    const [rawResult, apiResult] = targets.map((_, i) => pooled(rounds[i], seconds));
    cpuPerSearch.push(
      `${connections} connections: ${((apiCpu * 1000) / Math.max(1, apiResult.requests)).toFixed(1)} ms of API CPU per search`,
    );
    for (const [[name], result] of targets.map((t, i) => [t, i === 0 ? rawResult : apiResult] as const))
      rows.push(
        `| ${connections} | ${name} | ${result.perSecond} | ${ms(result.p50)} | ${ms(result.p95)} | ${(result.perSecond / rawResult.perSecond).toFixed(2)}× | ${(result.p50 / rawResult.p50).toFixed(2)}× | ${result.errors + result.graphqlErrors} |`,
      );
    console.log(`bench: api overhead at ${connections}: ${rows.slice(-2).join(' / ')}`);
  }
  return [
    '## API overhead: GraphQL `search` against raw Meilisearch (issue 18)',
    '',
    `\`seed --scale ${benchScale()}\` (${env.seeded.people.toLocaleString('en')} people). The ${QUERY_MIX.length} inputs of`,
    '`bench/search/query-mix.ts` with facets selected, through the API (throttle raised by the benchmark API process)',
    'and as the exact federated requests it builds, replayed raw (no gzip on either side). Targets take turns in',
    `${ROUNDS} rounds of ${(seconds / ROUNDS).toFixed(1)} s after a 2 s warm-up each.`,
    '',
    '| Connections | Target | req/s | p50 | p95 | throughput vs raw | p50 vs raw | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `API process CPU (user + system, /proc) during its rounds: ${cpuPerSearch.join('; ')} (a figure the`,
    'neighbours on the machine disturb much less than latency).',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${loads.join('; ')}.`,
  ].join('\n');
}
