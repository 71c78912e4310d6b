import { loadConfig } from '@crossroads/core';
import { ApiProcess, startApiProcess } from '@crossroads/testing';
import { loadAverage } from '../machine';
import { LoadRequest, LoadResult, ms, pool, runLoad } from '../support/load';
import { benchScale, ScaleEnvironment } from '../support/scale-environment';
import { startHelper } from './api-overhead.bench';
import { meiliRequests } from './meili-requests';
import { QUERY_MIX, SEARCH_QUERY } from './query-mix';

const ROUNDS = 5;
const CONNECTIONS = [1, 2, 4, 8, 20];
const CAPS = [2, 4, 8];

/**
 * Meilisearch's throughput against the searches it holds at once, and what a cap in front of it does (the API's
 * MEILI_SEARCH_CONCURRENCY): raw Meilisearch at 1 to 20 connections, the bare forwarding proxy capped at 2, 4 and 8
 * requests in flight at 20 connections, and the API with its cap beside a second API process without one, at 4 and
 * at 20 connections; the same searches, taking turns in each round.
 */
export async function inFlight(env: ScaleEnvironment, api: ApiProcess): Promise<string> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  const raw: LoadRequest[] = (await meiliRequests(QUERY_MIX)).map((request) => ({
    path: '/multi-search',
    body: JSON.stringify(request),
    headers: { authorization: `Bearer ${env.services.meiliApiKey}` },
  }));
  const graphql: LoadRequest[] = QUERY_MIX.map((input) => ({
    path: '/graphql',
    body: JSON.stringify({ query: SEARCH_QUERY, variables: { input } }),
  }));
  const cap = loadConfig({}).MEILI_SEARCH_CONCURRENCY;
  const uncapped = await startApiProcess({
    DATABASE_URL: env.services.databaseUrl,
    MEILI_URL: env.services.meiliUrl,
    MEILI_API_KEY: env.services.meiliApiKey,
    DATA_DIR: '/tmp/crossroads-bench-api-uncapped',
    MEILI_SEARCH_CONCURRENCY: '256',
  });
  const proxies = await Promise.all(
    CAPS.map((n) =>
      startHelper('bare-proxy.cjs', env.services.meiliUrl, env.services.meiliApiKey, {
        MAX_SOCKETS: String(n),
      }),
    ),
  );
  try {
    // [name, url, connections, requests]
    const targets: [string, string, number, LoadRequest[]][] = [
      ...CONNECTIONS.map((c): [string, string, number, LoadRequest[]] => [
        'raw Meilisearch',
        env.services.meiliUrl,
        c,
        raw,
      ]),
      ...proxies.map(({ url }, i): [string, string, number, LoadRequest[]] => [
        `bare proxy, ${CAPS[i]} in flight`,
        url,
        20,
        raw,
      ]),
      ...[4, 20].flatMap((c): [string, string, number, LoadRequest[]][] => [
        [`GraphQL \`search\`, ${cap} in flight`, api.url, c, graphql],
        ['GraphQL `search`, no cap', uncapped.url, c, graphql],
      ]),
    ];
    for (const [, url, connections, requests] of targets)
      await runLoad({ url, connections, seconds: 2, requests });
    const loadBefore = loadAverage();
    const rounds: LoadResult[][] = targets.map(() => []);
    // Every other round in reverse order: no target always runs right after the same neighbour.
    for (let round = 0; round < ROUNDS; round++) {
      const order = [...targets.keys()];
      if (round % 2 === 1) order.reverse();
      for (const i of order) {
        const [, url, connections, requests] = targets[i];
        rounds[i].push(await runLoad({ url, connections, seconds: seconds / ROUNDS, requests }));
      }
    }
    const results = rounds.map((done) => pool(done, seconds));
    const best = Math.max(...results.slice(0, CONNECTIONS.length).map((result) => result.perSecond));
    const rawAt = (connections: number) => results[CONNECTIONS.indexOf(connections)];
    const rows = targets.map(
      ([name, , connections], i) =>
        `| ${name} | ${connections} | ${results[i].perSecond} | ${ms(results[i].p50)} | ${ms(results[i].p95)} | ${(results[i].perSecond / rawAt(connections).perSecond).toFixed(2)}× | ${(results[i].p50 / rawAt(connections).p50).toFixed(2)}× | ${(results[i].perSecond / best).toFixed(2)}× | ${results[i].errors + results[i].graphqlErrors} |`,
    );
    console.log(`bench: in flight: ${rows.join(' / ')}`);
    return [
      '## Searches in flight: Meilisearch against its concurrency (issue 18)',
      '',
      `\`seed --scale ${benchScale()}\` (${env.seeded.people.toLocaleString('en')} people). The exact federated requests the API`,
      `builds for the ${QUERY_MIX.length} inputs of \`bench/search/query-mix.ts\`, sent straight to Meilisearch at 1 to 20`,
      'connections, and at 20 connections through `bench/search/bare-proxy.cjs` holding at most 2, 4 or 8 of them in',
      'flight (the others wait in its agent, in order), as the API does with `MEILI_SEARCH_CONCURRENCY`; then the',
      `same searches through GraphQL, to the API with its default cap (${cap} on this machine) and to a second API process`,
      'with `MEILI_SEARCH_CONCURRENCY=256` (no cap in effect), throttle raised on both. No gzip anywhere.',
      `Targets take turns in ${ROUNDS} rounds of ${(seconds / ROUNDS).toFixed(1)} s (every other round in reverse order) after a 2 s`,
      'warm-up each.',
      '',
      '| Target | Connections | req/s | p50 | p95 | throughput vs raw, same connections | p50 vs raw | throughput vs raw at its best | errors |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loadBefore} before, ${loadAverage()} after.`,
    ].join('\n');
  } finally {
    for (const { child } of proxies) child.kill();
    await uncapped.stop();
  }
}
