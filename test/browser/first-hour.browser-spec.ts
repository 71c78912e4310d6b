import { seedDemo } from '@crossroads/coproduction/demo';
import { PERSONA_SLUGS, seedDemoPersonas } from '@crossroads/delegations/demo';
import { startTestApp, TestApp } from '@crossroads/testing';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { seriousViolations } from './axe';
import { launchChromium, LaunchedBrowser } from './chromium';
import { DEMO_PASSWORD, navigate, signInThroughForm, signOut } from './sign-in';

/** A raw code such as TV_SERIES or MINORITY_COPRODUCER, which a reader must never see. */
const RAW_CODE = /\b[A-Z]{2,}(?:_[A-Z]+)+\b/;

/**
 * Issue 19's "done when", as a newcomer lives it on the demo data `npm start` seeds, with the README's personas
 * and password: the producer sees French reasons and requests an introduction, the partner accepts it, staff open
 * the dashboard. axe-core checks every step.
 */
describe('the first hour, in Chromium on the demo data', () => {
  let t: TestApp;
  let launched: LaunchedBrowser;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp(createApp, { OUTBOX_RELAY: 'false', THROTTLE_LIMIT: '100000' });
    const dataSource = t.app.get(DataSource);
    await seedDemo(dataSource);
    await seedDemoPersonas(dataSource, DEMO_PASSWORD);
    launched = await launchChromium();
    browser = launched.browser;
  }, 300_000);
  afterAll(async () => {
    await launched?.close();
    await t?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
      baseURL: t.baseUrl,
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  it('producer requests an introduction, partner accepts it, staff see the dashboard', async () => {
    const page = await newPage();
    const problems: string[] = [];
    const check = async (step: string) => problems.push(...(await seriousViolations(page, step)));

    // The producer of the README opens Frontière Nord (Series Mania) from her projects.
    await signInThroughForm(page, 'producer@example.org');
    await check('producer signed in');
    await navigate(page, 'Mon espace', 'Mes projets');
    await page.getByRole('link', { name: 'Frontière Nord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Frontière Nord' }).waitFor();
    const edition = page.getByLabel('Édition de festival');
    const seriesMania = await edition
      .locator('option', { hasText: /^Series Mania/ })
      .first()
      .getAttribute('value');
    await edition.selectOption(seriesMania!);
    await page.waitForURL(/edition=/);
    const meuse = page.locator('.match', { has: page.getByRole('heading', { name: 'Studio Meuse' }) });
    await meuse.waitFor();
    await meuse.locator('summary').click();
    // Reasons in French words, with no raw code left in them.
    await meuse.getByText('Travaille sur des séries TV').waitFor();
    await meuse.getByText('Présence au festival').waitFor();
    const reasons = await page.locator('.match-list .reasons').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.join('\n')).not.toMatch(RAW_CODE);
    expect(reasons.join('\n')).not.toMatch(/\bWorks on\b/);
    await check('partner matches');

    await meuse.getByRole('button', { name: 'Demander une mise en relation avec Studio Meuse' }).click();
    await page
      .getByLabel('Message à Studio Meuse (2 000 caractères au plus)')
      .fill('Bonjour, Frontière Nord cherche un coproducteur belge : parlons-en à Series Mania ?');
    await check('introduction form');
    await meuse.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.getByText('Demande envoyée à Studio Meuse.').waitFor();
    await check('introduction sent');
    await signOut(page);

    // The partner of the README accepts it.
    await signInThroughForm(page, 'partner@example.org');
    await navigate(page, 'Mon espace', 'Mises en relation');
    await page.getByRole('heading', { name: 'Demandes reçues par mes sociétés' }).waitFor();
    const request = page.locator('.intro', { has: page.getByRole('link', { name: 'Frontière Nord' }) });
    await request.getByText('En attente').waitFor();
    await check('introductions received');
    await request.getByRole('button', { name: 'Accepter' }).click();
    await request.getByText('Acceptée').waitFor();
    await request.getByText('Demandeur').waitFor();
    await check('introduction accepted');
    const [row] = await t.sql(
      `SELECT i.status FROM introduction i JOIN project p ON p.id = i.project_id WHERE p.slug = $1`,
      [PERSONA_SLUGS.seriesProject],
    );
    expect(row.status).toBe('ACCEPTED');
    await signOut(page);

    // Staff of the README open the dashboard.
    await signInThroughForm(page, 'staff@example.org');
    await navigate(page, 'Équipe', 'Tableau de bord');
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await page.getByRole('figure', { name: 'Membres par département' }).waitFor();
    await page.getByRole('heading', { name: 'Projets en coproduction' }).waitFor();
    await check('staff dashboard');

    expect(problems).toEqual([]);
  }, 240_000);
});
