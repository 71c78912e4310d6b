import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexLatency } from './index-latency.bench';
import { machine } from './machine';
import { webApp } from './web-app.bench';

/** `npm run bench`: runs every benchmark and writes docs/BENCHMARKS.md. Not part of `npm test`. */
async function main(): Promise<void> {
  const sections = [await indexLatency(), '', await webApp()];
  const report = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine()}.`,
    '',
    ...sections,
    '',
  ].join('\n');
  writeFileSync(join(__dirname, '..', 'docs', 'BENCHMARKS.md'), report);
  console.log(report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
