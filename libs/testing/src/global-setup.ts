// Imports are relative (not @crossroads/*): jest loads the global setup outside its module mapper.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrateDatabase } from '../../core/src/database/run-migrations';
import { startEmbeddedMaildev } from '../../embedded/src/embedded-maildev';
import { startEmbeddedServices } from '../../embedded/src/embedded-services';
import { databaseUrl, publishTestServices, TEMPLATE_DATABASE, TestServices } from './test-services';

export interface GlobalTestState {
  stop?: () => Promise<void>;
  dataDir?: string;
}

declare global {
  var __CROSSROADS_TEST__: GlobalTestState | undefined;
}

async function startServices(): Promise<TestServices> {
  const external = process.env.TEST_DATABASE_URL;
  const externalMeili = process.env.TEST_MEILI_URL;
  if (external && externalMeili) {
    globalThis.__CROSSROADS_TEST__ = {};
    const key = process.env.TEST_MEILI_KEY ?? '';
    return { adminUrl: external, meiliUrl: externalMeili, meiliApiKey: key, meiliSearchKey: key };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'crossroads-test-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as the postgres user when the tests run as root
  const services = await startEmbeddedServices({ dataDir, database: 'postgres', fast: true });
  const mail = await startEmbeddedMaildev({
    mailDir: join(dataDir, 'mail'),
    logFile: join(dataDir, 'logs', 'maildev.log'),
    preferredWebPort: 0,
  }).catch(async (error: unknown) => {
    await services.stop();
    throw error;
  });
  globalThis.__CROSSROADS_TEST__ = {
    stop: async () => {
      await Promise.allSettled([mail.stop(), services.stop()]);
    },
    dataDir,
  };
  return {
    adminUrl: services.databaseAdminUrl,
    meiliUrl: services.meiliUrl,
    meiliApiKey: services.meiliApiKey,
    meiliSearchKey: services.meiliSearchKey,
    smtpUrl: mail.smtpUrl,
    mailUrl: mail.inboxUrl,
  };
}

/** Migrates a template database once; each test file clones it (see test-app.ts). */
async function createTemplate(adminUrl: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  await migrateDatabase(databaseUrl(adminUrl, TEMPLATE_DATABASE));
}

function servicesStarted(): boolean {
  return globalThis.__CROSSROADS_TEST__ !== undefined;
}

export default async function globalSetup(): Promise<void> {
  // The e2e and browser projects share one set of services: the second setup of a run finds them started.
  if (servicesStarted()) return;
  const services = await startServices();
  try {
    await createTemplate(services.adminUrl);
  } catch (error) {
    await globalThis.__CROSSROADS_TEST__?.stop?.();
    throw error;
  }
  publishTestServices(services);
}
