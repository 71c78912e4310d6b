import { closeSync, mkdirSync, openSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedServiceError } from './embedded-service.error';
import { freePort } from './free-port';
import { resolveMeilisearchBinary } from './meilisearch-binary';
import { lastLines, spawnTied, waitForExit } from './spawn-tied';

export interface EmbeddedMeilisearchOptions {
  dataDir: string;
  binDir: string;
  logFile: string;
  masterKey: string;
  binaryOverride?: string;
  startTimeoutMs?: number;
  /** A fixed port (to restart on the same address); a free one by default. */
  port?: number;
}

export interface RunningMeilisearch {
  url: string;
  apiKey: string;
  pid: number;
  stop(): Promise<void>;
}

const MAX_INDEXING_MEMORY = '256MiB';

/** Real Meilisearch on a free loopback port, data under dataDir, output to logFile. */
export async function startEmbeddedMeilisearch(
  options: EmbeddedMeilisearchOptions,
): Promise<RunningMeilisearch> {
  const binary = await resolveMeilisearchBinary(options.binDir, options.binaryOverride);
  mkdirSync(options.dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(options.logFile, 'a');
  const child = spawnTied(
    binary,
    [
      '--db-path',
      options.dataDir,
      '--http-addr',
      `127.0.0.1:${port}`,
      '--no-analytics',
      // Meilisearch sizes its indexing buffers from the machine's RAM by default (about 1 GB RSS on the demo):
      // a laptop running the whole stack wants a small, fixed cap. Indexing is slower, never wrong.
      '--max-indexing-memory',
      MAX_INDEXING_MEMORY,
      '--env',
      'development',
      '--log-level',
      'WARN',
    ],
    log,
    // The master key goes through the environment: a command line is readable by every user of the machine (ps).
    { PATH: process.env.PATH, MEILI_MASTER_KEY: options.masterKey },
  );
  closeSync(log);
  // process.exit() anywhere (a crashed test run, a fatal error) must not leave Meilisearch running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await waitForExit(child, 10_000);
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (spawnError)
      throw new EmbeddedServiceError(`Meilisearch could not be run (${binary}): ${spawnError.message}`);
    if (child.exitCode !== null) {
      const detail = lastLines(options.logFile);
      if (/address already in use/i.test(detail)) {
        throw new EmbeddedServiceError(
          `Meilisearch port ${port} is already taken: try again (log: ${options.logFile})`,
        );
      }
      throw new EmbeddedServiceError(
        `Meilisearch exited at start (code ${child.exitCode}): ${detail} (log: ${options.logFile}; a corrupt ${options.dataDir} can be moved away and rebuilt with "npm run cli -- reindex")`,
      );
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return { url, apiKey: options.masterKey, pid: child.pid!, stop };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await stop();
  throw new EmbeddedServiceError(
    `Meilisearch did not answer within the start timeout (log: ${options.logFile})`,
  );
}
