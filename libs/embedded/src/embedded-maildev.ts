import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedServiceError } from './embedded-service.error';
import { freePort, isPortTaken } from './free-port';
import { listeningPorts } from './listening-ports';
import { lastLines, spawnTied, waitForExit } from './spawn-tied';

export interface EmbeddedMaildevOptions {
  /** Caught mail is kept here, so the inbox survives a restart. */
  mailDir: string;
  logFile: string;
  /** The inbox's port when free (maildev's usual 1080), else any free one; 0 for any free one. */
  preferredWebPort?: number;
  startTimeoutMs?: number;
}

export interface RunningMaildev {
  smtpUrl: string;
  /** The web inbox (open it in a browser) and its REST API under /api. */
  inboxUrl: string;
  stop(): Promise<void>;
}

/** maildev's command-line entry, or undefined when the package is not installed (an install without dev deps). */
export function maildevEntry(): string | undefined {
  // maildev is ESM with an `exports` map that hides its files from require.resolve: look in node_modules.
  return (require.resolve.paths('maildev') ?? [])
    .map((dir) => join(dir, 'maildev', 'dist', 'bin', 'maildev.js'))
    .find((entry) => existsSync(entry));
}

/**
 * A local mail catcher (maildev: SMTP plus a web inbox) on loopback, like the embedded PostgreSQL and
 * Meilisearch: every mail the platform sends lands in its inbox, none leaves the machine.
 */
export async function startEmbeddedMaildev(options: EmbeddedMaildevOptions): Promise<RunningMaildev> {
  const entry = maildevEntry();
  if (!entry) throw new EmbeddedServiceError('maildev is not installed: run npm ci');
  mkdirSync(options.mailDir, { recursive: true });
  const preferred = options.preferredWebPort ?? 1080;
  if (preferred && !(await isPortTaken(preferred))) {
    try {
      return await spawnMaildev(entry, preferred, options);
    } catch (error) {
      // Another process took the port between the check and maildev's bind (two starts at once): any free one.
      if (!(error instanceof WebPortTaken)) throw error;
    }
  }
  return spawnMaildev(entry, await freePort(), options);
}

class WebPortTaken extends Error {}

async function spawnMaildev(
  entry: string,
  webPort: number,
  options: EmbeddedMaildevOptions,
): Promise<RunningMaildev> {
  const smtpPort = await freePort();
  const log = openSync(options.logFile, 'a');
  const child = spawnTied(
    process.execPath,
    [
      // A developer's mail catcher: a small young generation and a capped heap keep it near 60 MiB instead of
      // about 140 (docs/BENCHMARKS.md, memory); it holds a few hundred mails at most.
      '--max-semi-space-size=1',
      '--max-old-space-size=128',
      entry,
      '--smtp',
      String(smtpPort),
      '--ip',
      '127.0.0.1',
      '--web',
      String(webPort),
      '--web-ip',
      '127.0.0.1',
      '--mail-directory',
      options.mailDir,
      '--silent',
    ],
    log,
    { PATH: process.env.PATH },
  );
  closeSync(log);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await waitForExit(child, 5_000);
  };
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  // maildev --silent exits without a word when its web port is taken: look at the port instead.
  const failedToStart = async () =>
    (await isPortTaken(webPort))
      ? new WebPortTaken(`port ${webPort} is taken`)
      : new EmbeddedServiceError(
          `the mail catcher exited at start: ${lastLines(options.logFile)} (log: ${options.logFile})`,
        );
  const inboxUrl = `http://127.0.0.1:${webPort}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (exited()) {
      const error = await failedToStart();
      await stop(); // only unhooks the exit guard: the child is gone
      throw error;
    }
    // The web port might answer for another catcher started at the same moment: it must be this child's.
    const ours = child.pid === undefined ? undefined : listeningPorts(child.pid);
    const ready =
      (ours === undefined || (ours.has(webPort) && ours.has(smtpPort))) &&
      (await fetch(`${inboxUrl}/api/email`).catch(() => null))?.ok === true;
    if (ready) return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, inboxUrl, stop };
    await sleep(100);
  }
  await stop();
  throw new EmbeddedServiceError(`the mail catcher did not answer in time (log: ${options.logFile})`);
}
