import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's source, injected into a page (the browser context must bypass the app's CSP: `bypassCSP: true`). */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical axe-core violations of the page as it is now, one line each (empty when none). */
export async function seriousViolations(page: Page, label = new URL(page.url()).pathname): Promise<string[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  if (!(await page.evaluate(`typeof axe !== 'undefined'`))) await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${label}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}
