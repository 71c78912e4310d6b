import { databaseUrl, testServices } from '@crossroads/testing';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is CommonJS run by node directly
const { ensureServerBuild } = require('../scripts/build-server.cjs') as { ensureServerBuild(): string };

/**
 * The CLI's entry point in the compiled server build (scripts/build-server.cjs, from which `npm start` runs the
 * API): the JavaScript `npm run cli` compiles in process, compiled once instead of in each process below.
 */
let CLI_MAIN: string;
beforeAll(() => {
  CLI_MAIN = join(ensureServerBuild(), 'apps', 'cli', 'src', 'main.js');
});

/** Runs the CLI's code as `npm run cli` does; resolves with its exit code and output, whatever the code. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...args);
}

async function cliWith(
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI_MAIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: '/nonexistent-crossroads-data', ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const documented = (code: number) =>
  new RegExp(`^\\| \`${code}\` +\\|`, 'm').test(readFileSync(join(ROOT, 'docs/CLI.md'), 'utf8'));

describe('CLI errors', () => {
  it('says in one line that an import file is missing, with a documented exit code and no stack trace', async () => {
    const result = await cli('import', 'people', '/nonexistent.csv');
    expect(result.code).toBe(66);
    expect(result.stderr.trim().split('\n')).toEqual([
      'crossroads: /nonexistent.csv: no such file; check the path (CSV or XLSX, see docs/IMPORT.md)',
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(documented(66)).toBe(true);
  });

  it('prints the stack trace only with --debug', async () => {
    const result = await cli('--debug', 'import', 'people', '/nonexistent.csv');
    expect(result.code).toBe(66);
    expect(result.stderr).toMatch(/\n\s+at /);
  });

  it('answers a wrong argument with usage exit code 64', async () => {
    const result = await cli('import', 'peeple', '/nonexistent.csv');
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('the types are: people, companies, schools, projects');
    expect(documented(64)).toBe(true);
  });

  // A wrong password or database name in DATABASE_URL, or Meilisearch down, is not a bug: each used to end with
  // "unexpected error … run again with --debug" and exit code 70.
  it.each([
    ['a wrong password', (url: URL) => void (url.password = 'not-the-password')],
    ['a database that does not exist', (url: URL) => void (url.pathname = '/no_such_database')],
  ])('says PostgreSQL refused the connection for %s, exit code 69', async (_case, spoil) => {
    const url = new URL(testServices().adminUrl);
    spoil(url);
    const result = await cliWith(
      { DATABASE_URL: url.toString(), MEILI_URL: 'http://127.0.0.1:9' },
      'migrate',
    );
    expect(result.code).toBe(69);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^crossroads: PostgreSQL refused the connection \(.+\): check .* DATABASE_URL$/),
    ]);
    expect(result.stderr).not.toContain('not-the-password');
  });

  /** Runs `work` with a database of its own, empty, dropped afterwards. */
  async function withEmptyDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
    const { adminUrl } = testServices();
    const name = `cli_${randomBytes(5).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      return await work(databaseUrl(adminUrl, name));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }

  /** Runs the CLI against a database of its own, empty, with Meilisearch unreachable. */
  const cliOnEmptyDatabase = (...args: string[]) =>
    withEmptyDatabase((url) => cliWith({ DATABASE_URL: url, MEILI_URL: 'http://127.0.0.1:9' }, ...args));

  it('says Meilisearch cannot be reached when a command needs it, exit code 69', async () => {
    const result = await cliOnEmptyDatabase('reindex');
    expect(result.code).toBe(69);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^crossroads: cannot reach (a service|Meilisearch) .*MEILI_URL$/),
    ]);
  });

  it('answers an export filter it does not know as usage (64), naming the known ones', async () => {
    const result = await cliOnEmptyDatabase('export', 'people', '--filter', 'nope=1');
    expect(result.code).toBe(64);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^crossroads: --filter: people have no filter "nope" \(names: .*craft.*\)$/),
    ]);
  });

  // `export … | head` closes standard output early: that ended in "unexpected error: write EPIPE", exit code 70.
  it('stops an export quietly when its reader closes standard output (| head)', async () => {
    await withEmptyDatabase(async (url) => {
      const child = spawn(process.execPath, [CLI_MAIN, 'export', 'people'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url, MEILI_URL: 'http://127.0.0.1:9' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy(); // the reader is gone before the first line is written
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = (await once(child, 'exit')) as [number];
      expect(stderr).toBe('');
      expect(code).toBe(0);
    });
  });

  it('answers an export --output it cannot write, a directory, with exit code 73', async () => {
    const result = await cliOnEmptyDatabase('export', 'people', '--output', tmpdir());
    expect(result.code).toBe(73);
    expect(result.stderr.trim().split('\n')).toEqual([
      `crossroads: ${tmpdir()}: cannot be written (EISDIR); check the path and its permissions`,
    ]);
    expect(documented(73)).toBe(true);
  });
});
