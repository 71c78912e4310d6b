import {
  AppConfig,
  ConfigError,
  isConnectionClosedByPostgres,
  loadConfig,
  migrateDatabase,
} from '@crossroads/core';
import {
  EmbeddedServiceError,
  EmbeddedServices,
  leaveStopSignalsToCaller,
  loadOrCreateSecrets,
  startEmbeddedServices,
} from '@crossroads/embedded';
import { createServer, isIP } from 'node:net';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { Logger } from '@nestjs/common';
import { closeApp } from './close-app';
import { createApp } from './create-app';
import { startBanner } from './start-banner';

function fail(message: string): never {
  process.stderr.write(`crossroads: ${message}\n`);
  process.exit(1);
}

const portInUse = (config: AppConfig) =>
  new EmbeddedServiceError(
    `Port ${config.PORT} on ${config.HOST} is already in use (another "npm start"?): stop it or set PORT to another one`,
  );

/**
 * Whether HOST:PORT is taken now: asked before the embedded services start (tens of seconds on a first start), so a
 * taken port is told at once. listen() still catches a port taken in between.
 */
function isPortTaken(config: AppConfig): Promise<boolean> {
  if (config.PORT === 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    server.listen(config.PORT, config.HOST, () => server.close(() => resolve(false)));
  });
}

async function listen(app: NestExpressApplication, config: AppConfig): Promise<void> {
  try {
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw portInUse(config);
    throw error;
  }
}

type CoproductionDemo = typeof import('@crossroads/coproduction/demo');
type PersonasDemo = typeof import('../../../libs/delegations/src/demo');

/**
 * Demo data on first start (never in production): seeded while the API already answers, so the sites and search
 * work at once and people appear as their batches commit. Faker is loaded only here. Each lib seeds its own part,
 * in dependency order (co-production reads the demo companies and people).
 */
async function seedDemoData(app: NestExpressApplication): Promise<void> {
  const logger = new Logger('DemoData');
  // Relative requires, not the aliases: they must stay lazy (faker is heavy) and Nest's build rewrites aliases only
  // in static imports. The paths hold both for the sources and for dist/.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const demo = require('../../../libs/coproduction/src/demo') as CoproductionDemo;
  const personas = require('../../../libs/delegations/src/demo') as PersonasDemo;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const started = Date.now();
  const dataSource = app.get(DataSource);
  // DEMO_SEED, the one `npm run cli -- seed` uses too, so both give the same demo directory.
  const { directory: result, coproduction: projects } = await demo.seedDemo(dataSource);
  // Personas last: they are demo people too, and the directory seeder stops when it finds any.
  await personas.seedDemoPersonas(dataSource, app.get(AppConfig).DEMO_PASSWORD);
  if (result.people > 0 || projects.projects > 0) {
    logger.log(
      `Demo data seeded in ${Date.now() - started} ms: ${result.people} people, ${result.companies} companies, ${projects.projects} projects, ${projects.profiles} co-production profiles; search indexes fill in the background`,
    );
  }
}

/** The block the start ends with: URLs, the mail inbox when mail is set up, the demo personas. */
function bannerOf(config: AppConfig): string {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}`;
  const mailInboxUrl = config.MAIL_INBOX_URL ?? null;
  /* eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, like the seeders */
  const { DEMO_PERSONAS } = require('../../../libs/delegations/src/demo') as PersonasDemo;
  return startBanner({
    webUrl: `${base}/`,
    graphqlUrl: `${base}/graphql`,
    mailInboxUrl,
    personas: config.seedsDemoData ? DEMO_PERSONAS : [],
    password: config.DEMO_PASSWORD,
  });
}

/** Whether HOST only accepts connections from this machine. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || (isIP(host) === 4 && host.startsWith('127.')) || host === '::1';
}

/**
 * Outside production a secret nobody gave is generated on the first start into DATA_DIR/secrets.json; such a
 * machine-local setup must not face a network, so it only listens on loopback unless JWT_SECRET is given.
 */
function ensureJwtSecret(config: AppConfig): void {
  if (config.JWT_SECRET) return;
  if (!isLoopback(config.HOST)) {
    throw new ConfigError(
      `HOST=${config.HOST} is not a loopback address: set JWT_SECRET (openssl rand -base64 48) before listening on a network`,
    );
  }
  config.JWT_SECRET = loadOrCreateSecrets(config.DATA_DIR).jwtSecret;
}

async function main(): Promise<void> {
  const config = loadConfig();
  ensureJwtSecret(config);
  let services: EmbeddedServices | undefined;
  let app: NestExpressApplication | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    // A second signal: stop waiting. The services' exit hooks still signal PostgreSQL, Meilisearch and maildev.
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write(`crossroads: ${signal} received, stopping\n`);
    // A terminal's Ctrl-C reaches PostgreSQL too, which may close a connection before the app has: expected now.
    process.on('uncaughtException', (error) => {
      if (!isConnectionClosedByPostgres(error)) fail(`stopped on an error: ${error.message}`);
    });
    if (app) await closeApp(app).catch(() => undefined);
    await services?.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => void shutdown(signal));

  try {
    if (await isPortTaken(config)) throw portInUse(config);
    if (config.usesEmbeddedServices) {
      process.stderr.write(
        `crossroads: starting embedded PostgreSQL and Meilisearch in ${config.DATA_DIR}\n`,
      );
      services = await startEmbeddedServices({
        dataDir: config.DATA_DIR,
        meiliBinary: config.MEILI_BINARY,
        mail: !config.SMTP_URL && config.NOTIFICATIONS_EMAIL,
        mailInboxPort: config.MAIL_INBOX_PORT,
      });
      leaveStopSignalsToCaller();
      config.DATABASE_URL = services.databaseUrl;
      config.SMTP_URL ??= services.smtpUrl;
      config.MAIL_INBOX_URL ??= services.mailInboxUrl;
      config.MEILI_URL = services.meiliUrl;
      config.MEILI_API_KEY = services.meiliApiKey;
      config.MEILI_SEARCH_KEY = services.meiliSearchKey;
    }
    await migrateDatabase(config.databaseUrl);
    app = await createApp(config);
    await listen(app, config);
    process.stderr.write(`crossroads: GraphQL at http://${config.HOST}:${config.PORT}/graphql\n`);
    if (config.MAIL_INBOX_URL) process.stderr.write(`crossroads: mail inbox at ${config.MAIL_INBOX_URL}\n`);
    const banner = () => process.stderr.write(bannerOf(config));
    if (config.seedsDemoData) {
      // The banner comes last, once the personas it lists can sign in.
      seedDemoData(app).then(
        () => stopping || banner(),
        (error: Error) => {
          // Stopped while seeding (a terminal's Ctrl-C reaches PostgreSQL first): not an error to report.
          if (stopping || isConnectionClosedByPostgres(error)) return;
          process.stderr.write(`crossroads: demo data not seeded: ${error.message}\n`);
          banner();
        },
      );
    } else banner();
  } catch (error) {
    // Stopping already (a signal during the start): the stop closes everything and sets the exit code.
    if (stopping) return;
    if (app) await closeApp(app).catch(() => undefined);
    await services?.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedServiceError) fail(error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND')
    fail(`cannot reach a service: ${(error as Error).message}`);
  fail(`start failed: ${error instanceof Error ? error.message : String(error)}`);
});
