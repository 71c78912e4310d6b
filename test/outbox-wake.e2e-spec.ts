import { startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

const LISTENER = `SELECT pid FROM pg_stat_activity
  WHERE application_name = 'crossroads-outbox-listener' AND datname = current_database()`;

/** The relay is woken by the outbox trigger's NOTIFY, and keeps relaying by polling when the listener is lost. */
describe('search outbox wake-up', () => {
  const siteNames = async (t: TestApp) => {
    const page = await t.meili
      .index(`${t.config.SEARCH_INDEX_PREFIX}sites`)
      .getDocuments({ limit: 100 })
      .catch(() => ({ results: [] }));
    return page.results.map((document) => document.name as string);
  };
  const rename = (t: TestApp, slug: string, name: string) =>
    t.sql(
      `WITH s AS (UPDATE site SET name = $2, updated_at = now() WHERE slug = $1 RETURNING id)
       INSERT INTO search_outbox (document_type, document_id) SELECT 'site', id FROM s`,
      [slug, name],
    );
  const pending = async (t: TestApp) => Number((await t.sql('SELECT count(*) AS n FROM search_outbox'))[0].n);

  describe('with polling every minute', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(createApp, { OUTBOX_POLL_MS: '60000' });
      await waitFor(async () => (await siteNames(t)).length === 3, 30_000);
      await waitFor(async () => (await t.sql(LISTENER)).length === 1);
    });
    afterAll(() => t?.close());

    it('relays a committed row on its NOTIFY, long before the next poll', async () => {
      await rename(t, 'plaine-images', 'Plaine Images Réveil');
      await waitFor(async () => (await siteNames(t)).includes('Plaine Images Réveil'));
      await waitFor(async () => (await pending(t)) === 0);
    });
  });

  describe('when the listening connection is lost', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(createApp, { OUTBOX_POLL_MS: '200' });
      await waitFor(async () => (await siteNames(t)).length === 3, 30_000);
      await waitFor(async () => (await t.sql(LISTENER)).length === 1);
    });
    afterAll(() => t?.close());

    it('still relays by polling, then listens again', async () => {
      const [{ pid }] = await t.sql(LISTENER);
      await t.sql('SELECT pg_terminate_backend($1)', [pid]);
      await rename(t, 'serre-numerique', 'Serre Numérique Sondage');
      await waitFor(async () => (await siteNames(t)).includes('Serre Numérique Sondage'));
      await waitFor(async () => (await pending(t)) === 0);
      const [again] = await waitFor(async () => {
        const rows = await t.sql(LISTENER);
        return rows.length === 1 && rows[0].pid !== pid ? rows : undefined;
      }, 20_000);
      expect(again.pid).not.toBe(pid);
    });
  });
});
