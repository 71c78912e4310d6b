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
});
