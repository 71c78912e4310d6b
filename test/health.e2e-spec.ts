import { startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(createApp)));
  afterAll(() => t.close());

  it('reports database, search and the outbox backlog', async () => {
    const response = await fetch(`${t.baseUrl}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      details: Record<string, { status: string; pending?: number; oldestAgeSeconds?: number }>;
    };
    expect(body.status).toBe('ok');
    expect(body.details.database.status).toBe('up');
    expect(body.details.search.status).toBe('up');
    expect(body.details.outbox).toMatchObject({ status: 'up' });
    expect(typeof body.details.outbox.pending).toBe('number');
    expect(typeof body.details.outbox.oldestAgeSeconds).toBe('number');
  });

  it('carries a request id, echoing a well-formed one', async () => {
    const given = await fetch(`${t.baseUrl}/health`, { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const generated = await fetch(`${t.baseUrl}/health`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
