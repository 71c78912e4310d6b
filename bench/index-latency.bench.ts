import { loadConfig } from '@crossroads/core';
import { startEmbeddedServices } from '@crossroads/embedded';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { databaseOptions, runMigrations } from '@crossroads/core';
import { loadAverage, percentile } from './machine';

const UPDATES = 40;

async function graphql(url: string, query: string, variables: object, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown }; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/**
 * Update → searchable: the time from an `updatePerson` mutation's response to the first search that finds the new
 * text, through the outbox relay (default 250 ms polling) and Meilisearch indexing.
 */
async function measure(env: Record<string, string>): Promise<number[]> {
  const app = await createApp(loadConfig(env));
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  try {
    const { login } = await graphql(
      url,
      'mutation { login(email: "staff@example.org", password: "crossroads-demo") { accessToken } }',
      {},
    );
    const headers = { authorization: `Bearer ${login.accessToken}` };
    const { createPerson } = await graphql(
      url,
      'mutation { createPerson(input: { firstName: "Bench", lastName: "Mark", crafts: ["editor"] }) { id } }',
      {},
      headers,
    );
    const latencies: number[] = [];
    for (let i = 0; i < UPDATES; i++) {
      const token = `benchtoken${i}x${Date.now().toString(36)}`;
      await graphql(
        url,
        'mutation ($id: ID!, $h: String!) { updatePerson(id: $id, input: { headline: $h }) { id } }',
        { id: createPerson.id, h: token },
        headers,
      );
      const started = performance.now();
      for (;;) {
        const { search } = await graphql(
          url,
          'query ($q: String!) { search(input: { query: $q }) { totalHits } }',
          { q: token },
        );
        if (search.totalHits > 0) break;
        await sleep(10);
      }
      latencies.push(performance.now() - started);
    }
    return latencies.sort((a, b) => a - b);
  } finally {
    await app.close();
  }
}

export async function indexLatency(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crossroads-bench-'));
  chmodSync(dataDir, 0o755);
  const services = await startEmbeddedServices({ dataDir });
  try {
    const migrator = await new DataSource(databaseOptions(services.databaseUrl, [], 2)).initialize();
    await runMigrations(migrator);
    await migrator.destroy();
    const pollMs = process.env.OUTBOX_POLL_MS ?? '250';
    // The same updates with the relay polling only (before) and woken by LISTEN/NOTIFY (after), one after the other.
    const rows: string[] = [];
    for (const listen of [false, true]) {
      const loadBefore = loadAverage();
      const latencies = await measure({
        DATABASE_URL: services.databaseUrl,
        MEILI_URL: services.meiliUrl,
        MEILI_API_KEY: services.meiliApiKey,
        LOG_LEVEL: 'error',
        THROTTLE_LIMIT: '100000',
        OUTBOX_POLL_MS: pollMs,
        OUTBOX_LISTEN: String(listen),
      });
      const ms = (value: number) => `${Math.round(value)} ms`;
      rows.push(
        `| ${listen ? `polling every ${pollMs} ms + LISTEN/NOTIFY wake (now)` : `polling every ${pollMs} ms only (before)`} | ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 95))} | ${ms(latencies[latencies.length - 1])} | ${loadBefore} → ${loadAverage()} |`,
      );
    }
    return [
      '## Update → searchable (issue 5: within 2 s)',
      '',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. ${UPDATES} successive \`updatePerson\` mutations, each timed from the mutation's response to the first`,
      '`search` that finds the new headline (embedded PostgreSQL and Meilisearch), once per relay mode on the same services.',
      '',
      '| relay | p50 | p95 | max | load average before → after |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  } finally {
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
