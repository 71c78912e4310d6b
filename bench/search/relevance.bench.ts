import { databaseOptions, loadConfig, runMigrations } from '@crossroads/core';
import { Meilisearch } from 'meilisearch';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { COMPANIES, PEOPLE, RELEVANCE_CASES } from '../../test/fixtures/relevance-directory';
import { graphql, staffHeaders } from '../support/graphql';
import type { ScaleEnvironment } from '../support/scale-environment';
import { buildPgFts, pgSearch } from './pg-fts';

const PREFIX = 'relevance_';

type Case = (typeof RELEVANCE_CASES)[number];
const passes = (relevance: Case, slugs: string[]) => {
  const top = slugs.slice(0, relevance.within ?? 3);
  return (
    relevance.expect.every((slug) => top.includes(slug)) &&
    (relevance.absent ?? []).every((slug) => !slugs.includes(slug))
  );
};

/**
 * The relevance suite's 46 queries (test/search-directory.e2e-spec.ts) over its fixed directory, answered by the
 * API (Meilisearch) and by the PostgreSQL alternative built from the same documents, with the suite's pass rule.
 */
export async function relevance(env: ScaleEnvironment): Promise<string> {
  const admin = new Client({ connectionString: env.services.databaseUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS bench_relevance WITH (FORCE)');
  await admin.query('CREATE DATABASE bench_relevance');
  await admin.end();
  const url = new URL(env.services.databaseUrl);
  url.pathname = '/bench_relevance';
  const config = loadConfig({
    DATABASE_URL: url.toString(),
    MEILI_URL: env.services.meiliUrl,
    MEILI_API_KEY: env.services.meiliApiKey,
    SEARCH_INDEX_PREFIX: PREFIX,
    LOG_LEVEL: 'error',
    THROTTLE_LIMIT: '100000',
    OUTBOX_POLL_MS: '50',
  });
  const migrator = await new DataSource(databaseOptions(config.DATABASE_URL!, [], 2)).initialize();
  await runMigrations(migrator);
  await migrator.destroy();
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 2 });
  try {
    const headers = await staffHeaders(endpoint);
    for (const input of COMPANIES)
      await graphql(
        endpoint,
        'mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }',
        { input },
        headers,
      );
    for (const input of PEOPLE)
      await graphql(
        endpoint,
        'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
        { input },
        headers,
      );
    for (;;) {
      const [{ n }] = (await pool.query('SELECT count(*)::int AS n FROM search_outbox')).rows;
      if (n === 0) break;
      await sleep(100);
    }
    await sleep(1000);
    await buildPgFts(
      pool,
      new Meilisearch({ host: env.services.meiliUrl, apiKey: env.services.meiliApiKey }),
      PREFIX,
    );

    const failures: Record<'api' | 'pg', string[]> = { api: [], pg: [] };
    for (const relevanceCase of RELEVANCE_CASES) {
      const input = { first: 20, ...relevanceCase.input };
      const { search } = await graphql(
        endpoint,
        'query ($input: SearchInput!) { search(input: $input) { hits { slug } } }',
        { input },
      );
      const apiSlugs = (search.hits as { slug: string }[]).map((hit) => hit.slug);
      const pgSlugs = (await pgSearch(pool, input)).hits.map((hit) => hit.slug);
      const name =
        JSON.stringify(relevanceCase.input.query ?? '') +
        (Object.keys(relevanceCase.input).length > 1 ? ' (filtered)' : '');
      if (!passes(relevanceCase, apiSlugs)) failures.api.push(name);
      if (!passes(relevanceCase, pgSlugs)) failures.pg.push(name);
    }
    const total = RELEVANCE_CASES.length;
    const row = (name: string, failed: string[]) =>
      `| ${name} | ${total - failed.length} / ${total} | ${failed.length ? failed.join(', ') : '—'} |`;
    return [
      '## Relevance: the API beside the PostgreSQL alternative (issue 9)',
      '',
      `The relevance suite's ${total} cases (\`test/fixtures/relevance-directory.ts\`: the expected people or`,
      "companies must be in the top N, the absent ones nowhere in the first 20), on the suite's fixed directory;",
      'the PostgreSQL alternative is built from the same indexed documents (trade synonyms included).',
      '',
      '| Engine | Cases passed | Failed queries |',
      '| --- | --- | --- |',
      row('GraphQL `search` (Meilisearch)', failures.api),
      row('PostgreSQL full text (tsvector + unaccent + pg_trgm)', failures.pg),
    ].join('\n');
  } finally {
    await pool.end();
    await app.close();
  }
}
