import { INestApplication } from '@nestjs/common';
import { EmbeddedServices, startEmbeddedServices } from '@crossroads/embedded';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Embedded PostgreSQL and Meilisearch in a fresh directory under the system's temporary one (`prefix` names it);
 * the caller stops the services and removes `dataDir`.
 */
export async function startThrowawayServices(
  prefix: string,
): Promise<{ dataDir: string; services: EmbeddedServices }> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as the postgres user when the benchmarks run as root
  return { dataDir, services: await startEmbeddedServices({ dataDir }) };
}

/** The environment that points the platform at `services`. */
export function servicesEnv(services: EmbeddedServices) {
  return {
    DATABASE_URL: services.databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_API_KEY: services.meiliApiKey,
  };
}

/** Starts `app` on a free loopback port; returns its base URL. */
export async function listenOnLoopback(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
}
