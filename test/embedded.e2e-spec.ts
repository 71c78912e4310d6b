import { EmbeddedServiceError, resolveMeilisearchBinary, startEmbeddedServices } from '@crossroads/embedded';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The launchers' refusals, on their own data dirs (npm-start.e2e-spec.ts runs the real start). */
describe('embedded services', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'crossroads-test-embedded-'));
    chmodSync(dir, 0o755);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a corrupt PostgreSQL data dir with one clear message', async () => {
    mkdirSync(join(dir, 'pg'));
    writeFileSync(join(dir, 'pg', 'garbage'), 'not a cluster');
    await expect(startEmbeddedServices({ dataDir: dir })).rejects.toThrow(EmbeddedServiceError);
    await expect(startEmbeddedServices({ dataDir: dir })).rejects.toThrow(/holds no PostgreSQL cluster/);
  });

  it('names MEILI_BINARY when the given binary does not exist', async () => {
    await expect(resolveMeilisearchBinary(join(dir, 'bin'), '/nowhere/meilisearch')).rejects.toThrow(
      /MEILI_BINARY=\/nowhere\/meilisearch does not exist/,
    );
  });

  it('replaces a tampered copy of the packaged binary and checks its SHA-256', async () => {
    const binDir = join(dir, 'bin');
    const path = await resolveMeilisearchBinary(binDir);
    writeFileSync(path, 'tampered');
    expect(await resolveMeilisearchBinary(binDir)).toBe(path);
  });
});
