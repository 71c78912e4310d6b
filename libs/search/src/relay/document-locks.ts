import { EntityManager } from 'typeorm';

/**
 * Lock buckets for the documents a relay batch sends. PostgreSQL's shared lock table holds max_locks_per_transaction
 * × max_connections locks (6,400 with the defaults): one advisory lock per document made a bulk batch of 5,000 take
 * most of it, and a larger one fail with "out of shared memory". Documents hash into this many buckets instead.
 */
export const DOCUMENT_LOCK_BUCKETS = 1_024;
/** The first key of the two-key advisory locks: the relay's own space, apart from the single-key seed and migration locks. */
export const DOCUMENT_LOCK_SPACE = 0x0c505;

/**
 * Two replicas may claim different outbox rows of the same document; a lock on its bucket held until commit makes the
 * later one wait, re-read and send the newer state last. Buckets are taken in ascending order, so two batches never
 * wait for each other in a cycle.
 */
export async function lockDocuments(manager: EntityManager, keys: readonly string[]): Promise<void> {
  await manager.query(
    `SELECT pg_advisory_xact_lock(${DOCUMENT_LOCK_SPACE}, bucket)
       FROM (SELECT DISTINCT (hashtextextended(key, 0) & ${DOCUMENT_LOCK_BUCKETS - 1})::int AS bucket
               FROM unnest($1::text[]) AS key
              ORDER BY bucket) AS buckets`,
    [keys],
  );
}
