import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');

/** Runs the CLI as `npm run cli` does; resolves with its exit code and output, whatever the code. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['-r', './scripts/register-paths.cjs', 'apps/cli/src/main.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: '/nonexistent-crossroads-data' }, timeout: 60_000 },
    );
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
});
