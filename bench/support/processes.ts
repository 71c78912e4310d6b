import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const numericEntries = () => readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process is gone meanwhile
  }
}

/** Processes whose command line contains every one of `parts`. */
export function processesMatching(...parts: string[]): number[] {
  return numericEntries()
    .filter((entry) => {
      const command = read(`/proc/${entry}/cmdline`)?.split('\0').join(' ');
      return command !== undefined && parts.every((part) => command.includes(part));
    })
    .map(Number);
}

/** The embedded Meilisearch's process: the one whose command line names meilisearch and the URL's port. */
export function meiliProcess(url: string): number | undefined {
  return processesMatching('meilisearch', `:${new URL(url).port}`).find(
    (pid) => !read(`/proc/${pid}/cmdline`)?.includes('setpriv'),
  );
}

/** The postmaster of a PostgreSQL data directory (its postmaster.pid), if it runs. */
export function postmasterOf(pgDataDir: string): number | undefined {
  const pid = Number(read(join(pgDataDir, 'postmaster.pid'))?.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && read(`/proc/${pid}/status`) ? pid : undefined;
}

/** A process and all its descendants (PostgreSQL's backends are the postmaster's children). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of numericEntries()) {
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Summed RSS of processes, in MiB. PostgreSQL's backends map the same shared buffers, so a sum over a postmaster's
 * tree counts those pages once per backend that touched them: an upper bound, as `ps` and `top` would add it up.
 */
export function rssOfProcesses(pids: number[]): number {
  let kib = 0;
  for (const pid of pids)
    kib += Number(/VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '')?.[1] ?? 0);
  return Math.round(kib / 1024);
}

/** Proportional set size of processes (shared pages divided among their users), in MiB: the honest total. */
export function pssOfProcesses(pids: number[]): number {
  let kib = 0;
  for (const pid of pids)
    kib += Number(/^Pss:\s+(\d+) kB/m.exec(read(`/proc/${pid}/smaps_rollup`) ?? '')?.[1] ?? 0);
  return Math.round(kib / 1024);
}

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
export function processCpuSeconds(pid: number): number {
  const stat = read(`/proc/${pid}/stat`) ?? '';
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat, counted from pid; here from state (field 3).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
