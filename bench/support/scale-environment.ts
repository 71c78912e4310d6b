import { AppConfig, loadConfig, migrateDatabase } from '@crossroads/core';
import { EmbeddedServices } from '@crossroads/embedded';
import { seedDemoCoproduction } from '@crossroads/coproduction/demo';
import { DEMO_SEED, seedDemoDirectory } from '@crossroads/directory/demo';
import { ReindexReport, ReindexService } from '@crossroads/search';
import { NestFactory } from '@nestjs/core';
import { rmSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { CliModule } from '../../apps/cli/src/cli.module';
import { loadAverage } from '../machine';
import { servicesEnv, startThrowawayServices } from './services';

/** Scale 15 of the demo seeder by default (97,500 professionals and students, 6,000 companies); `--scale` sets it. */
export const benchScale = () => Number(process.env.BENCH_SCALE ?? 15);

/** The load average before and after a timed step: on a shared machine it qualifies the figure. */
export interface LoadSpan {
  loadBefore: string;
  loadAfter: string;
}

export interface ScaleEnvironment {
  /** The throwaway directory (pg/, meili/, logs/), removed by close(). */
  dataDir: string;
  services: EmbeddedServices;
  config: AppConfig;
  seeded: { people: number; companies: number; seconds: number } & LoadSpan;
  /** The reindex that built the searchable indexes from PostgreSQL after seeding. */
  reindex: { reports: ReindexReport[]; seconds: number } & LoadSpan;
  close(): Promise<void>;
}

/**
 * Embedded PostgreSQL and Meilisearch in a throwaway directory, migrated, seeded at benchScale() (with the co-production demo), and indexed by a
 * full reindex (timed: the reindex benchmark reports it).
 */
export async function startScaleEnvironment(): Promise<ScaleEnvironment> {
  const { dataDir, services } = await startThrowawayServices('crossroads-bench-scale-');
  const config = loadConfig({
    ...servicesEnv(services),
    LOG_LEVEL: 'error',
    OUTBOX_RELAY: 'false',
  });
  try {
    await migrateDatabase(config.databaseUrl);
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
      logger: ['error'],
    });
    try {
      const dataSource = context.get(DataSource);
      let loadBefore = loadAverage();
      let started = performance.now();
      const result = await seedDemoDirectory(dataSource, { scale: benchScale(), seed: DEMO_SEED });
      // Demo projects and co-production profiles, for partner matching in the mixed load.
      await seedDemoCoproduction(dataSource, { seed: DEMO_SEED });
      const seeded = {
        people: result.people,
        companies: result.companies,
        seconds: (performance.now() - started) / 1000,
        loadBefore,
        loadAfter: loadAverage(),
      };
      console.log(`bench: seeded ${seeded.people} people in ${seeded.seconds.toFixed(0)} s, reindexing…`);
      // The reindex below builds every document; the seeder's outbox rows would only repeat the work.
      await dataSource.query('TRUNCATE search_outbox');
      // Statistics for the planner, as docs/DEPLOYMENT.md asks after a bulk load (autovacuum may not have run yet).
      await dataSource.query('ANALYZE');
      loadBefore = loadAverage();
      started = performance.now();
      const reports = await context.get(ReindexService).reindexAll();
      const reindex = {
        reports,
        seconds: (performance.now() - started) / 1000,
        loadBefore,
        loadAfter: loadAverage(),
      };
      await dataSource.query('TRUNCATE search_outbox');
      console.log(
        `bench: seeded ${seeded.people} people in ${seeded.seconds.toFixed(0)} s, reindexed in ${reindex.seconds.toFixed(0)} s`,
      );
      return {
        dataDir,
        services,
        config,
        seeded,
        reindex,
        close: async () => {
          await services.stop();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    } finally {
      await context.close();
    }
  } catch (error) {
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
