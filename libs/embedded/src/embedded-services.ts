import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startEmbeddedMeilisearch } from './embedded-meilisearch';
import { startEmbeddedPostgres } from './embedded-postgres';
import { readLiveRuntime, removeRuntime, writeRuntime } from './runtime-file';
import { ensureScopedKeys } from './meilisearch-keys';
import { loadOrCreateSecrets } from './secrets-file';

export interface EmbeddedServicesOptions {
  dataDir: string;
  database?: string;
  meiliBinary?: string;
  /** Throwaway clusters (tests): PostgreSQL without fsync. */
  fast?: boolean;
}

export interface EmbeddedServices {
  databaseUrl: string;
  databaseAdminUrl: string;
  meiliUrl: string;
  /** Scoped: indexing (documents, indexes, settings, tasks); never the master key. */
  meiliApiKey: string;
  /** Scoped: search only. */
  meiliSearchKey: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL and Meilisearch under dataDir (pg/, meili/, bin/, logs/), reusing what an earlier start left.
 * If the second service fails, the first is stopped again: nothing is left running.
 */
export async function startEmbeddedServices(options: EmbeddedServicesOptions): Promise<EmbeddedServices> {
  const dataDir = resolve(options.dataDir);
  const logs = join(dataDir, 'logs');
  mkdirSync(logs, { recursive: true });
  const secrets = loadOrCreateSecrets(dataDir);

  const postgres = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'pg'),
    logFile: join(logs, 'postgres.log'),
    password: secrets.postgresPassword,
    database: options.database ?? 'crossroads',
    fast: options.fast,
  });
  try {
    const meili = await startEmbeddedMeilisearch({
      dataDir: join(dataDir, 'meili'),
      binDir: join(dataDir, 'bin'),
      logFile: join(logs, 'meilisearch.log'),
      masterKey: secrets.meiliMasterKey,
      binaryOverride: options.meiliBinary,
    });
    const keys = await ensureScopedKeys(meili.url, secrets.meiliMasterKey);
    const runtime = {
      pid: process.pid,
      databaseUrl: postgres.url,
      databaseAdminUrl: postgres.adminUrl,
      meiliUrl: meili.url,
      meiliApiKey: keys.indexingKey,
      meiliSearchKey: keys.searchKey,
    };
    writeRuntime(dataDir, runtime);
    return {
      ...runtime,
      stop: async () => {
        removeRuntime(dataDir);
        await Promise.allSettled([meili.stop(), postgres.stop()]);
      },
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}

/** The embedded services of a running `npm start` on this data dir, or freshly started ones. */
export async function useEmbeddedServices(options: EmbeddedServicesOptions): Promise<EmbeddedServices> {
  const running = readLiveRuntime(resolve(options.dataDir));
  if (running) return { ...running, stop: async () => undefined };
  return startEmbeddedServices(options);
}
