import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importThroughput } from './import.bench';
import { indexLatency } from './index-latency.bench';
import { machine } from './machine';

/** Each benchmark returns one Markdown section starting with its own `## ` heading. */
const BENCHMARKS: Record<string, () => Promise<string>> = {
  'index-latency': indexLatency,
  import: importThroughput,
};

/** Replaces the section of the same heading in `report`, or appends it. */
function withSection(report: string, section: string): string {
  const heading = section.split('\n')[0];
  const start = report.indexOf(`${heading}\n`);
  if (start < 0) return `${report.trimEnd()}\n\n${section}\n`;
  const next = report.indexOf('\n## ', start + heading.length);
  return `${report.slice(0, start)}${section}\n${next < 0 ? '' : report.slice(next)}`;
}

/**
 * `npm run bench` runs every benchmark; `npm run bench -- import` only the named ones. Each writes its own section
 * of docs/BENCHMARKS.md, leaving the others as they are. Not part of `npm test`.
 */
async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length)
    throw new Error(`Unknown benchmark ${unknown.join(', ')}: ${Object.keys(BENCHMARKS).join(', ')}`);
  const file = join(__dirname, '..', 'docs', 'BENCHMARKS.md');
  let report = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  if (names.length === 0) {
    report = report.replace(
      /^Written by `npm run bench` on .*$/m,
      `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine()}.`,
    );
  }
  for (const name of names.length ? names : Object.keys(BENCHMARKS)) {
    const section = await BENCHMARKS[name]();
    report = withSection(report, section);
    console.log(section);
  }
  writeFileSync(file, report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
