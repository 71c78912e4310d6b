import { loadConfig, migrateDatabase } from '@crossroads/core';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../apps/api/src/create-app';
import { loadAverage, percentile } from './machine';
import { graphql, staffHeaders } from './support/graphql';
import { listenOnLoopback, servicesEnv, startThrowawayServices } from './support/services';

const UPDATES = 40;

/**
 * Update → searchable: the time from an `updatePerson` mutation's response to the first search that finds the new
 * text, through the outbox relay (default 250 ms polling) and Meilisearch indexing.
 */
async function measure(env: Record<string, string>): Promise<number[]> {
  const app = await createApp(loadConfig(env));
  const url = `${await listenOnLoopback(app)}/graphql`;
  try {
    const headers = await staffHeaders(url);
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
  const { dataDir, services } = await startThrowawayServices('crossroads-bench-');
  try {
    await migrateDatabase(services.databaseUrl);
    const pollMs = process.env.OUTBOX_POLL_MS ?? '250';
    // The same updates with the relay polling only (before) and woken by LISTEN/NOTIFY (after), one after the other.
    const rows: string[] = [];
    for (const listen of [false, true]) {
      const loadBefore = loadAverage();
      const latencies = await measure({
        ...servicesEnv(services),
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
