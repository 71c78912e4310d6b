import { loadConfig, migrateDatabase } from '@crossroads/core';
import { DEMO_SEED, seedDemoDirectory } from '@crossroads/directory/demo';
import { startApiProcess } from '@crossroads/testing';
import { NestFactory } from '@nestjs/core';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { CliModule } from '../apps/cli/src/cli.module';
import { Meilisearch } from 'meilisearch';
import { loadAverage } from './machine';
import { ingest } from './reindex-throughput.bench';
import { servicesEnv, startThrowawayServices } from './support/services';

/** The seed scale of this benchmark: 15 (about 100,000 documents) by default, BENCH_RELAY_SCALE to change. */
const scale = () => Number(process.env.BENCH_RELAY_SCALE ?? process.env.BENCH_SCALE ?? 15);

/**
 * Bulk write → searchable through the live relay (issue 18, target 3: ≤ 60 s for 100,000 documents): the API runs
 * with its relay while the demo seeder writes in bulk (its outbox rows commit with each batch); timed from the
 * seeder's last commit until the outbox is empty, i.e. every document has been indexed by Meilisearch.
 */
export async function bulkRelay(): Promise<string> {
  const { dataDir, services } = await startThrowawayServices('crossroads-bench-relay-');
  try {
    const env = {
      ...servicesEnv(services),
    };
    await migrateDatabase(env.DATABASE_URL);
    const api = await startApiProcess({
      ...env,
      DATA_DIR: join(dataDir, 'api'),
      DEMO_DATA: 'false',
      ...(process.env.OUTBOX_RELAY_WORKERS && { OUTBOX_RELAY_WORKERS: process.env.OUTBOX_RELAY_WORKERS }),
    });
    const context = await NestFactory.createApplicationContext(
      CliModule.forRoot(loadConfig({ ...env, LOG_LEVEL: 'error', OUTBOX_RELAY: 'false' })),
      { logger: ['error'] },
    );
    try {
      const dataSource = context.get(DataSource);
      const loadBefore = loadAverage();
      const started = performance.now();
      const seeded = await seedDemoDirectory(dataSource, { scale: scale(), seed: DEMO_SEED });
      const committed = performance.now();
      const backlogAtCommit = await pending(dataSource);
      for (;;) {
        const left = await pending(dataSource);
        if (left === 0) break;
        if (performance.now() - committed > 900_000)
          throw new Error(`the relay still has ${left} rows after 15 min`);
        await sleep(100);
      }
      const drained = performance.now();
      const [{ documents }] = (await dataSource.query(
        `SELECT (SELECT count(*) FROM person WHERE consent_directory) + (SELECT count(*) FROM company)
                + (SELECT count(*) FROM school) AS documents`,
      )) as { documents: string }[];
      // Raw Meilisearch ingestion of the very same people documents with the same settings, all batches enqueued
      // at once, right after (same machine, same minute): the relay's rate beside what Meilisearch can take.
      const meili = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliApiKey });
      const people: object[] = [];
      for (let offset = 0; ; offset += 2_000) {
        const page = await meili.index('people').getDocuments({ offset, limit: 2_000 });
        if (page.results.length === 0) break;
        people.push(...page.results);
      }
      const rawSeconds = await ingest(
        meili,
        'bench_raw_people',
        await meili.index('people').getSettings(),
        people,
        true,
      );
      const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
      const total = Number(documents);
      return [
        '## Bulk write → searchable through the live relay (issue 18)',
        '',
        `\`seedDemoDirectory\` at scale ${scale()} (${seeded.people.toLocaleString('en')} people, ${seeded.companies.toLocaleString('en')}`,
        `companies; ${total.toLocaleString('en')} documents) written while the API (its own process, relay on,`,
        'LISTEN/NOTIFY) runs; each seeder batch commits its outbox rows with its data. Timed until the outbox is empty:',
        'a row is deleted only once Meilisearch has applied its document.',
        '',
        '| Seeding (all commits) | Outbox rows left at the last commit | Last commit → searchable | First write → searchable | Documents/s relayed overall |',
        '| --- | --- | --- | --- | --- |',
        `| ${seconds(committed - started)} | ${backlogAtCommit.toLocaleString('en')} | ${seconds(drained - committed)} | ${seconds(drained - started)} | ${Math.round(total / ((drained - started) / 1000)).toLocaleString('en')} |`,
        '',
        `Raw Meilisearch, right after: the same ${people.length.toLocaleString('en')} people documents into a fresh index with the same`,
        `settings, all batches enqueued at once: ${rawSeconds.toFixed(1)} s (${Math.round(people.length / rawSeconds).toLocaleString('en')} documents/s);`,
        `the relay's overall rate is ${(total / ((drained - started) / 1000) / (people.length / rawSeconds)).toFixed(2)}× that.`,
        '',
        `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loadBefore} before, ${loadAverage()} after; API RSS ${api.rssMiB()} MiB after.`,
      ].join('\n');
    } finally {
      await context.close();
      await api.stop();
    }
  } finally {
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function pending(dataSource: DataSource): Promise<number> {
  const [{ n }] = (await dataSource.query('SELECT count(*)::int AS n FROM search_outbox')) as { n: number }[];
  return n;
}
