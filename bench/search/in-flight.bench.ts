import type { ApiProcess } from '@crossroads/testing';
import { loadAverage } from '../machine';
import { LoadRequest, LoadResult, ms, pool, runLoad } from '../support/load';
import { benchScale, ScaleEnvironment } from '../support/scale-environment';
import { startHelper } from './api-overhead.bench';
import { meiliRequests } from './meili-requests';
import { QUERY_MIX } from './query-mix';

const ROUNDS = 5;
const CONNECTIONS = [1, 2, 4, 8, 20];
const CAPS = [2, 4, 8];

/**
 * Meilisearch's throughput against the searches it holds at once, and what a cap in front of it does at 20
 * connections (the API's MEILI_SEARCH_CONCURRENCY): raw Meilisearch at 1 to 20 connections and the bare forwarding
 * proxy capped at 2, 4 and 8 requests in flight, the same federated requests, taking turns in each round.
 */
export async function inFlight(env: ScaleEnvironment, _api: ApiProcess): Promise<string> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  const requests: LoadRequest[] = (await meiliRequests(QUERY_MIX)).map((request) => ({
    path: '/multi-search',
    body: JSON.stringify(request),
    headers: { authorization: `Bearer ${env.services.meiliApiKey}` },
  }));
  const proxies = await Promise.all(
    CAPS.map((cap) =>
      startHelper('bare-proxy.cjs', env.services.meiliUrl, env.services.meiliApiKey, {
        MAX_SOCKETS: String(cap),
      }),
    ),
  );
  try {
    // [name, url, connections]
    const targets: [string, string, number][] = [
      ...CONNECTIONS.map((c): [string, string, number] => [`raw Meilisearch`, env.services.meiliUrl, c]),
      ...proxies.map(({ url }, i): [string, string, number] => [`proxy, ${CAPS[i]} in flight`, url, 20]),
    ];
    for (const [, url, connections] of targets) await runLoad({ url, connections, seconds: 2, requests });
    const loadBefore = loadAverage();
    const rounds: LoadResult[][] = targets.map(() => []);
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, [, url, connections]] of targets.entries())
        rounds[i].push(await runLoad({ url, connections, seconds: seconds / ROUNDS, requests }));
    const results = rounds.map((done) => pool(done, seconds));
    const best = Math.max(...results.slice(0, CONNECTIONS.length).map((result) => result.perSecond));
    const raw20 = results[CONNECTIONS.indexOf(20)];
    const rows = targets.map(
      ([name, , connections], i) =>
        `| ${name} | ${connections} | ${results[i].perSecond} | ${ms(results[i].p50)} | ${ms(results[i].p95)} | ${(results[i].perSecond / raw20.perSecond).toFixed(2)}× | ${(results[i].perSecond / best).toFixed(2)}× | ${results[i].errors} |`,
    );
    console.log(`bench: in flight: ${rows.join(' / ')}`);
    return [
      '## Searches in flight: Meilisearch against its concurrency (issue 18)',
      '',
      `\`seed --scale ${benchScale()}\` (${env.seeded.people.toLocaleString('en')} people). The exact federated requests the API`,
      `builds for the ${QUERY_MIX.length} inputs of \`bench/search/query-mix.ts\`, sent straight to Meilisearch at 1 to 20`,
      'connections, and at 20 connections through `bench/search/bare-proxy.cjs` holding at most 2, 4 or 8 of them in',
      'flight (the others wait in its agent, in order), as the API does with `MEILI_SEARCH_CONCURRENCY`. No gzip.',
      `Targets take turns in ${ROUNDS} rounds of ${(seconds / ROUNDS).toFixed(1)} s after a 2 s warm-up each.`,
      '',
      '| Target | Connections | req/s | p50 | p95 | vs raw at 20 | vs raw at its best | errors |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loadBefore} before, ${loadAverage()} after.`,
    ].join('\n');
  } finally {
    for (const { child } of proxies) child.kill();
  }
}
