import { loadConfig, migrateDatabase } from '@crossroads/core';
import { DEMO_SEED, seedDemoDirectory } from '@crossroads/directory/demo';
import { ReindexService } from '@crossroads/search';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { launchChromium } from '../test/browser/chromium';
import { firstLoadJavaScript, measureKeystrokes } from '../test/browser/measure';
import { listenOnLoopback, servicesEnv, startThrowawayServices } from './support/services';

const QUERIES = ['chef opérateur', 'monteuse', 'plaine images', 'animation 3d lille'];

function gzipKb(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

/**
 * The web app on the demo directory (scale 1): JavaScript of the search page's first load (gzipped), the largest
 * chunks of the build, and keystroke → results latency in Chromium (the same measurement as the browser tests).
 */
export async function webApp(): Promise<string> {
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-web.cjs')], { stdio: 'inherit' });
  const { dataDir, services } = await startThrowawayServices('crossroads-bench-');
  try {
    const config = loadConfig({
      ...servicesEnv(services),
      LOG_LEVEL: 'error',
      THROTTLE_LIMIT: '100000',
      OUTBOX_RELAY: 'false',
    });
    await migrateDatabase(config.databaseUrl);
    const app = await createApp(config);
    const baseURL = `${await listenOnLoopback(app)}`;
    const { browser, close } = await launchChromium();
    try {
      await seedDemoDirectory(app.get(DataSource), { seed: DEMO_SEED, scale: 1 });
      await app.get(ReindexService).reindexAll();
      const page = await (await browser.newContext({ baseURL, locale: 'fr-FR' })).newPage();
      const loaded = firstLoadJavaScript(page);
      await page.goto('/');
      const bundle = await loaded.done();
      const box = page.getByLabel('Rechercher des personnes, entreprises, écoles, sites…');
      const rows: string[] = [];
      for (const query of QUERIES) {
        await box.fill('');
        const latency = await measureKeystrokes(page, box, query);
        rows.push(
          `| ${query} | ${latency.keystrokes} | ${latency.medianMs} ms | ${latency.p95Ms} ms | ${latency.maxMs} ms |`,
        );
      }
      const assets = join(__dirname, '..', 'apps', 'web', 'dist', 'assets');
      const chunks = readdirSync(assets)
        .filter((name) => name.endsWith('.js'))
        .map((name) => ({ name, kb: gzipKb(join(assets, name)) }))
        .sort((a, b) => b.kb - a.kb)
        .slice(0, 4);
      return [
        '## Web app: bundle size and search-as-you-type (issue 10: under 250 kB, within 100 ms)',
        '',
        `Search page's first load: **${bundle.files} JavaScript files, ${(bundle.gzipBytes / 1024).toFixed(1)} kB gzipped** ` +
          `(${(bundle.rawBytes / 1024).toFixed(1)} kB raw). Every other page is a lazy chunk of 1–3 kB gzipped. Largest chunks:`,
        '',
        '| chunk | gzipped |',
        '| ----- | ------- |',
        ...chunks.map(
          (chunk) => `| ${chunk.name.replace(/-[\w-]{8}\.js$/, '.js')} | ${chunk.kb.toFixed(1)} kB |`,
        ),
        '',
        'Keystroke → results in headless Chromium on the demo directory (6,500 people, 400 companies): the time from',
        'each input event to the results list showing the answer for that exact query (no debounce; each keystroke',
        'sends one `search` with facets).',
        '',
        '| typed | keystrokes | p50 | p95 | max |',
        '| ----- | ---------- | --- | --- | --- |',
        ...rows,
      ].join('\n');
    } finally {
      await close();
      await app.close();
    }
  } finally {
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
