import type { TestApp } from '@crossroads/testing';
import type { Meilisearch } from 'meilisearch';

export interface Consistency {
  missing: number;
  stale: number;
  extra: number;
  pending: number;
}

/**
 * Compares the people index with PostgreSQL: every person with directory consent must be in it with their current
 * headline and update time, nobody else; and the outbox must be empty.
 */
export async function peopleConsistency(
  sql: TestApp['sql'],
  meili: Meilisearch,
  indexUid: string,
): Promise<Consistency> {
  const rows = await sql(
    `SELECT id::text, headline, floor(extract(epoch FROM updated_at) * 1000)::bigint AS updated FROM person WHERE consent_directory`,
  );
  const documents = new Map<string, { headline: string | null; updatedAt: number }>();
  for (let offset = 0; ; offset += 1000) {
    const page = await meili
      .index(indexUid)
      .getDocuments<{ id: string; headline: string | null; updatedAt: number }>({
        offset,
        limit: 1000,
        fields: ['id', 'headline', 'updatedAt'],
      });
    for (const document of page.results) documents.set(document.id, document);
    if (page.results.length < 1000) break;
  }
  let missing = 0;
  let stale = 0;
  for (const row of rows) {
    const document = documents.get(row.id as string);
    if (!document) missing++;
    else if (document.headline !== row.headline || document.updatedAt !== Number(row.updated)) stale++;
  }
  const [{ n }] = await sql('SELECT count(*)::int AS n FROM search_outbox');
  return { missing, stale, extra: documents.size - (rows.length - missing), pending: n as number };
}

export const CONSISTENT: Consistency = { missing: 0, stale: 0, extra: 0, pending: 0 };

/** Runs `count` tasks with `concurrency` in flight; returns how many threw. */
export async function inParallel(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        await task(i).catch(() => failed++);
      }
    }),
  );
  return failed;
}
