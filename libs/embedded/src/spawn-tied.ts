import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** The last lines of a service's log, for an error message. */
export function lastLines(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-3).join(' | ');
  } catch {
    return '';
  }
}

/**
 * On Linux, `setpriv --pdeathsig` makes the kernel stop Meilisearch if this process dies, even by SIGKILL;
 * elsewhere the exit hook below is the guard.
 */
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find(
  (path) => process.platform === 'linux' && existsSync(path),
);

export function spawnTied(binary: string, args: string[], log: number, env: NodeJS.ProcessEnv): ChildProcess {
  const [command, fullArgs] = SETPRIV
    ? [SETPRIV, ['--pdeathsig', 'TERM', '--', binary, ...args]]
    : [binary, args];
  return spawn(command, fullArgs, { stdio: ['ignore', log, log], env });
}

export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
