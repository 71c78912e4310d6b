import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');

interface LintResult {
  messages: { ruleId: string | null; line: number }[];
}

/** Lints `source` as if it were the file at `path`, with the repository's own ESLint configuration. */
async function lint(path: string, source: string): Promise<LintResult['messages']> {
  const child = promisify(execFile)(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'),
      '--stdin',
      '--stdin-filename',
      path,
      '--format',
      'json',
    ],
    { cwd: ROOT, maxBuffer: 10 * 1024 * 1024 },
  );
  child.child.stdin!.end(source);
  // ESLint exits 1 when it finds problems: the report is on stdout either way.
  const { stdout } = await child.catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  return (JSON.parse(stdout) as LintResult[])[0].messages;
}

describe('architecture boundaries (eslint.config.mjs)', () => {
  it('fails an import against the layers and a relative import into another lib', async () => {
    const messages = await lint(
      'libs/core/src/index.ts',
      [
        "import { PersonService } from '@crossroads/directory';",
        "import { FESTIVALS } from '../../festivals/src/festival/festivals.reference';",
        'export const wrong = [PersonService, FESTIVALS];',
        '',
      ].join('\n'),
    );
    expect(messages.map(({ ruleId, line }) => `${line} ${ruleId}`).sort()).toEqual([
      '1 boundaries/dependencies',
      '2 boundaries/dependencies',
      '2 no-restricted-imports',
    ]);
  }, 180_000);
});
