import { AppConfig, loadConfig } from '@crossroads/core';
import { INestApplication } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { GraphQLClient } from './graphql-client';
import { databaseUrl, TEMPLATE_DATABASE, testServices } from './test-services';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  baseUrl: string;
  graphql: GraphQLClient;
  /** A direct connection to this test file's database, for arranging and asserting. */
  sql(query: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  meili: Meilisearch;
  /** The mail this app sent, caught by the run's maildev (oldest first; other test files' mail left out). */
  mailbox(): Promise<CaughtMail[]>;
  /** A caught mail's raw source (every header as sent). */
  mailSource(id: string): Promise<string>;
  close(): Promise<void>;
}

/** A mail as maildev's REST API gives it. */
export interface CaughtMail {
  id: string;
  subject: string;
  from: { address: string; name?: string }[];
  to: { address: string; name?: string }[];
  text: string;
  html: string;
  headers: Record<string, string>;
  date: string;
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** CREATE DATABASE … TEMPLATE fails while another clone of the same template is being made: retry briefly. */
async function cloneTemplate(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await withAdmin(adminUrl, (client) =>
        client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`),
      );
      return;
    } catch (error) {
      if (attempt >= 50 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await sleep(100 + Math.random() * 100);
    }
  }
}

/**
 * Boots the API for one test file against its own clone of the migrated template database and its own
 * index prefix in the shared Meilisearch, listening on a free port.
 */
export async function startTestApp(
  createApp: (config: AppConfig) => Promise<INestApplication>,
  env: NodeJS.ProcessEnv = {},
): Promise<TestApp> {
  const services = testServices();
  const name = `test_${randomBytes(5).toString('hex')}`;
  await cloneTemplate(services.adminUrl, name);
  const url = databaseUrl(services.adminUrl, name);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    MEILI_URL: services.meiliUrl,
    MEILI_API_KEY: services.meiliApiKey,
    MEILI_SEARCH_KEY: services.meiliSearchKey,
    SEARCH_INDEX_PREFIX: `${name}_`,
    LOG_LEVEL: 'fatal',
    OUTBOX_POLL_MS: '50',
    DATABASE_POOL_SIZE: '5',
    // Each test app sends from its own address, so its mailbox() reads only its mail from the shared catcher.
    ...(services.smtpUrl && { SMTP_URL: services.smtpUrl }),
    MAIL_FROM: `Crossroads <${name}@crossroads.test>`,
    NOTIFICATIONS_POLL_MS: '100',
    // The sender and the jobs run only where a spec asks (NOTIFICATIONS_SENDER: 'true'; jobs through runOnce):
    // elsewhere their polling would be statements a spec does not expect.
    NOTIFICATIONS_SENDER: 'false',
    NOTIFICATIONS_SCHEDULER: 'false',
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  const sqlClient = new Client({ connectionString: url });
  await sqlClient.connect();
  const meili = new Meilisearch({ host: config.MEILI_URL!, apiKey: config.MEILI_API_KEY });

  return {
    app,
    config,
    baseUrl,
    graphql: new GraphQLClient(`${baseUrl}/graphql`),
    meili,
    sql: async (query, params) => (await sqlClient.query(query, params)).rows,
    mailbox: async () => {
      if (!services.mailUrl) throw new Error('No mail catcher in this test run');
      const from = encodeURIComponent(`${name}@crossroads.test`);
      const response = await fetch(`${services.mailUrl}/api/email?from.address=${from}&sort=asc`);
      return (await response.json()) as CaughtMail[];
    },
    mailSource: async (id) => (await fetch(`${services.mailUrl}/api/email/${id}/source`)).text(),
    close: async () => {
      await app.close();
      await sqlClient.end();
      const { results } = await meili.getIndexes({ limit: 1000 });
      await Promise.all(
        results
          .filter((index) => index.uid.startsWith(name))
          .map((index) => meili.deleteIndex(index.uid).waitTask()),
      );
      await withAdmin(services.adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}
