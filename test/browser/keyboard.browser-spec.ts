import { PERSONA_IDS, PERSONA_SLUGS, seedDemoPersonas } from '@crossroads/delegations/demo';
import { ReindexService } from '@crossroads/search';
import { startTestApp, TestApp } from '@crossroads/testing';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { launchChromium, LaunchedBrowser } from './chromium';
import { focused, markFormControls, tabThroughPage, tabTo } from './keyboard';
import { DEMO_PASSWORD } from './sign-in';

/**
 * Issue 19: the search, the board and every form work from the keyboard alone (Tab, Shift+Tab, Enter, Space, no
 * click), with a visible focus, labelled inputs and the right language attribute.
 */
describe('the web app from the keyboard alone, in Chromium', () => {
  let t: TestApp;
  let launched: LaunchedBrowser;
  let browser: Browser;
  let annecyEdition: string;
  let claimable: string;

  beforeAll(async () => {
    t = await startTestApp(createApp, {
      OUTBOX_RELAY: 'false',
      THROTTLE_LIMIT: '100000',
      LOGIN_THROTTLE_LIMIT: '1000',
    });
    await seedDemoPersonas(t.app.get(DataSource), DEMO_PASSWORD);
    const [person] = await t.sql(
      `INSERT INTO person (slug, first_name, last_name, kinds, city) VALUES ('jeanne-claim', 'Jeanne', 'Claim', '{ACTOR}', 'Lille')
       RETURNING slug`,
    );
    claimable = person.slug as string;
    const [delegation] = await t.sql(`SELECT edition_id FROM delegation WHERE id = $1`, [
      PERSONA_IDS.delegation,
    ]);
    annecyEdition = delegation.edition_id as string;
    await t.app.get(ReindexService).reindexAll();
    launched = await launchChromium();
    browser = launched.browser;
  }, 180_000);
  afterAll(async () => {
    await launched?.close();
    await t?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
      baseURL: t.baseUrl,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  /** The login form, from the keyboard: Tab to each field, type, Enter submits. */
  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/login');
    await page.locator('main h1').waitFor();
    await tabTo(page, 'E-mail');
    await page.keyboard.type(email);
    await tabTo(page, 'Mot de passe');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.getByText('Compte', { exact: true }).waitFor();
  }

  /** Every form control of the page reached with Tab, each labelled, each focus drawn. */
  async function expectFormsReachable(page: Page, path: string): Promise<void> {
    // The page in front, as a person sees it: a date field in a window without focus matches no :focus.
    await page.bringToFront();
    await page.goto(path);
    await page.locator('main h1').first().waitFor();
    await page.locator('main input:visible, main select:visible, main textarea:visible').first().waitFor();
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const controls = await markFormControls(page);
    if (!controls.length) throw new Error(`${path}: no form control found`);
    expect(controls.filter((c) => !c.labelled).map((c) => `${path} ${c.what}`)).toEqual([]);
    const { reached, unseen } = await tabThroughPage(page);
    expect(controls.filter((c) => !reached.has(c.mark)).map((c) => `${path} ${c.what}`)).toEqual([]);
    expect(unseen.map((what) => `${path} ${what}`)).toEqual([]);
  }

  it('searches, moves through the results and opens one, with Tab and Enter', async () => {
    const page = await newPage();
    await page.goto('/');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    // The skip link comes first and leads to the content.
    const skip = await tabTo(page, 'Aller au contenu', { max: 1 });
    expect(skip.visibleFocus).toBe(true);
    await tabTo(page, 'Rechercher des personnes, entreprises, écoles, sites…');
    await page.keyboard.type('Ouali');
    const result = await tabTo(page, 'Malik Ouali');
    expect(result.visibleFocus).toBe(true);
    // Back with Shift+Tab to the field, then forward again: the list stays in order.
    await tabTo(page, 'Rechercher des personnes, entreprises, écoles, sites…', { back: true });
    await tabTo(page, 'Malik Ouali');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/people/malik-ouali-demo');
    await page.getByRole('heading', { level: 1, name: 'Malik Ouali' }).waitFor();
  });

  it('switches the language from the keyboard and the html lang follows', async () => {
    const page = await newPage();
    await page.goto('/festivals');
    await page.locator('main h1').waitFor();
    const toggle = await tabTo(page, /^Langue: English/);
    expect(toggle.visibleFocus).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(`document.documentElement.lang === 'en'`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.getAttribute('button.lang-switch', 'lang')).toBe('fr');
    await tabTo(page, /^Language: Français/, { back: true });
    await page.keyboard.press('Space');
    await page.waitForFunction(`document.documentElement.lang === 'fr'`);
  });

  it('signs in with Enter, and every form is reached with Tab, labelled, with its focus drawn', async () => {
    const visitor = await newPage();
    for (const path of ['/login', '/register']) await expectFormsReachable(visitor, path);

    const producer = await newPage();
    await signIn(producer, 'producer@example.org');
    for (const path of [
      '/me',
      '/me/projects/new',
      `/me/projects/${PERSONA_SLUGS.annecyProject}/edit`,
      '/me/notifications',
    ])
      await expectFormsReachable(producer, path);

    const staff = await newPage();
    await signIn(staff, 'staff@example.org');
    for (const path of [
      `/companies/${PERSONA_SLUGS.producerCompany}/members`,
      `/staff/editions/${annecyEdition}/dates`,
    ])
      await expectFormsReachable(staff, path);
  });

  it('a member claims a profile with the keyboard: Enter opens the form, Tab and Enter send it', async () => {
    const page = await newPage();
    await signIn(page, 'member@example.org');
    await page.goto(`/people/${claimable}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, 'C’est mon profil');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Message pour l’équipe (facultatif)');
    await page.keyboard.type('Je suis Jeanne, comédienne à Lille.');
    await tabTo(page, 'Envoyer la demande');
    await page.keyboard.press('Enter');
    await page.getByText('Demande envoyée : l’équipe de l’agence va la vérifier.').waitFor();
  });

  it('staff add a member by Enter and move a delegation member with the keyboard; the focus follows', async () => {
    const page = await newPage();
    await signIn(page, 'staff@example.org');
    await page.goto(`/companies/${PERSONA_SLUGS.producerCompany}/members`);
    await page.locator('main h1').waitFor();
    await tabTo(page, 'Profil (identifiant de l’adresse, ex. camille-martin)');
    await page.keyboard.type('yanis-delcourt-demo');
    await tabTo(page, 'Fonction');
    await page.keyboard.type('Scénariste associé');
    await page.keyboard.press('Enter');
    await page.getByRole('cell', { name: 'Scénariste associé' }).waitFor();

    await page.goto(`/staff/delegations/${annecyEdition}`);
    const column = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });
    await column('Invités').getByText('Malik Ouali').waitFor();
    const move = await tabTo(page, 'Confirmer Malik Ouali');
    expect(move.visibleFocus).toBe(true);
    await page.keyboard.press('Enter');
    await column('Confirmés').getByText('Malik Ouali').waitFor();
    // The moved card holds the focus in its new column: the keyboard goes on from there.
    await page.waitForFunction(`document.activeElement?.getAttribute('aria-label') === 'Malik Ouali'`);
    const card = await focused(page);
    expect(card?.visibleFocus).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused(page))?.name).toBe('Malik Ouali');
  });
});
