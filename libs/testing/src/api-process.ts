import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@crossroads/embedded';

const ROOT = join(__dirname, '..', '..', '..');
/** The API from its TypeScript sources, compiled in process (as `npm run start:dev` runs it). */
const API_FROM_SOURCES = ['-r', './scripts/register-paths.cjs', 'apps/api/src/main.ts'];

export interface ApiProcess {
  url: string;
  pid: number;
  /** Resident memory of the API process, in MiB. */
  rssMiB(): number;
  /** SIGTERM, then SIGKILL after 15 s. */
  stop(): Promise<void>;
  /** SIGKILL at once, as a crash would. */
  kill(): Promise<void>;
}

/** Resident set size of a process from /proc (Linux), in MiB. */
export function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/**
 * What `npm start` runs: its `[NAME=value …] exec node …` command's environment (the malloc arena cap) and node
 * arguments (V8 flags, then scripts/start-api.cjs).
 */
function npmStartCommand(): { env: Record<string, string>; args: string[] } {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const match = /((?:\w+=\S+\s+)*)exec node (.+)$/.exec(scripts.start);
  if (!match)
    throw new Error(`package.json's start script does not end with "exec node …": ${scripts.start}`);
  // `NAME=value` or `NAME=${NAME:-default}` (the shell's own default: a caller's environment wins).
  const env = Object.fromEntries(
    match[1]
      .split(/\s+/)
      .filter(Boolean)
      .map((assignment) => {
        const name = assignment.slice(0, assignment.indexOf('='));
        const value = assignment.slice(assignment.indexOf('=') + 1);
        const fallback = /^\$\{(\w+):-(.*)\}$/.exec(value);
        return [name, fallback ? (process.env[fallback[1]] ?? fallback[2]) : value];
      }),
  );
  return { env, args: match[2].split(/\s+/) };
}

/**
 * The API as its own process against given services, run as `npm start` runs it (compiled once by
 * scripts/build-server.cjs, with the same V8 flags; `fromSources` compiles in process instead, as
 * `npm run start:dev` does): benchmarks use it so the load generator does not share its event loop, fault tests
 * so they can kill it.
 */
export async function startApiProcess(
  env: Record<string, string>,
  options: { fromSources?: boolean } = {},
): Promise<ApiProcess> {
  const port = env.PORT ?? String(await freePort());
  const start = npmStartCommand();
  const child: ChildProcess = spawn(process.execPath, options.fromSources ? API_FROM_SOURCES : start.args, {
    cwd: ROOT,
    env: {
      ...start.env,
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      THROTTLE_LIMIT: '100000',
      LOGIN_THROTTLE_LIMIT: '10000',
      ...env,
      PORT: port,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`the API exited at start (code ${child.exitCode})`);
    if (waited > 120_000) throw new Error('the API did not answer /health within 120 s');
    const healthy = await fetch(`${url}/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) break;
    await sleep(200);
  }
  const exited = () =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    pid: child.pid!,
    rssMiB: () => rssOf(child.pid!),
    kill: async () => {
      process.removeListener('exit', killOnExit);
      child.kill('SIGKILL');
      await exited();
    },
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([exited(), sleep(15_000, undefined, { ref: false })]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited();
    },
  };
}

export interface NpmStartProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGINT to `npm start` alone; resolves with the exit code once it has exited. */
  stop(): Promise<number | null>;
  /**
   * Ctrl-C in a terminal: SIGINT to the whole process group, PostgreSQL, Meilisearch and the mail catcher included
   * (only with `terminal`); resolves with the exit code once `npm start` has exited.
   */
  ctrlC(): Promise<number | null>;
}

/** A fresh data dir for `npm start` (readable by the embedded PostgreSQL's own user). */
export function npmStartDataDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * What `npm start` runs, with its own data dir and port, as a newcomer meets it: embedded PostgreSQL, Meilisearch
 * and mail catcher under `dataDir`, the development environment, and the caller's environment otherwise.
 */
export function spawnNpmStart(
  dataDir: string,
  port: number,
  { terminal = false }: { terminal?: boolean } = {},
): NpmStartProcess {
  let output = '';
  const start = npmStartCommand();
  const child = spawn(process.execPath, start.args, {
    cwd: ROOT,
    env: {
      ...process.env,
      ...start.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      // Test files run side by side: leave maildev's usual 1080 to a developer's own npm start.
      MAIL_INBOX_PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, as a terminal gives the command it runs: ctrlC signals the whole group.
    detached: terminal,
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () => {
      child.kill('SIGINT');
      return exited;
    },
    ctrlC: () => {
      if (!terminal) throw new Error('ctrlC needs spawnNpmStart(…, { terminal: true })');
      process.kill(-child.pid!, 'SIGINT');
      return exited;
    },
  };
}

/** The command lines of the processes still running with `dir` in them (pgrep -f), to prove nothing was left. */
export function processesUsing(dir: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', dir]).toString().trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
