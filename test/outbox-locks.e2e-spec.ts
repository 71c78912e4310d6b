import { startTestApp, TestApp } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { DOCUMENT_LOCK_BUCKETS, DOCUMENT_LOCK_SPACE, lockDocuments } from '@crossroads/search';

// A bulk relay batch took one advisory lock per document: 5,000 of the 6,400 a default PostgreSQL holds in all,
// and a larger batch failed with "out of shared memory". Documents now share a bounded set of lock buckets.
describe('relay document locks', () => {
  let t: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    t = await startTestApp(createApp);
    dataSource = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const keys = Array.from({ length: 20_000 }, (_, i) => `person:${i.toString(16).padStart(8, '0')}`);

  it('locks a batch of 20,000 documents with at most the bucket count of locks', async () => {
    await dataSource.transaction(async (manager) => {
      await lockDocuments(manager, keys);
      const [{ held }] = (await manager.query(
        `SELECT count(*)::int AS held FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`,
      )) as { held: number }[];
      expect(held).toBeGreaterThan(DOCUMENT_LOCK_BUCKETS / 2);
      expect(held).toBeLessThanOrEqual(DOCUMENT_LOCK_BUCKETS);
    });
  });

  it('makes another batch holding the same document wait until the first commits', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await lockDocuments(runner.manager, ['person:00000001']);
      const [{ bucket }] = (await dataSource.query(
        `SELECT (hashtextextended($1, 0) & ${DOCUMENT_LOCK_BUCKETS - 1})::int AS bucket`,
        ['person:00000001'],
      )) as { bucket: number }[];
      const tryLock = async () => {
        const [{ got }] = (await dataSource.query(
          `SELECT pg_try_advisory_lock(${DOCUMENT_LOCK_SPACE}, $1) AS got`,
          [bucket],
        )) as { got: boolean }[];
        return got;
      };
      expect(await tryLock()).toBe(false);
      await runner.commitTransaction();
      const got = await dataSource.transaction(async (manager) => {
        const [row] = (await manager.query(
          `SELECT pg_try_advisory_xact_lock(${DOCUMENT_LOCK_SPACE}, $1) AS got`,
          [bucket],
        )) as { got: boolean }[];
        return row.got;
      });
      expect(got).toBe(true);
    } finally {
      await runner.release();
    }
  });
});
