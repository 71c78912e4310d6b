import { Pool } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiProcess } from '@crossroads/testing';
import { graphql, staffHeaders } from './support/graphql';
import { loadAverage } from './machine';
import { LoadRequest, ms, runLoad } from './support/load';
import { benchScale, ScaleEnvironment } from './support/scale-environment';
import { QUERY_MIX, SEARCH_QUERY } from './search/query-mix';

const CONNECTIONS = 50;

const PEOPLE = `query ($cities: [String!]) { people(first: 20, filter: { cities: $cities }) {
  totalCount edges { node { name slug city crafts { labelFr } affiliations { role company { name } } } } } }`;
const PERSON = `query ($slug: String!) { person(slug: $slug) { name headline bioFr bioEn crafts { labelFr labelEn }
  languages { language level } affiliations { role company { name } } school { name } } }`;
const UPDATE = `mutation ($id: ID!, $headline: String!) { updatePerson(id: $id, input: { headline: $headline }) { id } }`;
const MATCHES = `query ($projectId: ID!) { partnerMatches(projectId: $projectId, first: 20) {
  score missing company { name } reasons { criterion points code } } }`;

/**
 * A project owner: the demo member account made the account of a demo person currently affiliated with the owner
 * company of the most demo projects, signed in; returns its headers and the projects it owns.
 */
async function projectOwner(pool: Pool, url: string) {
  const { rows } = await pool.query<{ person_id: string; projects: string[] }>(
    `SELECT af.person_id, array_agg(p.id::text ORDER BY p.id) AS projects
       FROM project p
       JOIN affiliation af ON af.company_id = p.owner_company_id AND (af.ends_on IS NULL OR af.ends_on >= current_date)
      WHERE p.is_demo AND af.status = 'VERIFIED'
        -- the demo personas' people already have their own accounts
        AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = af.person_id)
      GROUP BY af.person_id ORDER BY count(*) DESC, af.person_id LIMIT 1`,
  );
  if (!rows.length)
    throw new Error('no demo project with an affiliated owner: is the co-production demo seeded?');
  await pool.query(`UPDATE app_user SET person_id = $1 WHERE email = 'member@example.org'`, [
    rows[0].person_id,
  ]);
  const { login } = await graphql<{ login: { accessToken: string } }>(
    url,
    'mutation { login(email: "member@example.org", password: "crossroads-demo") { accessToken } }',
  );
  return { headers: { authorization: `Bearer ${login.accessToken}` }, projects: rows[0].projects };
}

/**
 * 50 connections for 60 s over a mix of reads and writes: 55 % searches, 15 % people lists, 10 % profile reads,
 * 10 % partner matches by a project owner on demo projects, 10 % profile updates by STAFF (each feeds the outbox,
 * so the relay works under the load too).
 */
export async function mixedLoad(env: ScaleEnvironment, api: ApiProcess): Promise<string> {
  const SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 60);
  const pool = new Pool({ connectionString: env.services.databaseUrl, max: 2 });
  const { rows: people } = await pool.query<{ id: string; slug: string }>(
    'SELECT id, slug FROM person ORDER BY md5(id::text) LIMIT 500',
  );
  const headers = await staffHeaders(`${api.url}/graphql`);
  const owner = await projectOwner(pool, `${api.url}/graphql`);
  const body = (query: string, variables: object) => JSON.stringify({ query, variables });
  const mix: LoadRequest[] = [];
  for (let i = 0; i < 200; i++) {
    const person = people[i % people.length];
    const slot = i % 20;
    if (slot < 11)
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
    else if (slot < 16)
      mix.push({ kind: 'person', path: '/graphql', body: body(PERSON, { slug: person.slug }) });
    else if (slot < 18)
      mix.push({
        kind: 'partnerMatches',
        path: '/graphql',
        headers: owner.headers,
        body: body(MATCHES, { projectId: owner.projects[i % owner.projects.length] }),
      });
    else
      mix.push({
        kind: 'update',
        path: '/graphql',
        headers,
        body: body(UPDATE, { id: person.id, headline: `Mixed load ${i}` }),
      });
  }

  const loadBefore = loadAverage();
  const memory: number[] = [api.rssMiB()];
  const sampler = setInterval(() => memory.push(api.rssMiB()), 1000);
  const result = await runLoad({ url: api.url, connections: CONNECTIONS, seconds: SECONDS, requests: mix });
  clearInterval(sampler);
  memory.push(api.rssMiB());
  const loadAfter = loadAverage();
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
    `${CONNECTIONS} connections for ${SECONDS} s (autocannon) against the API process: 55 % \`search\`, 15 % \`people\``,
    'lists (with crafts and companies through DataLoaders), 10 % `person` profiles, 10 % `partnerMatches` (first 20)',
    `by a project owner (a MEMBER affiliated with the owner company) on ${owner.projects.length} demo projects, 10 % \`updatePerson\` by STAFF`,
    '(each write queues an outbox row: the relay indexes under the same load).',
    '',
    '| Requests | req/s | p50 | p95 | p99 | HTTP errors | GraphQL errors | API RSS start / peak / end | outbox drained after |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${result.requests.toLocaleString('en')} | ${result.perSecond} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} | ${result.errors} | ${result.graphqlErrors} | ${memory[0]} / ${Math.max(...memory)} / ${memory.at(-1)} MiB | ${drained.toFixed(1)} s |`,
    '',
    `HTTP errors: ${result.errorKinds.non2xx} non-2xx, ${result.errorKinds.transport} transport errors, ${result.errorKinds.timeouts} timeouts (30 s)${
      Object.keys(result.failedByKind).length
        ? ` (${Object.entries(result.failedByKind)
            .map(([key, n]) => `${key}: ${n}`)
            .join(', ')})`
        : ''
    }. GraphQL errors by kind and code: ${
      Object.entries(result.graphqlErrorCodes)
        .map(([key, n]) => `${key} ${n}`)
        .join(', ') || 'none'
    }. Sent: ${kinds}. Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at \`seed --scale ${benchScale()}\`; load average ${loadBefore} before, ${loadAfter} at the end.`,
  ].join('\n');
}
