import { Meilisearch } from 'meilisearch';
import { waitForTask } from '@crossroads/search';
import { loadAverage } from './machine';
import type { ScaleEnvironment } from './support/scale-environment';

const BATCH = 5_000;
/** Documents fetched back from the index, one request per page. */
const PAGE = 2_000;

/**
 * A POST on a keep-alive connection Meilisearch has just closed fails with EPIPE (fetch retries only idempotent
 * requests): send again, a few times.
 */
async function send<T>(request: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

export async function ingest(
  meili: Meilisearch,
  uid: string,
  settings: object,
  documents: object[],
  pipelined: boolean,
) {
  await meili
    .deleteIndex(uid)
    .waitTask()
    .catch(() => undefined);
  await meili.createIndex(uid, { primaryKey: 'id' }).waitTask();
  await meili.index(uid).updateSettings(settings).waitTask({ timeout: 120_000 });
  const started = performance.now();
  const tasks = [];
  for (let i = 0; i < documents.length; i += BATCH) {
    const task = await send(() => meili.index(uid).addDocuments(documents.slice(i, i + BATCH)));
    if (pipelined) tasks.push(task);
    else await waitForTask(meili, task, { timeout: 600_000, interval: 50 });
  }
  for (const task of tasks) await waitForTask(meili, task, { timeout: 600_000, interval: 50 });
  const seconds = (performance.now() - started) / 1000;
  await meili.deleteIndex(uid).waitTask();
  return seconds;
}

/**
 * Full reindex (PostgreSQL → documents → a fresh index, swapped in) beside raw Meilisearch ingestion of the very
 * same people documents with the same settings, all batches enqueued at once (and, with BENCH_REINDEX_SERIAL=1,
 * one 5,000-document batch at a time).
 */
export async function reindexThroughput(env: ScaleEnvironment): Promise<string> {
  const meili = new Meilisearch({ host: env.services.meiliUrl, apiKey: env.services.meiliApiKey });
  const people = env.reindex.reports.find((report) => report.index === 'people')!;
  const documents: object[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await meili.index('people').getDocuments({ offset, limit: PAGE });
    if (page.results.length === 0) break;
    documents.push(...page.results);
  }
  const settings = await meili.index('people').getSettings();
  // One batch at a time (the reindex before tuning: 231 documents/s against 466 pipelined, docs/BENCHMARKS.md)
  // only with BENCH_REINDEX_SERIAL=1: it is the longest step of a full run.
  const serial = process.env.BENCH_REINDEX_SERIAL
    ? await ingest(meili, 'bench_raw_people', settings, documents, false)
    : null;
  const pipelined = await ingest(meili, 'bench_raw_people', settings, documents, true);
  const rate = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString('en');
  const all = env.reindex.reports.reduce((sum, report) => sum + report.documents, 0);
  return [
    '## Full reindex throughput beside raw Meilisearch ingestion (issue 9)',
    '',
    `\`ReindexService.reindexAll()\` right after seeding (every index built afresh from PostgreSQL, swapped in,`,
    'then reconciled), and the same people documents sent straight to Meilisearch with the same settings.',
    `Load average at the end: ${loadAverage()}.`,
    '',
    '| Run | Documents | Seconds | Documents/s |',
    '| --- | --- | --- | --- |',
    `| Reindex, all indexes (SQL, documents, indexing, swap, reconcile) | ${all.toLocaleString('en')} | ${env.reindex.seconds.toFixed(1)} | ${rate(all, env.reindex.seconds)} |`,
    `| Reindex, people index | ${people.documents.toLocaleString('en')} | ${(people.milliseconds / 1000).toFixed(1)} | ${rate(people.documents, people.milliseconds / 1000)} |`,
    ...(serial === null
      ? []
      : [
          `| Raw Meilisearch, people, one batch at a time | ${documents.length.toLocaleString('en')} | ${serial.toFixed(1)} | ${rate(documents.length, serial)} |`,
        ]),
    `| Raw Meilisearch, people, all batches enqueued | ${documents.length.toLocaleString('en')} | ${pipelined.toFixed(1)} | ${rate(documents.length, pipelined)} |`,
  ].join('\n');
}
