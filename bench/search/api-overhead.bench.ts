import { loadConfig } from '@crossroads/core';
import { freePort } from '@crossroads/embedded';
import type { ApiProcess } from '@crossroads/testing';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { loadAverage } from '../machine';
import { LoadRequest, LoadResult, ms, pool as pooled, runLoad } from '../support/load';
import { processCpuSeconds } from '../support/processes';
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

/**
 * A helper server of this folder in its own process (its CPU read apart), given Meilisearch's address: bare-proxy.cjs,
 * the floor of any layer in front of Meilisearch, or service-floor.ts, the API's own search work with nothing around it.
 */
export async function startHelper(
  file: string,
  meiliUrl: string,
  meiliApiKey: string,
  extraEnv: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = fork(join(__dirname, file), {
    env: {
      PATH: process.env.PATH,
      MEILI_URL: meiliUrl,
      MEILI_API_KEY: meiliApiKey,
      PORT: String(port),
      ...extraEnv,
    },
    execArgv: file.endsWith('.ts')
      ? ['-r', join(__dirname, '..', '..', 'scripts', 'register-paths.cjs')]
      : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${file} exited at start (code ${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** Whether two `search` answers hold the same hits, facets and pages (Meilisearch's processing time aside). */
const sameAnswer = (a: string, b: string) => {
  const strip = (json: string) => {
    const parsed = JSON.parse(json) as { data?: { search?: { processingTimeMs?: number } } };
    if (parsed.data?.search) parsed.data.search.processingTimeMs = 0;
    return JSON.stringify(parsed);
  };
  return strip(a) === strip(b);
};

/**
 * The API's own cost per search: GraphQL `search` against the exact federated requests it sends to Meilisearch,
 * replayed raw, at 4 and at 20 connections (issue 18, target 1: ≥ 0.9× raw throughput, p50 ≤ 1.15× raw). The same
 * requests through a bare forwarding proxy (bare-proxy.cjs) show what any process in front of Meilisearch costs on
 * the same cores, whatever it does; SearchService behind bare node:http (service-floor.ts) shows what the API's own
 * search work costs without Express, Apollo, Nest and GraphQL around it.
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
  const proxy = await startHelper('bare-proxy.cjs', env.services.meiliUrl, env.services.meiliApiKey);
  try {
    const floor = await startHelper('service-floor.ts', env.services.meiliUrl, env.services.meiliApiKey);
    try {
      return await measure(env, api, proxy, floor, seconds, raw, graphqlRequests);
    } finally {
      floor.child.kill();
    }
  } finally {
    proxy.child.kill();
  }
}

/** Whether the service alone answers each request as the API does: it does the same work, nothing less. */
async function sameAnswers(apiUrl: string, floorUrl: string, requests: LoadRequest[]): Promise<string> {
  const post = async (url: string, body: string) =>
    (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
        body,
      })
    ).text();
  let same = 0;
  for (const { body } of requests)
    if (sameAnswer(await post(apiUrl, body), await post(floorUrl, body))) same++;
  return `its answers equal the API's for ${same} of the ${requests.length} inputs`;
}

async function measure(
  env: ScaleEnvironment,
  api: ApiProcess,
  proxy: { url: string; child: ChildProcess },
  floor: { url: string; child: ChildProcess },
  seconds: number,
  raw: LoadRequest[],
  graphqlRequests: LoadRequest[],
): Promise<string> {
  // [name, url, requests, pid whose CPU is read during its rounds]
  const targets: [string, string, LoadRequest[], number | undefined][] = [
    ['raw Meilisearch', env.services.meiliUrl, raw, undefined],
    ['bare proxy (floor)', proxy.url, raw, proxy.child.pid],
    ['search service alone, no GraphQL', floor.url, graphqlRequests, floor.child.pid],
    ['GraphQL `search`', api.url, graphqlRequests, api.pid],
  ];
  const identical = await sameAnswers(api.url, floor.url, graphqlRequests);
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
    const targetCpu = targets.map(() => 0);
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, [, url, requests, pid]] of targets.entries()) {
        const cpuAtStart = pid ? processCpuSeconds(pid) : 0;
        rounds[i].push(await runLoad({ url, connections, seconds: seconds / ROUNDS, requests }));
        if (pid) targetCpu[i] += processCpuSeconds(pid) - cpuAtStart;
      }
    const generatorCpu = (cpuSeconds() - cpuBefore) / (seconds * targets.length);
    loads.push(
      `${connections} connections: load average ${loadBefore} before, ${loadAverage()} after; load generator ${(generatorCpu * 100).toFixed(0)} % of a core`,
    );
    const results = targets.map((_, i) => pooled(rounds[i], seconds));
    const perRequest = (i: number) => ((targetCpu[i] * 1000) / Math.max(1, results[i].requests)).toFixed(1);
    cpuPerSearch.push(
      `${connections} connections: ${perRequest(3)} ms of API CPU per search, ${perRequest(2)} ms of the service alone's, ${perRequest(1)} ms of the bare proxy's per request`,
    );
    const [rawResult] = results;
    for (const [i, [name]] of targets.entries())
      rows.push(
        `| ${connections} | ${name} | ${results[i].perSecond} | ${ms(results[i].p50)} | ${ms(results[i].p95)} | ${(results[i].perSecond / rawResult.perSecond).toFixed(2)}× | ${(results[i].p50 / rawResult.p50).toFixed(2)}× | ${results[i].errors + results[i].graphqlErrors} |`,
      );
    console.log(`bench: api overhead at ${connections}: ${rows.slice(-targets.length).join(' / ')}`);
  }
  return [
    '## API overhead: GraphQL `search` against raw Meilisearch (issue 18)',
    '',
    `\`seed --scale ${benchScale()}\` (${env.seeded.people.toLocaleString('en')} people). The ${QUERY_MIX.length} inputs of`,
    '`bench/search/query-mix.ts` with facets selected, through the API (throttle raised by the benchmark API process)',
    'and as the exact federated requests it builds, replayed raw and through a bare forwarding proxy',
    '(`bench/search/bare-proxy.cjs`: no parsing, no GraphQL, no middleware; the floor of any process in front of',
    'Meilisearch on the same cores), and to SearchService alone behind bare node:http (`bench/search/service-floor.ts`:',
    "the API's own search work, its Meilisearch client included, and the JSON of the same selection, without Express,",
    `helmet, logging, Apollo, Nest, validation or GraphQL execution; ${identical}). No gzip anywhere. The API and the`,
    `service alone send Meilisearch at most ${loadConfig({}).MEILI_SEARCH_CONCURRENCY} searches at once (\`MEILI_SEARCH_CONCURRENCY\`, its default on this`,
    'machine), the others waiting in order; the bare proxy forwards every request at once. Targets take turns in',
    `${ROUNDS} rounds of ${(seconds / ROUNDS).toFixed(1)} s after a 2 s warm-up each.`,
    '',
    '| Connections | Target | req/s | p50 | p95 | throughput vs raw | p50 vs raw | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `CPU (user + system, /proc) during each one's rounds: ${cpuPerSearch.join('; ')} (a figure the`,
    'neighbours on the machine disturb much less than latency).',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${loads.join('; ')}.`,
  ].join('\n');
}
