import { loadConfig } from '@crossroads/core';
import { ReconcileService } from '@crossroads/search';
import { startTestApp, TestApp } from '@crossroads/testing';
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../apps/cli/src/cli.module';
import { createApp } from '../apps/api/src/create-app';

/**
 * The CLI (and the benchmarks) boot the domain modules without an HTTP server and without JWT_SECRET: they never
 * sign or verify a token, and there is no default secret any more. Booting must not need one.
 */
describe('CLI application context', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp, { OUTBOX_RELAY: 'false' })));
  afterAll(() => t.close());

  it('boots without a JWT secret and runs a command', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: t.config.DATABASE_URL,
      MEILI_URL: t.config.MEILI_URL,
      MEILI_API_KEY: t.config.MEILI_API_KEY,
      MEILI_SEARCH_KEY: t.config.MEILI_SEARCH_KEY,
      SEARCH_INDEX_PREFIX: t.config.SEARCH_INDEX_PREFIX,
      OUTBOX_RELAY: 'false',
      LOG_LEVEL: 'fatal',
    });
    expect(config.JWT_SECRET).toBeUndefined();
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: false });
    try {
      const reports = await context.get(ReconcileService).reconcileAll();
      expect(reports.length).toBeGreaterThanOrEqual(6);
    } finally {
      await context.close();
    }
  });
});
