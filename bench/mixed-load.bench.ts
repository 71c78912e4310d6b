import { Pool } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiProcess } from '@crossroads/testing';
import { staffHeaders } from './support/graphql';
import { LoadRequest, ms, runLoad } from './support/load';
import type { ScaleEnvironment } from './support/scale-environment';
import { QUERY_MIX, SEARCH_QUERY } from './search/query-mix';

const CONNECTIONS = 50;

const PEOPLE = `query ($cities: [String!]) { people(first: 20, filter: { cities: $cities }) {
  totalCount edges { node { name slug city crafts { labelFr } companies { name } } } } }`;
const PERSON = `query ($slug: String!) { person(slug: $slug) { name headline bio crafts { labelFr labelEn }
  languages { language level } companies { name } school { name } } }`;
const UPDATE = `mutation ($id: ID!, $headline: String!) { updatePerson(id: $id, input: { headline: $headline }) { id } }`;

/**
 * 50 connections for 60 s over a mix of reads and writes: 60 % searches, 15 % people lists, 15 % profile reads,
 * 10 % profile updates by STAFF (each feeds the outbox, so the relay works under the load too).
 *
 * Slot for partner matching: when `partnerMatches(projectId, editionId, first)` exists (branch copro), add
 * `{ kind: 'matching', body: … }` requests to `mix` below with a weight of about 10 %.
 */
export async function mixedLoad(env: ScaleEnvironment, api: ApiProcess): Promise<string> {
  const SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 60);
  const pool = new Pool({ connectionString: env.services.databaseUrl, max: 2 });
  const { rows: people } = await pool.query<{ id: string; slug: string }>(
    'SELECT id, slug FROM person ORDER BY md5(id::text) LIMIT 500',
  );
  const headers = await staffHeaders(`${api.url}/graphql`);
  const body = (query: string, variables: object) => JSON.stringify({ query, variables });
  const mix: LoadRequest[] = [];
  for (let i = 0; i < 200; i++) {
    const person = people[i % people.length];
    const slot = i % 20;
    if (slot < 12)
      mix.push({
        kind: 'search',
        path: '/graphql',
        body: body(SEARCH_QUERY, { input: QUERY_MIX[i % QUERY_MIX.length] }),
      });
    else if (slot < 15)
      mix.push({
        kind: 'people',
        path: '/graphql',
        body: body(PEOPLE, { cities: [['Lille', 'Roubaix', 'Valenciennes'][i % 3]] }),
      });
    else if (slot < 18)
      mix.push({ kind: 'person', path: '/graphql', body: body(PERSON, { slug: person.slug }) });
    else
      mix.push({
        kind: 'update',
        path: '/graphql',
        headers,
        body: body(UPDATE, { id: person.id, headline: `Mixed load ${i}` }),
      });
  }

  const memory: number[] = [api.rssMiB()];
  const sampler = setInterval(() => memory.push(api.rssMiB()), 1000);
  const result = await runLoad({ url: api.url, connections: CONNECTIONS, seconds: SECONDS, requests: mix });
  clearInterval(sampler);
  memory.push(api.rssMiB());
  const drainStarted = performance.now();
  for (;;) {
    const [{ n }] = (await pool.query('SELECT count(*)::int AS n FROM search_outbox')).rows;
    if (n === 0 || performance.now() - drainStarted > 120_000) break;
    await sleep(100);
  }
  const drained = (performance.now() - drainStarted) / 1000;
  await pool.end();
  const kinds = Object.entries(result.byKind)
    .map(([kind, n]) => `${kind} ${n.toLocaleString('en')}`)
    .join(', ');
  return [
    '## Mixed read/write load (issue 9)',
    '',
    `${CONNECTIONS} connections for ${SECONDS} s (autocannon) against the API process: 60 % \`search\`, 15 % \`people\``,
    'lists (with crafts and companies through DataLoaders), 15 % `person` profiles, 10 % `updatePerson` by STAFF',
    '(each write queues an outbox row: the relay indexes under the same load). Partner matching has a slot in',
    '`bench/mixed-load.bench.ts` for when `partnerMatches` lands.',
    '',
    '| Requests | req/s | p50 | p95 | p99 | HTTP errors | GraphQL errors | API RSS start / peak / end | outbox drained after |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${result.requests.toLocaleString('en')} | ${result.perSecond} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} | ${result.errors} | ${result.graphqlErrors} | ${memory[0]} / ${Math.max(...memory)} / ${memory.at(-1)} MiB | ${drained.toFixed(1)} s |`,
    '',
    `Sent: ${kinds}.`,
  ].join('\n');
}
