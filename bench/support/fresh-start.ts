import { freePort, readLiveRuntime } from '@crossroads/embedded';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { processTree, pssOfProcesses, rssOfProcesses } from './processes';

const ROOT = join(__dirname, '..', '..');

export interface FreshStartMemory {
  /** Per process name (node, postgres, meilisearch, maildev…): RSS summed, MiB. */
  byProcess: Record<string, number>;
  totalRss: number;
  totalPss: number;
  /** The highest total RSS sampled (every 500 ms) from the start until the demo data was searchable. */
  peakRss: number;
  /**
   * The highest total PSS in the same samples: the memory the processes hold together, each shared page (PostgreSQL's
   * shared buffers, mapped by every backend) counted once rather than once per process.
   */
  peakPss: number;
  /** Seconds from the start until the outbox was empty (the demo data searchable). */
  seconds: number;
}

/** What a process of the tree is, from its command line. */
function nameOf(pid: number): string {
  let command: string;
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return 'gone';
  }
  if (command.includes('start-api.cjs')) return 'API';
  if (command.includes('maildev')) return 'maildev';
  if (command.includes('meilisearch')) return 'Meilisearch';
  if (command.includes('postgres')) return 'PostgreSQL';
  if (/\bnpm\b/.test(command)) return 'npm (launcher)';
  return command.split(' ')[0].split('/').pop() ?? 'other';
}

async function outboxEmpty(dataDir: string): Promise<boolean> {
  const runtime = readLiveRuntime(dataDir);
  if (!runtime) return false;
  const client = new Client({ connectionString: runtime.databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM search_outbox');
    return Number(rows[0].n) === 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A fresh `npm start` in a throwaway data directory: waits for the demo seeding to end (the banner) and for the
 * outbox to empty, then reads the RSS of the whole process tree (npm itself, the API, PostgreSQL and its backends,
 * Meilisearch, the mail catcher). Stopped with SIGINT, directory removed.
 */
export async function freshStartMemory(settleSeconds = 10): Promise<FreshStartMemory> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crossroads-bench-start-'));
  chmodSync(dataDir, 0o755);
  // The web app built beforehand, so that its build is not in the timing.
  execFileSync(process.execPath, ['scripts/build-web.cjs'], { cwd: ROOT, stdio: 'inherit' });
  let output = '';
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = performance.now();
  let peakRss = 0;
  let peakPss = 0;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
      if (performance.now() - started > 600_000)
        throw new Error(`npm start not searchable in 600 s:\n${output}`);
      const sampled = processTree(child.pid!);
      peakRss = Math.max(peakRss, rssOfProcesses(sampled));
      peakPss = Math.max(peakPss, pssOfProcesses(sampled));
      if (output.includes('Demo accounts') && (await outboxEmpty(dataDir))) break;
      await sleep(500);
    }
    const seconds = (performance.now() - started) / 1000;
    await sleep(settleSeconds * 1000);
    const tree = processTree(child.pid!);
    const byProcess: Record<string, number> = {};
    for (const pid of tree) byProcess[nameOf(pid)] = (byProcess[nameOf(pid)] ?? 0) + rssOfProcesses([pid]);
    return {
      byProcess,
      totalRss: rssOfProcesses(tree),
      totalPss: pssOfProcesses(tree),
      peakRss,
      peakPss,
      seconds,
    };
  } finally {
    // npm passes SIGINT on to the API, which stops its services.
    child.kill('SIGINT');
    await Promise.race([exited, sleep(20_000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
