import { RunningMeilisearch, startEmbeddedMeilisearch } from '@crossroads/embedded';
import { signIn, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../../apps/api/src/create-app';
import { CONSISTENT, inParallel, peopleConsistency } from './index-consistency';

const WRITES = 5_000;
const PEOPLE = 500;

/** Its own Meilisearch, killed with SIGKILL in the middle of 5,000 writes and restarted on the same data. */
describe('Meilisearch killed during writes', () => {
  let dir: string;
  let meili: RunningMeilisearch;
  let t: TestApp;

  const startMeili = (port?: number) =>
    startEmbeddedMeilisearch({
      dataDir: join(dir, 'meili'),
      binDir: join(dir, 'bin'),
      logFile: join(dir, 'meili.log'),
      masterKey: 'faults-test-master-key-0123456789',
      port,
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crossroads-faults-meili-'));
    meili = await startMeili();
    t = await startTestApp(createApp, {
      MEILI_URL: meili.url,
      MEILI_API_KEY: meili.apiKey,
      THROTTLE_LIMIT: '100000',
    });
  });

  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await meili?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('converges within 30 s of the restart, nothing missing or stale', async () => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const ids: string[] = [];
    let deleted = 0;
    const write = async (i: number) => {
      // The first writes create people, the rest update them and delete some (never one being updated).
      const response =
        i < PEOPLE
          ? await t.graphql.request(
              `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`,
              { input: { firstName: 'Fault', lastName: `Tolerant${i}`, crafts: ['editor'] } },
              staff.headers,
            )
          : i % 50 === 0
            ? await t.graphql.request(
                `mutation ($id: ID!) { deletePerson(id: $id) }`,
                { id: ids[deleted++] },
                staff.headers,
              )
            : await t.graphql.request(
                `mutation ($id: ID!, $h: String!) { updatePerson(id: $id, input: { headline: $h }) { id } }`,
                { id: ids[100 + (i % (PEOPLE - 100))], h: `write ${i}` },
                staff.headers,
              );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      if (i < PEOPLE) ids.push(response.data!.createPerson.id);
    };

    const creates = await inParallel(PEOPLE, 4, write);
    const port = Number(new URL(meili.url).port);
    let killed = false;
    let restarted: Promise<void> | undefined;
    const failed = await inParallel(WRITES - PEOPLE, 6, async (j) => {
      const i = PEOPLE + j;
      if (i === 1_500 && !killed) {
        killed = true;
        process.kill(meili.pid, 'SIGKILL');
        await meili.stop(); // reaps the killed process
        restarted = sleep(3_000).then(async () => {
          meili = await startMeili(port);
        });
      }
      await write(i);
    });
    expect(creates + failed).toBe(0); // PostgreSQL took every write while Meilisearch was gone
    await restarted;

    const index = `${t.config.SEARCH_INDEX_PREFIX}people`;
    await waitFor(
      async () => {
        const state = await peopleConsistency(t.sql, t.meili, index).catch(() => undefined);
        return state && JSON.stringify(state) === JSON.stringify(CONSISTENT) ? state : undefined;
      },
      30_000,
      500,
    );
    expect(await peopleConsistency(t.sql, t.meili, index)).toEqual(CONSISTENT);
  }, 600_000);
});
