import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './process-alive';

/** Where a running `npm start` says its embedded services listen, so the CLI can use them meanwhile. */
export interface EmbeddedRuntime {
  pid: number;
  databaseUrl: string;
  databaseAdminUrl: string;
  meiliUrl: string;
  meiliApiKey: string;
  meiliSearchKey: string;
}

const fileIn = (dataDir: string) => join(dataDir, 'runtime.json');

export function writeRuntime(dataDir: string, runtime: EmbeddedRuntime): void {
  writeFileSync(fileIn(dataDir), JSON.stringify(runtime, null, 2), { mode: 0o600 });
}

export function removeRuntime(dataDir: string): void {
  rmSync(fileIn(dataDir), { force: true });
}

/** The runtime of a live `npm start` on this data dir, if there is one. */
export function readLiveRuntime(dataDir: string): EmbeddedRuntime | undefined {
  const file = fileIn(dataDir);
  if (!existsSync(file)) return undefined;
  const runtime = JSON.parse(readFileSync(file, 'utf8')) as EmbeddedRuntime;
  return isAlive(runtime.pid) ? runtime : undefined;
}
