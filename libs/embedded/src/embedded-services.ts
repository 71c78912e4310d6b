import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { maildevEntry, startEmbeddedMaildev } from './embedded-maildev';
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
  /** Also start the local mail catcher (npm start). */
  mail?: boolean;
  /** The mail catcher's web inbox port when free (1080 by default), 0 for any free port. */
  mailInboxPort?: number;
}

export interface EmbeddedServices {
  databaseUrl: string;
  databaseAdminUrl: string;
  meiliUrl: string;
  /** Scoped: indexing (documents, indexes, settings, tasks); never the master key. */
  meiliApiKey: string;
  /** Scoped: search only. */
  meiliSearchKey: string;
  /** The local mail catcher's SMTP server and web inbox, when `mail` was asked and maildev is installed. */
  smtpUrl?: string;
  mailInboxUrl?: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL and Meilisearch (and with `mail`, the mail catcher) under dataDir (pg/, meili/, bin/, mail/,
 * logs/), reusing what an earlier start left. If a later service fails, the earlier ones are stopped again:
 * nothing is left running.
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
  let meiliStop: (() => Promise<void>) | undefined;
  try {
    const meili = await startEmbeddedMeilisearch({
      dataDir: join(dataDir, 'meili'),
      binDir: join(dataDir, 'bin'),
      logFile: join(logs, 'meilisearch.log'),
      masterKey: secrets.meiliMasterKey,
      binaryOverride: options.meiliBinary,
    });
    meiliStop = meili.stop;
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
    const maildev =
      options.mail && maildevEntry()
        ? await startEmbeddedMaildev({
            mailDir: join(dataDir, 'mail'),
            logFile: join(logs, 'maildev.log'),
            preferredWebPort: options.mailInboxPort,
          })
        : undefined;
    return {
      ...runtime,
      smtpUrl: maildev?.smtpUrl,
      mailInboxUrl: maildev?.inboxUrl,
      stop: async () => {
        removeRuntime(dataDir);
        await Promise.allSettled([meili.stop(), postgres.stop(), maildev?.stop()]);
      },
    };
  } catch (error) {
    removeRuntime(dataDir);
    await Promise.allSettled([meiliStop?.(), postgres.stop()]);
    throw error;
  }
}

/** The embedded services of a running `npm start` on this data dir, or freshly started ones. */
export async function useEmbeddedServices(options: EmbeddedServicesOptions): Promise<EmbeddedServices> {
  const running = readLiveRuntime(resolve(options.dataDir));
  if (running) return { ...running, stop: async () => undefined };
  return startEmbeddedServices(options);
}
