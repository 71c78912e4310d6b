import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

/** Any constant shared by every replica: only one of them migrates at a time. */
const MIGRATION_LOCK = 727_110_001;

/** Runs pending migrations under a PostgreSQL advisory lock, so concurrent replicas never race. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/**
 * Opens a short-lived connection to `url`, runs the pending migrations and closes it: what the API's start, the
 * CLI, the test template and the benchmarks all do before anything else. Returns the names applied.
 */
export async function migrateDatabase(url: string): Promise<string[]> {
  const dataSource = await new DataSource(databaseOptions(url, [], 2)).initialize();
  try {
    return await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
