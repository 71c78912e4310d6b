import { fork } from 'node:child_process';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { Pool } from 'pg';
import type { ApiProcess } from '@crossroads/testing';
import { loadAverage } from '../machine';
import { LoadRequest, LoadResult, ms, pool as pooled, runLoad } from '../support/load';
import { benchScale, ScaleEnvironment } from '../support/scale-environment';
import { meiliRequests } from './meili-requests';
import { buildPgFts } from './pg-fts';
import { QUERY_MIX, SEARCH_QUERY } from './query-mix';

const CONNECTIONS = 20;
/** Targets take turns in short rounds, so a busy neighbour on the machine slows each of them alike. */
const ROUNDS = 6;
const PG_PORT = Number(process.env.BENCH_PG_FTS_PORT ?? 3199);

async function startPgFtsServer(databaseUrl: string) {
  const child = fork(join(__dirname, 'pg-fts-server.ts'), [], {
    execArgv: ['-r', join(__dirname, '..', '..', 'scripts', 'register-paths.cjs')],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(PG_PORT) },
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the PostgreSQL search server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${PG_PORT}`, stop: () => child.kill('SIGTERM') };
}

/**
 * Search latency at 20 concurrent clients: the API's `search` through GraphQL, the same federated requests sent
 * straight to Meilisearch, and the PostgreSQL full-text alternative, on the same documents.
 */
export async function searchLatency(env: ScaleEnvironment, api: ApiProcess): Promise<string> {
  const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
  const meili = new Meilisearch({ host: env.services.meiliUrl, apiKey: env.services.meiliApiKey });
  const pool = new Pool({ connectionString: env.services.databaseUrl, max: 2 });
  const started = performance.now();
  const documents = await buildPgFts(pool, meili, '');
  const buildSeconds = (performance.now() - started) / 1000;
  await pool.end();
  const pg = await startPgFtsServer(env.services.databaseUrl);
  try {
    const graphqlRequests: LoadRequest[] = QUERY_MIX.map((input) => ({
      path: '/graphql',
      body: JSON.stringify({ query: SEARCH_QUERY, variables: { input } }),
    }));
    const meiliBodies: LoadRequest[] = (await meiliRequests(QUERY_MIX)).map((request) => ({
      path: '/multi-search',
      body: JSON.stringify(request),
      headers: { authorization: `Bearer ${env.services.meiliApiKey}` },
    }));
    // Tuning: the requests as they were before `attributesToRetrieve` (whole documents in every hit).
    const wholeDocuments: LoadRequest[] = (await meiliRequests(QUERY_MIX)).map((request) => ({
      path: '/multi-search',
      body: JSON.stringify({
        ...request,
        queries: (request as { queries: object[] }).queries.map((query) => ({
          ...query,
          attributesToRetrieve: ['*'],
        })),
      }),
      headers: { authorization: `Bearer ${env.services.meiliApiKey}` },
    }));
    const pgRequests: LoadRequest[] = QUERY_MIX.map((input) => ({
      path: '/search',
      body: JSON.stringify(input),
    }));

    const targets: [string, string, LoadRequest[]][] = [
      ['Meilisearch, raw `/multi-search`', env.services.meiliUrl, meiliBodies],
      ['GraphQL `search` (the API)', api.url, graphqlRequests],
      ['PostgreSQL full text (tsvector + unaccent + pg_trgm)', pg.url, pgRequests],
      ['Meilisearch, raw, whole documents (before tuning)', env.services.meiliUrl, wholeDocuments],
    ];
    for (const [, url, requests] of targets)
      await runLoad({ url, connections: CONNECTIONS, seconds: 3, requests });
    const loadBefore = loadAverage();
    const rounds: LoadResult[][] = targets.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, [, url, requests]] of targets.entries()) {
        rounds[i].push(await runLoad({ url, connections: CONNECTIONS, seconds: SECONDS / ROUNDS, requests }));
      }
    }
    const loadAfter = loadAverage();
    const results: [string, LoadResult][] = targets.map(([name], i) => [name, pooled(rounds[i], SECONDS)]);
    for (const [name, result] of results)
      console.log(`bench: search latency, ${name}: p95 ${ms(result.p95)}`);
    const meiliP95 = results[0][1].p95;
    const meiliP50 = results[0][1].p50;
    const rows = results.map(
      ([name, r]) =>
        `| ${name} | ${r.perSecond} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${(r.p50 / meiliP50).toFixed(2)}× | ${(r.p95 / meiliP95).toFixed(2)}× | ${r.errors + r.graphqlErrors} |`,
    );
    return [
      '## Search latency: GraphQL, raw Meilisearch, PostgreSQL full text (issue 9)',
      '',
      `${env.seeded.people.toLocaleString('en')} people and ${env.seeded.companies.toLocaleString('en')} companies`,
      `(\`seed --scale ${benchScale()}\`), ${documents.toLocaleString('en')} documents in each engine. ${CONNECTIONS} concurrent`,
      `clients (autocannon) for ${SECONDS} s per target (${ROUNDS} rounds, targets taking turns) after a 3 s warm-up, cycling through ${QUERY_MIX.length} queries`,
      '(`bench/search/query-mix.ts`: job titles in French and English, a typo, names, cities, craft and language',
      'filters, a 30–50 km radius, an availability window, company kinds; facets on every query). The raw',
      'Meilisearch requests are the exact federated requests the API builds for the same inputs. The PostgreSQL',
      'alternative (`bench/search/pg-fts.ts`, built in the benchmark only, ' +
        `${buildSeconds.toFixed(0)} s to load and index) answers over plain`,
      'HTTP without GraphQL, in its own process with 10 connections, like the API.',
      '',
      '| Target | req/s | p50 | p95 | p99 | p50 vs raw | p95 vs raw | errors |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loadBefore} before the timed rounds, ${loadAfter} after.`,
    ].join('\n');
  } finally {
    pg.stop();
  }
}
