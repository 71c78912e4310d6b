import { signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

// Issue 15: security headers on every response, and /health's details kept from strangers.
describe('security headers and /health (attacks)', () => {
  let t: TestApp;
  // Behind a trusted proxy the client is the forwarded address: a stranger on the network, not this machine.
  beforeAll(async () => (t = await startTestApp(createApp, { TRUST_PROXY: '1' })));
  afterAll(() => t.close());

  const FROM_AFAR = { 'x-forwarded-for': '203.0.113.9' };

  it.each([
    [
      'GraphQL',
      () =>
        fetch(`${t.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        }),
    ],
    ['a page of the web app', () => fetch(`${t.baseUrl}/search`, { headers: { accept: 'text/html' } })],
    ['/health', () => fetch(`${t.baseUrl}/health`)],
    ['a download', () => fetch(`${t.baseUrl}/delegations/00000000-0000-4000-8000-000000000000/export.csv`)],
    ['an unknown path', () => fetch(`${t.baseUrl}/nowhere.txt`)],
  ])('sets them on %s', async (_name, request) => {
    const response = await request();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain('img-src');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('lets the map tiles through the CSP', async () => {
    const response = await fetch(`${t.baseUrl}/health`);
    expect(response.headers.get('content-security-policy')).toContain('https://tile.openstreetmap.org');
  });

  it('tells a stranger only whether the service is up', async () => {
    const response = await fetch(`${t.baseUrl}/health`, { headers: FROM_AFAR });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('gives the details to STAFF from afar, and to this machine', async () => {
    const staff = await signIn(t.graphql, 'staff@example.org');
    const afar = await fetch(`${t.baseUrl}/health`, { headers: { ...FROM_AFAR, ...staff.headers } });
    expect(((await afar.json()) as { details: object }).details).toHaveProperty('outbox');
    const member = await signIn(t.graphql, 'member@example.org');
    const notStaff = await fetch(`${t.baseUrl}/health`, { headers: { ...FROM_AFAR, ...member.headers } });
    expect(await notStaff.json()).toEqual({ status: 'ok' });
    const local = await fetch(`${t.baseUrl}/health`);
    expect(((await local.json()) as { details: object }).details).toHaveProperty('database');
  });
});
