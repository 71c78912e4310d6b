import { seedDemoDirectory } from '@crossroads/directory/demo';
import { ApiProcess, startApiProcess, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { CONSISTENT, peopleConsistency } from './index-consistency';

/**
 * The API as a separate process, killed with SIGKILL while its relay works through a busy outbox (the demo
 * directory's 6,900 people); a new process must take the claimed rows back and finish.
 */
describe('API killed while relaying', () => {
  let t: TestApp;
  let api: ApiProcess | undefined;

  const env = () => ({
    DATABASE_URL: t.config.databaseUrl,
    MEILI_URL: t.config.MEILI_URL!,
    MEILI_API_KEY: t.config.MEILI_API_KEY ?? '',
    SEARCH_INDEX_PREFIX: t.config.SEARCH_INDEX_PREFIX,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'fatal',
    OUTBOX_POLL_MS: '50',
    DATABASE_POOL_SIZE: '4',
  });
  const pending = async () => Number((await t.sql('SELECT count(*)::int AS n FROM search_outbox'))[0].n);

  beforeAll(async () => {
    // This in-process app only arranges and cleans up: its relay is off.
    t = await startTestApp(createApp, { OUTBOX_RELAY: 'false' });
    await seedDemoDirectory(t.app.get(DataSource), { scale: 1, seed: 7 });
  }, 300_000);

  afterAll(async () => {
    await api?.stop();
    await t?.close();
  });

  it('resumes from a new process: nothing lost, nothing left in the outbox', async () => {
    const queued = await pending();
    expect(queued).toBeGreaterThan(5_000);

    api = await startApiProcess(env());
    // Killed mid-way: some rows relayed, many still queued (and one batch, perhaps, claimed and in flight).
    await waitFor(async () => (await pending()) < queued - 500, 120_000, 20);
    await api.kill();
    expect(await pending()).toBeGreaterThan(0);

    api = await startApiProcess(env());
    const index = `${t.config.SEARCH_INDEX_PREFIX}people`;
    await waitFor(
      async () => {
        const state = await peopleConsistency(t.sql, t.meili, index).catch(() => undefined);
        return state && JSON.stringify(state) === JSON.stringify(CONSISTENT) ? state : undefined;
      },
      180_000,
      500,
    );
  }, 600_000);
});
