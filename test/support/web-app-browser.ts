import { DEMO_SEED, seedDemoDirectory } from '@crossroads/directory/demo';
import { ReindexService } from '@crossroads/search';
import { Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { launchChromium } from '../browser/chromium';

/**
 * The built web app, served by the API at /, driven in Debian's Chromium on a few known profiles: what every
 * browser spec of it starts from. `npm run web:screenshots` (UPDATE_SCREENSHOTS=1) adds the demo directory and
 * writes docs/screenshots/*.png; `npm run bench` measures search-as-you-type on the demo directory
 * (docs/BENCHMARKS.md).
 */
export const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1' ? join(__dirname, '..', '..', 'docs', 'screenshots') : null;

export const CREATE = `mutation ($input: PersonInput!) { createPerson(input: $input) { id slug } }`;

export const LEA = {
  firstName: 'Léa',
  lastName: 'Dupré',
  headline: 'Cheffe opératrice, fiction et documentaire',
  kinds: ['TECHNICIAN'],
  crafts: ['director-of-photography'],
  languages: [
    { language: 'fr', level: 'NATIVE' },
    { language: 'en', level: 'FLUENT' },
  ],
  city: 'Tourcoing',
  postcode: '59200',
  lat: 50.7236,
  lng: 3.1613,
  email: 'lea.dupre@example.org',
  phone: '+33 6 12 34 56 78',
  bioFr: 'Vingt ans de tournages dans la région, en fiction comme en documentaire.',
  bioEn: 'Twenty years of shoots in the region, fiction and documentary.',
  site: 'plaine-images',
};

/** Two more directors of photography: one far from Tourcoing, one without English. */
export const HUGO = {
  firstName: 'Hugo',
  lastName: 'Ferrand',
  kinds: ['TECHNICIAN'],
  crafts: ['director-of-photography'],
  languages: [{ language: 'en', level: 'FLUENT' }],
  city: 'Marseille',
  lat: 43.2965,
  lng: 5.3698,
};
export const INES = {
  firstName: 'Inès',
  lastName: 'Martin',
  kinds: ['TECHNICIAN'],
  crafts: ['director-of-photography'],
  languages: [{ language: 'fr', level: 'NATIVE' }],
  city: 'Roubaix',
  lat: 50.6942,
  lng: 3.1746,
};

export const SAM = {
  firstName: 'Sam',
  lastName: 'Verhaeghe',
  headline: 'Monteur',
  kinds: ['TECHNICIAN'],
  crafts: ['editor'],
  city: 'Roubaix',
  email: 'sam.verhaeghe@example.org',
};

export interface WebAppInBrowser {
  t: TestApp;
  staff: Session;
  /** A fresh browser context in French at the given viewport; a page error fails the test. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Writes docs/screenshots/<name>.png when screenshots are asked for; nothing otherwise. */
  screenshot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  signInThroughForm(page: Page, email: string, password?: string): Promise<void>;
  /** Follows a link of a header menu (Mon espace, Équipe, Compte): opens the menu first, as a person would. */
  navigate(page: Page, menu: string, link: string): Promise<void>;
  openMenu(page: Page, menu: string): Promise<void>;
  close(): Promise<void>;
}

/** Boots the API with Léa, Hugo, Inès and Sam in every index, and Chromium. */
export async function startWebAppInBrowser(): Promise<WebAppInBrowser> {
  const t = await startTestApp(createApp, {
    OUTBOX_RELAY: 'false',
    THROTTLE_LIMIT: '100000',
    LOGIN_THROTTLE_LIMIT: '1000',
  });
  if (SCREENSHOTS) await seedDemoDirectory(t.app.get(DataSource), { seed: DEMO_SEED, scale: 1 });
  const staff = await signIn(t.graphql, 'staff@example.org');
  for (const input of [LEA, HUGO, INES, SAM]) await t.graphql.ok(CREATE, { input }, staff.headers);
  // One bulk build of every index (the relay is off: with the demo directory it would take a while).
  await t.app.get(ReindexService).reindexAll();
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  const launched = await launchChromium();
  const browser = launched.browser;

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'fr-FR', baseURL: t.baseUrl });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
    if (!SCREENSHOTS) return;
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
  }

  async function signInThroughForm(page: Page, email: string, password = 'crossroads-demo'): Promise<void> {
    await page.goto('/login');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Compte', { exact: true }).waitFor();
    // The form navigates away once signed in: a menu opened before that would close with the navigation.
    await page.waitForURL((url) => url.pathname !== '/login');
  }

  /** Follows a link of a header menu (Mon espace, Équipe, Compte): opens the menu first, as a person would. */
  async function navigate(page: Page, menu: string, link: string): Promise<void> {
    await openMenu(page, menu);
    await page.getByRole('link', { name: link, exact: true }).click();
  }

  /**
   * Opens a header menu. A menu closes when the route changes, so a click that lands while the sign-in form's
   * redirect is still under way is undone: open it again until it stays open.
   */
  async function openMenu(page: Page, menu: string): Promise<void> {
    const open = page.locator('details[open] > summary', { hasText: menu });
    for (let attempt = 0; attempt < 5; attempt++) {
      if (!(await open.count())) await page.locator('summary', { hasText: menu }).click();
      await page.waitForTimeout(200);
      if (await open.count()) return;
    }
    throw new Error(`The menu ${menu} does not stay open`);
  }

  return {
    t,
    staff,
    newPage,
    screenshot,
    signInThroughForm,
    navigate,
    openMenu,
    close: async () => {
      await launched.close();
      await t.close();
    },
  };
}
