import { cpus, loadavg, totalmem } from 'node:os';

/** One line describing where the figures were taken. */
export function machine(): string {
  const [cpu] = cpus();
  return `${cpus().length} × ${cpu?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The load average (1, 5, 15 minutes), as `uptime` shows it: on a shared 2-core machine it qualifies every figure. */
export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
}
