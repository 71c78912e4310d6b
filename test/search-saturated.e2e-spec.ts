import { RunningMeilisearch, startEmbeddedMeilisearch } from '@crossroads/embedded';
import { GraphQLResponse, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../apps/api/src/create-app';

const SEARCH = `query ($input: SearchInput!) { search(input: $input) { totalHits } }`;

/**
 * Meilisearch saturated: this file runs its own engine and freezes it (SIGSTOP), so searches pile up in front of it.
 * With MEILI_SEARCH_CONCURRENCY=1 one search is in flight and 16 wait (node-http-client.ts, WAITING_PER_SLOT); the
 * next ones are refused at once with RATE_LIMITED, and the waiting ones are all answered once the engine resumes.
 */
describe('search in front of a saturated Meilisearch', () => {
  let dir: string;
  let meili: RunningMeilisearch;
  let t: TestApp;
  const search = (headers: Record<string, string> = {}) =>
    t.graphql.request<{ search: { totalHits: number } }>(SEARCH, { input: { types: ['SITE'] } }, headers);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crossroads-saturated-'));
    meili = await startEmbeddedMeilisearch({
      dataDir: join(dir, 'meili'),
      binDir: join(dir, 'bin'),
      logFile: join(dir, 'meili.log'),
      masterKey: 'saturated-test-master-key-0123456789',
    });
    t = await startTestApp(createApp, {
      MEILI_URL: meili.url,
      MEILI_API_KEY: meili.apiKey,
      MEILI_SEARCH_KEY: meili.apiKey,
      MEILI_SEARCH_CONCURRENCY: '1',
    });
    await waitFor(async () => (await search()).data?.search.totalHits === 3);
  });

  afterAll(async () => {
    if (meili) process.kill(meili.pid, 'SIGCONT');
    await t?.close();
    await meili?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the searches beyond the queue at once with RATE_LIMITED, and answers every queued one later', async () => {
    process.kill(meili.pid, 'SIGSTOP');
    let resumed = false;
    try {
      const answered: GraphQLResponse<{ search: { totalHits: number } }>[] = [];
      const sent = Array.from({ length: 20 }, () =>
        search().then((response) => {
          answered.push(response);
          return response;
        }),
      );
      // The engine is frozen: only refusals can come back, and they come back without it.
      await waitFor(async () => answered.length === 3, 10_000, 20);
      for (const refused of answered)
        expect(refused.errors).toEqual([
          expect.objectContaining({
            message: 'Search is busy: try again in a moment',
            extensions: expect.objectContaining({ code: 'RATE_LIMITED' }),
          }),
        ]);
      // The queue is still full: one more, in French, is refused as well.
      expect((await search({ 'accept-language': 'fr' })).errors![0]).toMatchObject({
        message: 'Trop de demandes : réessayez dans un moment.',
        extensions: { code: 'RATE_LIMITED', englishMessage: 'Search is busy: try again in a moment' },
      });
      process.kill(meili.pid, 'SIGCONT');
      resumed = true;
      const served = (await Promise.all(sent)).filter((response) => !response.errors);
      expect(served).toHaveLength(17);
      expect(served.every((response) => response.data!.search.totalHits === 3)).toBe(true);
    } finally {
      if (!resumed) process.kill(meili.pid, 'SIGCONT');
    }
    // The queue emptied: a search goes through again.
    expect((await search()).data?.search.totalHits).toBe(3);
  });
});
