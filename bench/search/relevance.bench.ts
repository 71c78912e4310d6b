import { AppConfig, loadConfig, migrateDatabase } from '@crossroads/core';
import { SearchIndexes } from '@crossroads/search';
import { Meilisearch } from 'meilisearch';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { createApp } from '../../apps/api/src/create-app';
import { COMPANIES, PEOPLE, RELEVANCE_CASES } from '../../test/fixtures/relevance-directory';
import { GRADED_EXTRA_PEOPLE, GRADED_QUERIES, GradedQuery } from '../../test/fixtures/relevance-graded';
import { graphql, staffHeaders } from '../support/graphql';
import { meiliRequests } from './meili-requests';
import { buildPgFts, pgSearch } from './pg-fts';
import { mean, ndcg, reciprocalRank } from './relevance-metrics';
import { listenOnLoopback, servicesEnv, startThrowawayServices } from '../support/services';

const PREFIX = 'relevance_';
/**
 * Copies of the indexes with Meilisearch's default order, `proximity` before `attribute` (the API's order before
 * tuning), same documents: the "before" row of the ranking-rule change.
 */
const PROXIMITY_FIRST_PREFIX = 'relevanceprox_';
const PROXIMITY_FIRST_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

/** Rebuilds the proximity-first copies of every index from the API's indexes. */
async function copyProximityFirst(meili: Meilisearch): Promise<void> {
  const source = new SearchIndexes({ SEARCH_INDEX_PREFIX: PREFIX } as AppConfig);
  const target = new SearchIndexes({ SEARCH_INDEX_PREFIX: PROXIMITY_FIRST_PREFIX } as AppConfig);
  for (const definition of source.all) {
    const uid = target.uid(definition);
    await meili.deleteIndex(uid).waitTask();
    await meili.createIndex(uid, { primaryKey: 'id' }).waitTask();
    await meili
      .index(uid)
      .updateSettings({ ...definition.settings, rankingRules: PROXIMITY_FIRST_RULES })
      .waitTask();
    const { results } = await meili.index(source.uid(definition)).getDocuments({ limit: 10_000 });
    if (results.length) await meili.index(uid).addDocuments(results).waitTask();
  }
}

type Case = (typeof RELEVANCE_CASES)[number];
const passes = (relevance: Case, slugs: string[]) => {
  const top = slugs.slice(0, relevance.within ?? 3);
  return (
    relevance.expect.every((slug) => top.includes(slug)) &&
    (relevance.absent ?? []).every((slug) => !slugs.includes(slug))
  );
};

/** One way of answering a search input with ranked slugs. */
interface Engine {
  name: string;
  rank(input: Record<string, unknown>): Promise<string[]>;
}

interface Scored {
  engine: Engine;
  perQuery: { ndcg: number; rr: number; top: string[] }[];
  suiteFailures: string[];
}

const fixed = (value: number) => value.toFixed(3);

/**
 * Relevance of the API (Meilisearch) beside the PostgreSQL alternative on the relevance directory: graded queries
 * scored by rank (MRR, nDCG@10; test/fixtures/relevance-graded.ts), and the e2e suite's pass/fail cases. Raw
 * Meilisearch with other `matchingStrategy` values is scored too, to choose the API's.
 */
export async function relevance(): Promise<string> {
  const { dataDir, services } = await startThrowawayServices('crossroads-bench-relevance-');
  const config = loadConfig({
    ...servicesEnv(services),
    SEARCH_INDEX_PREFIX: PREFIX,
    LOG_LEVEL: 'error',
    THROTTLE_LIMIT: '100000',
    OUTBOX_POLL_MS: '50',
  });
  await migrateDatabase(config.databaseUrl);
  const app = await createApp(config);
  const endpoint = `${await listenOnLoopback(app)}/graphql`;
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 2 });
  const meili = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliApiKey });
  try {
    const headers = await staffHeaders(endpoint);
    for (const input of COMPANIES)
      await graphql(
        endpoint,
        'mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }',
        { input },
        headers,
      );
    const addPeople = async (people: object[]) => {
      for (const input of people)
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
      await meili.tasks.waitForTasks(
        (await meili.tasks.getTasks({ statuses: ['enqueued', 'processing'] })).results.map((t) => t.uid),
      );
      await buildPgFts(pool, meili, PREFIX);
      await copyProximityFirst(meili);
    };

    const rawMeili = (matchingStrategy: string, proximityFirst = false): Engine => ({
      name: `Meilisearch raw (the API's requests), \`matchingStrategy: ${matchingStrategy}\`${proximityFirst ? ', `proximity` before `attribute` (before tuning)' : ''}`,
      rank: async (input) => {
        const [request] = (await meiliRequests(
          [input],
          proximityFirst ? PROXIMITY_FIRST_PREFIX : PREFIX,
        )) as {
          queries: object[];
        }[];
        const response = (await meili.multiSearch({
          ...request,
          queries: request.queries.map((query) => ({ ...query, matchingStrategy })),
        } as never)) as unknown as { hits: { slug: string }[] };
        return response.hits.map((hit) => hit.slug);
      },
    });
    const api: Engine = {
      name: 'GraphQL `search` (Meilisearch, the API)',
      rank: async (input) => {
        const { search } = await graphql(
          endpoint,
          'query ($input: SearchInput!) { search(input: $input) { hits { slug } } }',
          { input },
        );
        return (search.hits as { slug: string }[]).map((hit) => hit.slug);
      },
    };
    const pg: Engine = {
      name: 'PostgreSQL full text (tsvector + unaccent + pg_trgm)',
      rank: async (input) => (await pgSearch(pool, input)).hits.map((hit) => hit.slug),
    };

    const engines = [
      api,
      pg,
      rawMeili('last'),
      rawMeili('frequency'),
      rawMeili('all'),
      rawMeili('last', true),
    ];
    // The e2e suite's cases on its own directory first, then the graded queries with the three extra people.
    await addPeople(PEOPLE);
    const suiteFailures: string[][] = [];
    for (const engine of engines) {
      const failed: string[] = [];
      for (const relevanceCase of RELEVANCE_CASES) {
        const ranked = await engine.rank({ first: 20, ...relevanceCase.input });
        if (!passes(relevanceCase, ranked))
          failed.push(
            JSON.stringify(relevanceCase.input.query ?? '') +
              (Object.keys(relevanceCase.input).length > 1 ? ' (filtered)' : ''),
          );
      }
      suiteFailures.push(failed);
    }
    await addPeople(GRADED_EXTRA_PEOPLE);
    const results: Scored[] = [];
    for (const [e, engine] of engines.entries()) {
      const perQuery = [];
      for (const graded of GRADED_QUERIES) {
        const ranked = await engine.rank({ first: 20, ...graded.input });
        perQuery.push({
          ndcg: ndcg(ranked, graded.grades),
          rr: reciprocalRank(ranked, graded.grades),
          top: ranked.slice(0, 3),
        });
      }
      results.push({ engine, perQuery, suiteFailures: suiteFailures[e] });
    }
    return report(results);
  } finally {
    await pool.end();
    await app.close();
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(results: Scored[]): string {
  const [api, pg] = results;
  const categories = [...new Set(GRADED_QUERIES.map((query) => query.category))];
  const inCategory = (scored: Scored, category: string) =>
    scored.perQuery.filter((_, i) => GRADED_QUERIES[i].category === category);
  const total = RELEVANCE_CASES.length;
  const rows = results.map(
    (scored) =>
      `| ${scored.engine.name} | ${fixed(mean(scored.perQuery.map((q) => q.rr)))} | ${fixed(mean(scored.perQuery.map((q) => q.ndcg)))} | ${`${total - scored.suiteFailures.length} / ${total}`} |`,
  );
  const categoryRows = categories.map(
    (category) =>
      `| ${category} | ${inCategory(api, category).length} | ${fixed(mean(inCategory(api, category).map((q) => q.ndcg)))} | ${fixed(mean(inCategory(pg, category).map((q) => q.ndcg)))} |`,
  );
  const text = (query: GradedQuery) => `\`${String(query.input.query)}\``;
  const differing = GRADED_QUERIES.map((query, i) => ({ query, a: api.perQuery[i], p: pg.perQuery[i] }))
    .filter(({ a, p }) => Math.abs(a.ndcg - p.ndcg) >= 0.01)
    .map(
      ({ query, a, p }) =>
        `| ${text(query)} | ${query.category} | ${fixed(a.ndcg)} | ${a.top.join(', ') || '—'} | ${fixed(p.ndcg)} | ${p.top.join(', ') || '—'} |`,
    );
  const suiteFailed = results
    .filter((scored) => scored.suiteFailures.length)
    .map((scored) => `${scored.engine.name} failed ${scored.suiteFailures.join(', ')}.`);
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  return [
    '## Relevance: the API beside the PostgreSQL alternative (issue 9)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench -- relevance\` (load average ${load}; relevance does not depend on it).`,
    `${GRADED_QUERIES.length} graded queries (\`test/fixtures/relevance-graded.ts\`: typos inside multi-word queries, prefixes as`,
    'typed, accent and case variants, word order, French and English titles mixed with a place, the trade itself before',
    'a bio mention), over the relevance directory plus two people (the directory has a producer whose bio mentions "monteuse" and',
    '"chef opérateur"; a sound editor and a second editor are added). Grades 3 / 2 / 1, unjudged hits 0. **MRR**: mean reciprocal',
    "rank of the first hit with the query's best grade (0 beyond 10); **nDCG@10** with gain 2^grade − 1. The",
    `last column is the e2e suite's ${total} pass/fail cases (\`test/fixtures/relevance-directory.ts\`, on its own directory). The PostgreSQL`,
    'alternative (`bench/search/pg-fts.ts`) indexes the same documents (trade synonyms included): weighted tsvector',
    'over unaccented text, the last word as a prefix (`:*`), each word not in its vocabulary widened to its closest',
    "vocabulary words by pg_trgm similarity (the PostgreSQL manual's spelling approach), and pg_trgm",
    'word similarity on names and trade names.',
    '',
    '| Engine | MRR | nDCG@10 | suite cases passed |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...(suiteFailed.length ? [suiteFailed.join(' '), ''] : []),
    'nDCG@10 by kind of query:',
    '',
    '| Kind | queries | API | PostgreSQL |',
    '| --- | --- | --- | --- |',
    ...categoryRows,
    '',
    differing.length
      ? 'Queries where the two differ (first three hits of each):'
      : 'The two engines score every graded query alike.',
    ...(differing.length
      ? [
          '',
          '| Query | kind | API nDCG | API top 3 | PostgreSQL nDCG | PostgreSQL top 3 |',
          '| --- | --- | --- | --- | --- | --- |',
          ...differing,
        ]
      : []),
  ].join('\n');
}
