import { startEmbeddedMeilisearch, RunningMeilisearch } from '@crossroads/embedded';
import { OutboxRelay, RELAY_LANE_LOCK_SPACE, RELAY_LANES } from '@crossroads/search';
import { startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../apps/api/src/create-app';

/**
 * This file runs its own Meilisearch (not the shared one) so it can stop and restart it without disturbing
 * the other test files.
 */
describe('search outbox', () => {
  let dir: string;
  let meili: RunningMeilisearch;
  let port: number;
  let t: TestApp;

  const startMeili = async () =>
    startEmbeddedMeilisearch({
      dataDir: join(dir, 'meili'),
      binDir: join(dir, 'bin'),
      logFile: join(dir, 'meili.log'),
      masterKey: 'outbox-test-master-key-0123456789',
      port,
    });

  const indexedNames = async () => {
    const index = t.meili.index(`${t.config.SEARCH_INDEX_PREFIX}sites`);
    const page = await index.getDocuments({ limit: 100 }).catch(() => ({ results: [] }));
    return page.results.map((document) => document.name as string).sort();
  };
  const pending = async () => Number((await t.sql('SELECT count(*) AS n FROM search_outbox'))[0].n);
  /** Renames a site and enqueues its document, as a write through the API would. */
  const renameSite = async (slug: string, name: string) => {
    await t.sql(`UPDATE site SET name = $2, updated_at = now() WHERE slug = $1`, [slug, name]);
    await t.sql(
      `INSERT INTO search_outbox (document_type, document_id) SELECT 'site', id FROM site WHERE slug = $1`,
      [slug],
    );
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crossroads-outbox-'));
    meili = await startMeili();
    port = Number(new URL(meili.url).port);
    t = await startTestApp(createApp, { MEILI_URL: meili.url, MEILI_API_KEY: meili.apiKey });
    await waitFor(async () => (await indexedNames()).length === 3);
  });

  afterAll(async () => {
    await t?.close();
    await meili?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes outbox rows in the same transaction as the change, and they reach the index', async () => {
    await t.sql(`BEGIN`);
    await renameSite('plaine-images', 'Plaine Images Tourcoing');
    await t.sql(`COMMIT`);
    await waitFor(async () => (await indexedNames()).includes('Plaine Images Tourcoing'));
    await waitFor(async () => (await pending()) === 0);
  });

  it('deletes the document of a row that no longer exists', async () => {
    const [row] = await t.sql(`SELECT id FROM site WHERE slug = 'arenberg-creative-mine'`);
    await t.sql(`DELETE FROM site WHERE id = $1`, [row.id]);
    await t.sql(`INSERT INTO search_outbox (document_type, document_id) VALUES ('site', $1)`, [row.id]);
    await waitFor(async () => !(await indexedNames()).includes('Arenberg Creative Mine'));
    await waitFor(async () => (await pending()) === 0);
  });

  it('keeps writes committed while Meilisearch is down, and converges after it restarts', async () => {
    await waitFor(async () => (await pending()) === 0);
    await meili.stop();
    await renameSite('serre-numerique', 'Serre Numérique Valenciennes');

    // The relay fails, keeps the row and schedules a retry with backoff.
    const [failed] = await waitFor(async () => {
      const rows = await t.sql(`SELECT attempts, last_error FROM search_outbox WHERE attempts > 0`);
      return rows.length > 0 ? rows : undefined;
    });
    expect(failed.last_error).toBeTruthy();
    expect(await pending()).toBe(1);

    meili = await startMeili();
    await waitFor(async () => (await indexedNames()).includes('Serre Numérique Valenciennes'), 30_000, 200);
    await waitFor(async () => (await pending()) === 0, 10_000);
    expect(await indexedNames()).toEqual(['Plaine Images Tourcoing', 'Serre Numérique Valenciennes']);
  });

  it('records the backoff when a database error aborts the batch, instead of retrying at once forever', async () => {
    await waitFor(async () => (await pending()) === 0);
    await t.sql(`INSERT INTO search_outbox (document_type, document_id) VALUES ('site', 'not-a-uuid')`);
    try {
      const [failed] = await waitFor(async () => {
        const rows = await t.sql(
          `SELECT attempts, last_error, available_at > now() AS later FROM search_outbox WHERE document_id = 'not-a-uuid' AND attempts > 0`,
        );
        return rows.length > 0 ? rows : undefined;
      });
      expect(failed.last_error).toMatch(/uuid/);
      expect(failed.later).toBe(true);
    } finally {
      await t.sql(`DELETE FROM search_outbox WHERE document_id = 'not-a-uuid'`);
    }
  });

  it('sends the rest of a batch when one of its documents is bad, and keeps only that one waiting', async () => {
    await waitFor(async () => (await pending()) === 0);
    await t.sql(
      `UPDATE site SET name = 'Serre Numérique (beside a bad row)', updated_at = now() WHERE slug = 'serre-numerique'`,
    );
    // One statement: both rows are ready at once and claimed in the same batch.
    await t.sql(
      `INSERT INTO search_outbox (document_type, document_id)
       SELECT 'site', 'not-a-uuid' UNION ALL SELECT 'site', id::text FROM site WHERE slug = 'serre-numerique'`,
    );
    try {
      await waitFor(async () => (await indexedNames()).includes('Serre Numérique (beside a bad row)'));
      const left = await waitFor(async () => {
        const rows = await t.sql(`SELECT document_id, attempts FROM search_outbox`);
        return rows.length === 1 ? rows : undefined;
      });
      expect(left[0].document_id).toBe('not-a-uuid');
      expect(left[0].attempts).toBeGreaterThan(0);
    } finally {
      await t.sql(`DELETE FROM search_outbox WHERE document_id = 'not-a-uuid'`);
      await renameSite('serre-numerique', 'Serre Numérique Valenciennes');
    }
  });

  it('relays no row of a lane another batch holds, and relays it once the lane is free', async () => {
    await waitFor(async () => (await pending()) === 0);
    const replica = new Client({ connectionString: t.config.DATABASE_URL });
    await replica.connect();
    try {
      // Another replica's batch in flight on every lane.
      await replica.query('BEGIN');
      await replica.query(`SELECT pg_advisory_xact_lock($1, lane) FROM generate_series(0, $2 - 1) AS lane`, [
        RELAY_LANE_LOCK_SPACE,
        RELAY_LANES,
      ]);
      await renameSite('plaine-images', 'Plaine Images (lane held)');
      expect(await t.app.get(OutboxRelay).relayBatch()).toBe(0);
      expect(await pending()).toBe(1);
      expect(await indexedNames()).not.toContain('Plaine Images (lane held)');
      await replica.query('COMMIT');
      await waitFor(async () => (await indexedNames()).includes('Plaine Images (lane held)'));
      await waitFor(async () => (await pending()) === 0);
    } finally {
      await replica.end();
      await renameSite('plaine-images', 'Plaine Images Tourcoing');
    }
  });

  it('holds at most one advisory lock per lane however large the backlog', async () => {
    await waitFor(async () => (await pending()) === 0);
    const observer = new Client({ connectionString: t.config.DATABASE_URL });
    await observer.connect();
    try {
      // 30,000 rows of documents that do not exist: the relay deletes them from the index in bulk batches.
      await t.sql(
        `INSERT INTO search_outbox (document_type, document_id) SELECT 'site', gen_random_uuid()::text FROM generate_series(1, 30000)`,
      );
      let most = 0;
      const deadline = Date.now() + 45_000;
      while (Date.now() < deadline) {
        const [{ locks, left }] = (
          await observer.query(
            `SELECT (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'
                       AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))::int AS locks,
                    (SELECT count(*) FROM search_outbox)::int AS left`,
          )
        ).rows;
        most = Math.max(most, locks);
        if (left === 0) break;
      }
      expect(await pending()).toBe(0);
      expect(most).toBeGreaterThan(0);
      expect(most).toBeLessThanOrEqual(RELAY_LANES);
    } finally {
      await observer.end();
    }
  });
});
