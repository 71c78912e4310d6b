import { createHash } from 'node:crypto';
import { startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

/** HTTP-level behaviour of /graphql that no resolver owns. */
describe('POST /graphql', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp)));
  afterAll(() => t.close());

  const post = (query: string) =>
    fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });

  it('tells caches never to store an answer, with cache hints off', async () => {
    const ok = await post('{ search(input: { query: "lille" }) { totalHits hits { slug } } }');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const refused = await post('{ nope }');
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps no persisted query a caller registers (no client of ours sends them)', async () => {
    const query = '{ search(input: { query: "lille" }) { totalHits } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const send = (body: object) =>
      fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (response) => ({
        body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
      }));
    for (const body of [{ query, extensions: { persistedQuery } }, { extensions: { persistedQuery } }]) {
      const answer = await send(body);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual([
        'PERSISTED_QUERY_NOT_SUPPORTED',
      ]);
    }
  });
});

/**
 * The GraphQL-over-HTTP specification's own audit (graphql-http's serverAudits), run against the booted app:
 * every MUST and SHOULD it checks, with no error and no warning.
 */
describe('GraphQL over HTTP audit', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp)));
  afterAll(() => t.close());

  it('passes every audit with no error and no warning (GET queries, a MAY, stay refused)', async () => {
    const { auditServer } = await import('graphql-http');
    const results = await auditServer({ url: `${t.baseUrl}/graphql` });
    const problems = results
      .filter((result) => result.status === 'error' || result.status === 'warn')
      .map(
        (result) =>
          `${result.status} ${result.id}: ${result.name} — ${'reason' in result ? result.reason : ''}`,
      );
    expect(problems).toEqual([]);
  });
});
