import { databaseOptions, loadConfig, runMigrations } from '@crossroads/core';
import { startEmbeddedServices } from '@crossroads/embedded';
import { ExportService, fileSource, ImportService } from '@crossroads/transfer';
import { NestFactory } from '@nestjs/core';
import { chmodSync, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { CliModule } from '../apps/cli/src/cli.module';
import { machine } from './machine';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const FIRST = [
  'Léa',
  'Karim',
  'Sophie',
  'Thomas',
  'Inès',
  'Julien',
  'Camille',
  'Hugo',
  'Zoé',
  'Yann',
  'Chloé',
  'Mehdi',
];
const LAST = [
  'Dupré',
  'Benali',
  'Vermeulen',
  'Lefebvre',
  'Moreau',
  'Dubois',
  'Lambert',
  'Martin',
  'Petit',
  'Leroy',
];
const CRAFTS = [
  'chef opérateur',
  'monteuse',
  'étalonneur',
  'perchman',
  'scripte',
  'DoP',
  'game designer',
  'animateur 3D',
];
const LANGUAGES = [
  'français natif',
  'anglais courant',
  'néerlandais (professional)',
  'it:FLUENT',
  'allemand notions',
];
const CITIES = [
  ['Lille', '59000', '50.63', '3.06'],
  ['Tourcoing', '59200', '50.72', '3.16'],
  ['Roubaix', '59100', '50.69', '3.17'],
  ['Valenciennes', '59300', '50.36', '3.52'],
];

/** A people CSV of `rows` valid rows with French headers and labels, unique emails. */
async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('prénom;nom;email;métiers;langues;type;ville;code postal;latitude;longitude;titre\n');
  for (let i = 0; i < rows; i++) {
    const [city, postcode, lat, lng] = CITIES[i % CITIES.length];
    const line =
      `${FIRST[i % FIRST.length]};${LAST[(i * 7) % LAST.length]};bench${i}@example.org;` +
      `${CRAFTS[i % CRAFTS.length]} | ${CRAFTS[(i + 3) % CRAFTS.length]};` +
      `${LANGUAGES[i % 2]} | ${LANGUAGES[2 + (i % 3)]};technicien;${city};${postcode};${lat};${lng};Profil ${i}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
}

/** 100,000 people rows imported through the CLI's code path against embedded PostgreSQL (issue 8: under 2 min). */
export async function importThroughput(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crossroads-bench-import-'));
  chmodSync(dataDir, 0o755);
  const services = await startEmbeddedServices({ dataDir });
  try {
    const config = loadConfig({
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_API_KEY: services.meiliApiKey,
      LOG_LEVEL: 'error',
      OUTBOX_RELAY: 'false',
    });
    const migrator = await new DataSource(databaseOptions(config.databaseUrl, [], 2)).initialize();
    await runMigrations(migrator);
    await migrator.destroy();
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
      logger: ['error'],
    });
    try {
      const csv = join(dataDir, 'people.csv');
      await writeCsv(csv, ROWS);
      const megabytes = statSync(csv).size / 2 ** 20;
      const imports = context.get(ImportService);
      const timed = async () => {
        const started = performance.now();
        const report = await imports.import(fileSource(csv), { type: 'people' });
        return { report, seconds: (performance.now() - started) / 1000 };
      };
      const first = await timed();
      if (first.report.problems.length) console.error(first.report.problems.slice(0, 5));
      const second = await timed();
      const dataSource = context.get(DataSource);
      const [{ outbox }] = await dataSource.query('SELECT count(*)::int AS outbox FROM search_outbox');
      const exportPath = join(dataDir, 'export.csv');
      const rssBefore = process.memoryUsage().rss;
      let rssPeak = rssBefore;
      const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
      const exportStarted = performance.now();
      const out = createWriteStream(exportPath);
      const exported = await context
        .get(ExportService)
        .export({ type: 'people', format: 'csv', includePrivate: true }, out);
      out.end();
      await finished(out);
      clearInterval(sampler);
      const exportSeconds = (performance.now() - exportStarted) / 1000;
      const rate = (rows: number, seconds: number) =>
        `${Math.round(rows / seconds).toLocaleString('en')} rows/s`;
      return [
        '## Import and export: 100,000 people (issue 8: import under 2 minutes)',
        '',
        `Measured by \`npm run bench -- import\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine()}; ` +
          `embedded PostgreSQL 18, no search relay during the run; load average at the end: ${loadavg()
            .map((l) => l.toFixed(1))
            .join(', ')}.`,
        '',
        `The CSV (${ROWS.toLocaleString('en')} rows, ${megabytes.toFixed(1)} MB, semicolons, French headers, two crafts ` +
          'by French title or synonym and two languages with levels per row) is generated by the benchmark.',
        '',
        '| run | rows | time | throughput | created | updated | unchanged | invalid |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        `| first import (check pass + write pass, batches of 1,000) | ${first.report.rows} | ${first.seconds.toFixed(1)} s | ${rate(first.report.rows, first.seconds)} | ${first.report.created} | ${first.report.updated} | ${first.report.unchanged} | ${first.report.invalid} |`,
        `| same file again (idempotent: nothing written) | ${second.report.rows} | ${second.seconds.toFixed(1)} s | ${rate(second.report.rows, second.seconds)} | ${second.report.created} | ${second.report.updated} | ${second.report.unchanged} | ${second.report.invalid} |`,
        `| export, CSV with private fields (keyset pages of 1,000) | ${exported} | ${exportSeconds.toFixed(1)} s | ${rate(exported, exportSeconds)} | | | | |`,
        '',
        `Outbox rows queued for search by the first import: ${outbox.toLocaleString('en')} (one per person). ` +
          `Process memory during the export: ${Math.round(rssBefore / 2 ** 20)} MiB before, ${Math.round(rssPeak / 2 ** 20)} MiB at peak.`,
      ].join('\n');
    } finally {
      await context.close();
    }
  } finally {
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
