import { ensureScopedKeys, startEmbeddedMeilisearch } from '@crossroads/embedded';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Issue 15: the embedded master key was on Meilisearch's command line (readable by any user through ps), and the
// API searched and indexed with the master key itself.
describe('Meilisearch keys (attacks)', () => {
  let dir: string;
  const master = randomBytes(24).toString('base64url');
  let running: Awaited<ReturnType<typeof startEmbeddedMeilisearch>>;
  let services: { meiliUrl: string; meiliApiKey: string; meiliSearchKey: string };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crossroads-test-keys-'));
    chmodSync(dir, 0o755);
    running = await startEmbeddedMeilisearch({
      dataDir: join(dir, 'meili'),
      binDir: join(dir, 'bin'),
      logFile: join(dir, 'meilisearch.log'),
      masterKey: master,
    });
    // What startEmbeddedServices hands the API.
    const keys = await ensureScopedKeys(running.url, master);
    services = { meiliUrl: running.url, meiliApiKey: keys.indexingKey, meiliSearchKey: keys.searchKey };
  });
  afterAll(async () => {
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const meili = (key: string, path: string, init: RequestInit = {}) =>
    fetch(`${services.meiliUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    });

  it('keeps the master key off every command line', () => {
    const commandLines = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        } catch {
          return '';
        }
      });
    expect(commandLines.some((line) => line.includes(join(dir, 'meili')))).toBe(true);
    expect(commandLines.filter((line) => line.includes(master))).toEqual([]);
  });

  it('gives the API scoped keys, neither of them the master key, the same at every start', async () => {
    expect(await ensureScopedKeys(running.url, master)).toEqual({
      indexingKey: services.meiliApiKey,
      searchKey: services.meiliSearchKey,
    });
    expect([services.meiliApiKey, services.meiliSearchKey]).not.toContain(master);
    for (const key of [services.meiliApiKey, services.meiliSearchKey])
      expect((await meili(key, '/keys')).status).toBe(403);
  });

  it('lets the search key search, and nothing else', async () => {
    const created = await meili(services.meiliApiKey, '/indexes', {
      method: 'POST',
      body: JSON.stringify({ uid: 'keys_probe', primaryKey: 'id' }),
    });
    expect(created.status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const search = await meili(services.meiliSearchKey, '/indexes/keys_probe/search', {
      method: 'POST',
      body: JSON.stringify({ q: 'x' }),
    });
    expect(search.status).toBe(200);
    const write = await meili(services.meiliSearchKey, '/indexes/keys_probe/documents', {
      method: 'POST',
      body: JSON.stringify([{ id: 1, name: 'planted' }]),
    });
    expect(write.status).toBe(403);
    const drop = await meili(services.meiliSearchKey, '/indexes/keys_probe', { method: 'DELETE' });
    expect(drop.status).toBe(403);
    const settings = await meili(services.meiliSearchKey, '/indexes/keys_probe/settings', {
      method: 'PATCH',
      body: JSON.stringify({ searchableAttributes: ['name'] }),
    });
    expect(settings.status).toBe(403);
  });
});
