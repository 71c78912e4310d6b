import { loadConfig } from '@crossroads/core';
import { GraphQLClient, signIn, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { INestApplication } from '@nestjs/common';
import { createApp } from '../../apps/api/src/create-app';
import { CONSISTENT, inParallel, peopleConsistency } from './index-consistency';

/** Two API replicas on one database and one index prefix, both relaying the same outbox. */
describe('two replicas relaying one outbox', () => {
  let t: TestApp;
  let second: INestApplication;
  let clients: GraphQLClient[];

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000' });
    second = await createApp(loadConfig({ ...t.config, OUTBOX_POLL_MS: '50' } as never));
    await second.listen(0, '127.0.0.1');
    const port = (second.getHttpServer().address() as { port: number }).port;
    clients = [t.graphql, new GraphQLClient(`http://127.0.0.1:${port}/graphql`)];
  });

  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it('loses and duplicates nothing, and the last write of a document wins', async () => {
    const sessions = await Promise.all(clients.map((client) => signIn(client, 'staff@example.org')));
    const ids: string[] = [];
    // Writes alternate between the replicas, so each relays rows the other wrote.
    const via = (i: number) => ({ client: clients[i % 2], headers: sessions[i % 2].headers });
    const failedCreates = await inParallel(300, 6, async (i) => {
      const { client, headers } = via(i);
      const response = await client.request(
        `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`,
        { input: { firstName: 'Replica', lastName: `Person${i}`, crafts: ['gaffer'] } },
        headers,
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      ids.push(response.data!.createPerson.id);
    });
    // The same ten people updated over and over from both replicas at once: only each one's last state may stay.
    const failedUpdates = await inParallel(1_000, 8, async (i) => {
      const { client, headers } = via(i);
      const response = await client.request(
        `mutation ($id: ID!, $h: String!) { updatePerson(id: $id, input: { headline: $h }) { id } }`,
        { id: ids[i % 10], h: `replica write ${i}` },
        headers,
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
    });
    const failedDeletes = await inParallel(40, 4, async (i) => {
      const { client, headers } = via(i);
      const response = await client.request(
        `mutation ($id: ID!) { deletePerson(id: $id) }`,
        { id: ids[100 + i] },
        headers,
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
    });
    expect(failedCreates + failedUpdates + failedDeletes).toBe(0);

    const index = `${t.config.SEARCH_INDEX_PREFIX}people`;
    await waitFor(
      async () => {
        const state = await peopleConsistency(t.sql, t.meili, index);
        return JSON.stringify(state) === JSON.stringify(CONSISTENT) ? state : undefined;
      },
      120_000,
      250,
    );
    // Visible to a search too: each created person found once, the deleted ones not at all.
    const response = await t.graphql.request(
      `{ search(input: { query: "Replica", types: [PERSON], first: 100 }) { totalHits hits { slug } } }`,
    );
    expect(response.data!.search.totalHits).toBe(260);
    const slugs = response.data!.search.hits.map((hit: { slug: string }) => hit.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  }, 600_000);
});
