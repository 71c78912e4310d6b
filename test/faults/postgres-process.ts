// Embedded PostgreSQL in a process of its own, for the fault tests: jest cannot load the platform package
// (ESM) inside a test file, and a separate process can be stopped and started again like a real server.
// Usage: node -r ./scripts/register-paths.cjs test/faults/postgres-process.ts <dataDir> <port>; prints the URL.
import { startEmbeddedPostgres } from '@crossroads/embedded';
import { join } from 'node:path';

async function main() {
  const [dataDir, port] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'pg'),
    logFile: join(dataDir, 'pg.log'),
    password: 'faults-test-password',
    database: 'crossroads',
    fast: true,
    port: Number(port),
  });
  const stop = () => pg.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdout.write(`${pg.url}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
