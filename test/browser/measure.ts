import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';

const DIST = join(__dirname, '..', '..', 'apps', 'web', 'dist');

/** The JavaScript a page loads from the build, sized as served gzipped (level 9 of the built files). */
export function firstLoadJavaScript(page: Page) {
  const paths = new Set<string>();
  const listener = (response: { url(): string }) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) paths.add(pathname);
  };
  page.on('response', listener);
  return {
    async done() {
      await page.waitForLoadState('networkidle');
      page.off('response', listener);
      let rawBytes = 0;
      let gzipBytes = 0;
      for (const path of paths) {
        const content = readFileSync(join(DIST, path));
        rawBytes += content.length;
        gzipBytes += gzipSync(content, { level: 9 }).length;
      }
      return { files: paths.size, rawBytes, gzipBytes };
    },
  };
}

/**
 * Types `text` one key at a time and measures, in the page, the time from each input event to the results list
 * showing the answer for that query (its data-shown-query attribute). Reported in docs/BENCHMARKS.md, never
 * asserted: timings depend on the machine.
 */
export async function measureKeystrokes(page: Page, box: Locator, text: string) {
  await box.click();
  const samples: number[] = [];
  for (const char of text) {
    const before = await box.inputValue();
    const started = await page.evaluate(() => performance.now());
    await page.keyboard.type(char);
    const expected = (before + char).trim();
    if (expected === before.trim()) continue; // a trailing space asks nothing new
    // Polled from here with plain evaluations: waitForFunction evaluates its predicate with eval in the page,
    // which the app's Content-Security-Policy (script-src 'self') rightly refuses. The time is read in the page.
    const probe = `document.querySelector('#search-results')?.dataset.shownQuery === ${JSON.stringify(expected)} && performance.now()`;
    const deadline = Date.now() + 15_000;
    let shownAt: number | false = false;
    while (!shownAt && Date.now() < deadline) shownAt = (await page.evaluate(probe)) as number | false;
    if (!shownAt) {
      const showing = await page.locator('#search-results').getAttribute('data-shown-query');
      const text = await page.locator('#search-results').innerText();
      throw new Error(`results for "${expected}" never shown (showing "${showing}": ${text.slice(0, 200)})`);
    }
    samples.push(shownAt - started);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
  return {
    keystrokes: samples.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    maxMs: Math.round(sorted.at(-1)!),
  };
}
