import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');

/**
 * `npm run build` (nest build, docs/OPERATIONS.md) compiles with tsconfig.build.json, whose `exclude` replaces
 * tsconfig.json's: it used to leave out tsconfig.json's `apps/web`, so the build type-checked the React app
 * without its DOM and JSX settings and failed with 32 errors.
 */
describe('npm run build', () => {
  it('compiles the API, the CLI and the libs, never the web app', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--listFilesOnly'],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    const files = stdout.split('\n').map((file) => file.replace(/\\/g, '/'));
    expect(files).toContainEqual(expect.stringMatching(/\/apps\/api\/src\/main\.ts$/));
    expect(files).toContainEqual(expect.stringMatching(/\/apps\/cli\/src\/main\.ts$/));
    expect(files.filter((file) => file.includes('/apps/web/'))).toEqual([]);
  });
});
