import { loadConfig, migrateDatabase } from '@crossroads/core';
import { freePort } from '@crossroads/embedded';
import { GraphQLClient, signIn, testServices, waitFor } from '@crossroads/testing';
import { INestApplication } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChildProcess, spawn } from 'node:child_process';
import { createApp } from '../../apps/api/src/create-app';
import { inParallel } from './index-consistency';

const PREFIX = `faults_pg_${Date.now().toString(36)}_`;

/** Its own PostgreSQL, stopped and started again on the same port while clients keep reading and writing. */
describe('PostgreSQL restarted under load', () => {
  let dir: string;
  let port: number;
  let pg: { url: string; stop(): Promise<void> };
  let app: INestApplication;
  let client: GraphQLClient;
  let baseUrl: string;

  const startPg = async () => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['-r', './scripts/register-paths.cjs', 'test/faults/postgres-process.ts', dir, String(port)],
      { cwd: join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('\n')) resolve(output.trim());
      });
      child.once('exit', (code) => reject(new Error(`PostgreSQL process exited (${code})`)));
    });
    const stop = async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    };
    return { url, stop };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crossroads-faults-pg-'));
    chmodSync(dir, 0o755);
    port = await freePort();
    pg = await startPg();
    await migrateDatabase(pg.url);
    const services = testServices();
    app = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: pg.url,
        MEILI_URL: services.meiliUrl,
        MEILI_API_KEY: services.meiliApiKey,
        SEARCH_INDEX_PREFIX: PREFIX,
        LOG_LEVEL: 'fatal',
        OUTBOX_POLL_MS: '50',
        DATABASE_POOL_SIZE: '5',
        THROTTLE_LIMIT: '100000',
      }),
    );
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    client = new GraphQLClient(`${baseUrl}/graphql`);
  });

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await pg?.stop().catch(() => undefined);
    const services = testServices();
    const meili = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliApiKey });
    const { results } = await meili.getIndexes({ limit: 1000 });
    await Promise.all(
      results
        .filter((index) => index.uid.startsWith(PREFIX))
        .map((index) => meili.deleteIndex(index.uid).waitTask()),
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers with coded errors while it is down and recovers without a restart', async () => {
    const staff = await signIn(client, 'staff@example.org');
    const codes = new Set<string>();
    let stop = false;
    let served = 0;
    let i = 0;
    const oneRequest = async (i: number) => {
      const response =
        i % 4 === 0
          ? await client.request(
              `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`,
              { input: { firstName: 'Restart', lastName: `Load${i}` } },
              staff.headers,
            )
          : await client.request('{ sites { totalCount } people(first: 5) { totalCount } }');
      served++;
      for (const error of response.errors ?? []) codes.add(error.extensions?.code ?? 'MISSING');
    };
    // Four clients keep reading and writing for the whole test; a request that throws (no JSON, reset) counts.
    const load = inParallel(4, 4, async () => {
      while (!stop) await oneRequest(i++);
    });

    await waitFor(async () => served > 50, 60_000);
    await pg.stop();
    await sleep(3_000);
    pg = await startPg();

    // Without restarting the API: the pool replaces its broken connections.
    await waitFor(
      async () => {
        const response = await client.request('{ sites { totalCount } }');
        return !response.errors && response.data!.sites.totalCount === 3;
      },
      60_000,
      250,
    );
    await waitFor(async () => (await fetch(`${baseUrl}/health`)).ok, 60_000, 250);
    const person = await client.request(
      `mutation { createPerson(input: { firstName: "After", lastName: "Recovery" }) { id } }`,
      {},
      staff.headers,
    );
    expect(person.errors).toBeUndefined();
    stop = true;
    expect(await load).toBe(0);
    expect(codes.has('MISSING')).toBe(false);
    // And the relay picked up again: the new person becomes searchable.
    await waitFor(
      async () => {
        const response = await client.request('{ search(input: { query: "After Recovery" }) { totalHits } }');
        return response.data?.search.totalHits > 0;
      },
      60_000,
      250,
    );
  }, 600_000);
});
