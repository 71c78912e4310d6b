import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexLatency } from './index-latency.bench';
import { machine } from './machine';
import { importThroughput } from './import.bench';
import { partnerMatching } from './partner-matching.bench';
import { webApp } from './web-app.bench';

const BENCHMARKS: Record<string, () => Promise<string>> = {
  'index-latency': indexLatency,
  'partner-matching': partnerMatching,
  import: importThroughput,
  'web-app': webApp,
};

const FILE = join(__dirname, '..', 'docs', 'BENCHMARKS.md');

/** The `## ` sections of the current report, keyed by heading, in order. */
function sections(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of text.split(/^(?=## )/m).slice(1)) found.set(part.split('\n')[0], part.trimEnd());
  return found;
}

/**
 * `npm run bench`: runs every benchmark and writes docs/BENCHMARKS.md; `npm run bench -- <name>` (partner-matching,
 * import…) runs the
 * named ones and replaces only their sections, keeping the others. Not part of `npm test`.
 */
async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length)
    throw new Error(`unknown benchmark ${unknown.join(', ')}: ${Object.keys(BENCHMARKS).join(', ')}`);
  const kept =
    names.length && existsSync(FILE) ? sections(readFileSync(FILE, 'utf8')) : new Map<string, string>();
  for (const name of names.length ? names : Object.keys(BENCHMARKS)) {
    const section = await BENCHMARKS[name]();
    kept.set(section.split('\n')[0], section);
  }
  const report = [
    '# Benchmarks',
    '',
    names.length
      ? `Written by \`npm run bench\`; ${names.join(', ')} re-measured on ${new Date().toISOString().slice(0, 10)}; machine: ${machine()}.`
      : `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine()}.`,
    '',
    [...kept.values()].join('\n\n'),
    '',
  ].join('\n');
  writeFileSync(FILE, report);
  console.log(report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
