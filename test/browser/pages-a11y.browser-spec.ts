import { startTestApp, TestApp } from '@crossroads/testing';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { PERSONA_SLUGS, seedDemoPersonas } from '../../libs/delegations/src/demo';
import { launchChromium, LaunchedBrowser } from './chromium';

/** axe-core's source, injected into each page (the test context bypasses the app's CSP for this only). */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Every page of the web app, as the demo personas see it, checked with axe-core: no serious or critical
 * violation. The site page's map is drawn without network (no tiles; its marker is checked).
 */
describe('pages in Chromium: axe-core and the map', () => {
  let t: TestApp;
  let launched: LaunchedBrowser;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp(createApp, { OUTBOX_RELAY: 'false', THROTTLE_LIMIT: '100000' });
    await seedDemoPersonas(t.app.get(DataSource), 'crossroads-demo');
    launched = await launchChromium();
    browser = launched.browser;
  }, 180_000);
  afterAll(async () => {
    await launched?.close();
    await t?.close();
  });

  async function newPage(email?: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
      baseURL: t.baseUrl,
      bypassCSP: true,
    });
    const page = await context.newPage();
    if (email) {
      await page.goto('/login');
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Mot de passe').fill('crossroads-demo');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.waitForURL((url) => url.pathname !== '/login');
      await page.getByText('Compte', { exact: true }).waitFor();
    }
    return page;
  }

  async function seriousViolations(page: Page, path: string): Promise<string[]> {
    await page.goto(path);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.addScriptTag({ content: AXE });
    const violations = (await page.evaluate(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
    )) as Violation[];
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${path}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
  }

  it('draws the site page map with its marker, without network', async () => {
    const page = await newPage();
    await page.goto('/sites/plaine-images');
    await page.locator('.place-map.leaflet-container').waitFor();
    expect(await page.locator('.place-map path.map-marker').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
  });

  it.each([
    [null, ['/', '/festivals', '/sites/plaine-images', '/login', '/register']],
    [
      'producer@example.org',
      [
        '/me',
        '/me/projects',
        '/me/introductions',
        '/me/invitations',
        '/me/data',
        `/projects/${PERSONA_SLUGS.annecyProject}`,
      ],
    ],
    ['partner@example.org', ['/me/introductions', `/companies/${PERSONA_SLUGS.partnerCompany}`]],
    [
      'staff@example.org',
      [
        '/staff/dashboard',
        '/staff/members',
        '/staff/claims',
        '/staff/memberships',
        '/staff/delegations',
        '/staff/import',
      ],
    ],
  ])('as %s, no serious or critical axe violation', async (email, paths) => {
    const page = await newPage(email ?? undefined);
    const problems: string[] = [];
    for (const path of paths) problems.push(...(await seriousViolations(page, path)));
    expect(problems).toEqual([]);
  });
});
