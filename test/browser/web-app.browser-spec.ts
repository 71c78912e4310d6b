import { DEMO_SEED, seedDemoDirectory } from '@crossroads/directory/demo';
import { ReindexService } from '@crossroads/search';
import {
  GraphQLClient,
  pdfText,
  register,
  Session,
  signIn,
  startTestApp,
  TestApp,
} from '@crossroads/testing';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { launchChromium, LaunchedBrowser } from './chromium';
import { firstLoadJavaScript, measureKeystrokes } from './measure';

/**
 * The built web app, served by the API at /, driven in Debian's Chromium on a few known profiles.
 * `npm run web:screenshots` (UPDATE_SCREENSHOTS=1) adds the demo directory and writes docs/screenshots/*.png;
 * `npm run bench` measures search-as-you-type on the demo directory (docs/BENCHMARKS.md).
 */
const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1' ? join(__dirname, '..', '..', 'docs', 'screenshots') : null;

const CREATE = `mutation ($input: PersonInput!) { createPerson(input: $input) { id slug } }`;

const LEA = {
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
const HUGO = {
  firstName: 'Hugo',
  lastName: 'Ferrand',
  kinds: ['TECHNICIAN'],
  crafts: ['director-of-photography'],
  languages: [{ language: 'en', level: 'FLUENT' }],
  city: 'Marseille',
  lat: 43.2965,
  lng: 5.3698,
};
const INES = {
  firstName: 'Inès',
  lastName: 'Martin',
  kinds: ['TECHNICIAN'],
  crafts: ['director-of-photography'],
  languages: [{ language: 'fr', level: 'NATIVE' }],
  city: 'Roubaix',
  lat: 50.6942,
  lng: 3.1746,
};

const SAM = {
  firstName: 'Sam',
  lastName: 'Verhaeghe',
  headline: 'Monteur',
  kinds: ['TECHNICIAN'],
  crafts: ['editor'],
  city: 'Roubaix',
  email: 'sam.verhaeghe@example.org',
};

describe('web app in Chromium', () => {
  let t: TestApp;
  let staff: Session;
  let launched: LaunchedBrowser;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp(createApp, {
      OUTBOX_RELAY: 'false',
      THROTTLE_LIMIT: '100000',
      LOGIN_THROTTLE_LIMIT: '1000',
    });
    if (SCREENSHOTS) await seedDemoDirectory(t.app.get(DataSource), { seed: DEMO_SEED, scale: 1 });
    staff = await signIn(t.graphql, 'staff@example.org');
    for (const input of [LEA, HUGO, INES, SAM]) {
      const created = await t.graphql.request(CREATE, { input }, staff.headers);
      if (!created.data) throw new Error(JSON.stringify(created.errors));
    }
    // One bulk build of every index (the relay is off: with the demo directory it would take a while).
    await t.app.get(ReindexService).reindexAll();
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
    launched = await launchChromium();
    browser = launched.browser;
  }, 180_000);
  afterAll(async () => {
    await launched?.close();
    await t?.close();
  });

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

  it('a producer finds an English-speaking chef opérateur near Tourcoing and opens the profile', async () => {
    const page = await newPage();
    const loaded = firstLoadJavaScript(page);
    await page.goto('/');
    await page.getByText('Tapez un métier').waitFor();
    const bundle = await loaded.done();

    const box = page.getByLabel('Rechercher des personnes, entreprises, écoles, sites…');
    const latencies = await measureKeystrokes(page, box, 'chef opérateur');
    await page.locator('.result').first().waitFor();
    await page.getByLabel('À proximité de').selectOption({ label: 'Tourcoing (59200)' });
    // A click, not check(): the box is controlled by the URL, so it shows ticked once the navigation lands.
    await page.getByRole('checkbox', { name: /anglais/i }).click();
    await page.waitForURL(/lang=en/);
    const lea = page.getByRole('link', { name: 'Léa Dupré' });
    // Distances show once the near filter's results arrive (the previous ones stay on screen meanwhile).
    await page
      .locator('.result')
      .filter({ has: lea })
      .getByText(/^à \d+(\.\d)? km$/)
      .waitFor();
    await page.getByRole('link', { name: 'Inès Martin' }).waitFor({ state: 'detached' });
    if (!SCREENSHOTS) {
      await expect(page.locator('.result h3').allTextContents()).resolves.toEqual(['Léa Dupré']);
    }
    // The map beside the list: one marker per located result and the near radius, drawn without network (no tiles).
    const map = page.getByRole('region', { name: 'Carte des résultats' });
    await map.locator('.place-map.leaflet-container path.map-marker').first().waitFor();
    expect(await map.locator('path.map-marker.leaflet-interactive').count()).toBeGreaterThanOrEqual(1);
    expect(await map.locator('path.map-radius.leaflet-interactive').count()).toBe(1);
    expect((await map.locator('.place-map').boundingBox())?.height).toBeGreaterThan(100);
    await map.locator('path.map-marker').first().click();
    // The marker's popup links to the result; closed again so the list's link is the only one.
    await map.getByRole('link', { name: 'Léa Dupré' }).waitFor();
    await map.locator('.leaflet-popup-close-button').click();
    await map.getByRole('link', { name: 'Léa Dupré' }).waitFor({ state: 'detached' });
    expect(page.url()).toContain('q=chef+op%C3%A9rateur');
    expect(page.url()).toContain('lang=en');
    expect(page.url()).toMatch(/near=commune%3A/);
    await screenshot(page, 'search');

    // The URL is the search: opening it again gives the same results.
    const shared = page.url();
    const again = await newPage();
    await again.goto(shared);
    await again.getByRole('link', { name: 'Léa Dupré' }).waitFor();
    await expect(again.getByRole('checkbox', { name: /anglais/i }).isChecked()).resolves.toBe(true);

    await lea.click();
    await page.getByRole('heading', { level: 1, name: 'Léa Dupré' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/people/lea-dupre');
    await page.getByText('anglais (courant)').waitFor();
    // Anonymous: no contact details, an invitation to sign in instead.
    await expect(page.getByText('lea.dupre@example.org').count()).resolves.toBe(0);
    await page.getByText('Connectez-vous pour voir les coordonnées').waitFor();
    await screenshot(page, 'person');

    // English, remembered across pages.
    await page.getByRole('button', { name: /Langue/ }).click();
    await page.getByRole('heading', { name: 'Languages' }).waitFor();
    await page.goto('/sites/plaine-images');
    await page.getByRole('heading', { name: 'Facilities' }).waitFor();
    await screenshot(page, 'site');

    // Phone-sized screen: filters fold behind a button.
    const phone = await newPage({ width: 390, height: 844 });
    await phone.goto('/?q=chef+op%C3%A9rateur');
    await phone.locator('.result').first().waitFor();
    await expect(phone.getByLabel('À proximité de').isVisible()).resolves.toBe(false);
    await phone.getByRole('button', { name: 'Afficher les filtres' }).click();
    await expect(phone.getByLabel('À proximité de').isVisible()).resolves.toBe(true);
    await screenshot(phone, 'search-phone');

    process.stdout.write(
      `web bench: search page first load ${bundle.files} JS files, ${(bundle.gzipBytes / 1024).toFixed(1)} kB gzipped ` +
        `(${(bundle.rawBytes / 1024).toFixed(1)} kB raw); keystroke → results: ${JSON.stringify(latencies)}\n`,
    );
    expect(bundle.gzipBytes).toBeLessThan(250 * 1024);
  });

  it('a member claims their profile, staff accept, and the member edits who sees their email', async () => {
    const member = await newPage();
    await signInThroughForm(member, 'member@example.org');
    await member.goto('/people/sam-verhaeghe');
    await member.getByRole('button', { name: 'C’est mon profil' }).click();
    await member.getByLabel('Message pour l’équipe (facultatif)').fill('Je suis Sam, monteur à Roubaix.');
    await member.getByRole('button', { name: 'Envoyer la demande' }).click();
    await member.getByText('Demande envoyée').waitFor();

    const pendingEmail = `new-${Date.now()}@example.org`;
    await register(t.graphql, pendingEmail, 'a-long-enough-password');
    const staffPage = await newPage();
    await signInThroughForm(staffPage, 'staff@example.org');
    await navigate(staffPage, 'Équipe', 'Membres à approuver');
    await staffPage.getByRole('cell', { name: pendingEmail, exact: true }).waitFor();
    await screenshot(staffPage, 'staff-members');
    await staffPage.getByRole('button', { name: `Approuver ${pendingEmail}` }).click();
    await staffPage.getByRole('cell', { name: pendingEmail, exact: true }).waitFor({ state: 'detached' });
    await navigate(staffPage, 'Équipe', 'Revendications');
    await staffPage.getByRole('link', { name: 'Sam Verhaeghe' }).waitFor();
    await screenshot(staffPage, 'staff-claims');
    await staffPage.getByRole('button', { name: 'Accepter' }).click();
    await staffPage.getByText('Aucune revendication en attente.').waitFor();

    // Another member sees Sam's email (shown to members by default)…
    const reader = await signIn(t.graphql, pendingEmail, 'a-long-enough-password');
    const readEmail = async () =>
      (
        (await t.graphql.request(`{ person(slug: "sam-verhaeghe") { email } }`, {}, reader.headers)).data as {
          person: { email: string | null };
        }
      ).person.email;
    expect(await readEmail()).toBe('sam.verhaeghe@example.org');

    // …until Sam shows it to the agency's team only.
    await navigate(member, 'Mon espace', 'Mon profil');
    const emailVisibility = member.getByLabel('E-mail', { exact: true }).and(member.locator('select'));
    await emailVisibility.waitFor();
    await expect(emailVisibility.inputValue()).resolves.toBe('MEMBERS');
    await emailVisibility.selectOption('STAFF');
    await member.getByLabel('Figurer dans les brochures des délégations').uncheck();
    await member.getByLabel('Accroche').fill('Monteur image, documentaire');
    await screenshot(member, 'my-profile', true);
    await member.getByRole('button', { name: 'Enregistrer' }).click();
    await member.getByText('Profil enregistré.').waitFor();
    expect(await readEmail()).toBeNull();

    await member.reload();
    await expect(
      member.getByLabel('E-mail', { exact: true }).and(member.locator('select')).inputValue(),
    ).resolves.toBe('STAFF');
    await expect(member.getByLabel('Figurer dans les brochures des délégations').isChecked()).resolves.toBe(
      false,
    );

    // The export holds the profile; the deletion asks for the email first.
    await navigate(member, 'Mon espace', 'Mes données');
    const download = member.waitForEvent('download');
    await member.getByRole('button', { name: 'Exporter mes données' }).click();
    const file = await (await download).path();
    expect(JSON.stringify(JSON.parse(readFileSync(file, 'utf8')))).toContain('Verhaeghe');
    await expect(member.getByRole('button', { name: 'Supprimer définitivement' }).isDisabled()).resolves.toBe(
      true,
    );
    await member.getByLabel('Tapez votre e-mail pour confirmer').fill('someone@else.org');
    await member.getByText('L’e-mail ne correspond pas à votre compte.').waitFor();
    await screenshot(member, 'my-data');
  });

  it('a producer opens their project, picks an edition, reads the ranked partners and requests an introduction', async () => {
    const [annecy] = await t.sql(
      `SELECT e.id FROM festival_edition e JOIN festival f ON f.id = e.festival_id
        WHERE f.slug = 'annecy' AND e.year = 2027`,
    );
    const ok = async (session: Session, query: string, variables: Record<string, unknown>) => {
      const response = await t.graphql.request(query, variables, session.headers);
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data as Record<string, { id: string; slug: string }>;
    };
    const partner = async (input: Record<string, unknown>, profile: Record<string, unknown>) => {
      const { createCompany } = await ok(
        staff,
        `mutation ($input: CompanyInput!) { createCompany(input: $input) { id slug } }`,
        { input },
      );
      await ok(
        staff,
        `mutation ($id: ID!, $input: CoproductionProfileInput!) {
          updateCoproductionProfile(companyId: $id, input: $input) { companyId } }`,
        { id: createCompany.id, input: profile },
      );
      return createCompany.id;
    };
    const profile = {
      formats: ['ANIMATED_SERIES'],
      genres: ['comedy', 'family'],
      rolesOffered: ['MINORITY_COPRODUCER'],
      languages: ['fr', 'en'],
      seeksProjects: true,
    };
    const bruxelles = await partner(
      { name: 'Bruxelles Anima', country: 'BE', city: 'Bruxelles', kinds: ['ANIMATION'] },
      { ...profile, budgetMinEur: 1_000_000, budgetMaxEur: 8_000_000, attendingEditionIds: [annecy.id] },
    );
    await partner(
      { name: 'Toronto Toons', country: 'CA', city: 'Toronto', kinds: ['ANIMATION'] },
      { ...profile, attendingEditionIds: [] },
    );
    const producer = await signIn(t.graphql, 'member@example.org');
    await ok(producer, `mutation ($input: ProjectInput!) { createProject(input: $input) { id slug } }`, {
      input: {
        title: 'Les Mouettes de Wimereux',
        logline: 'Deux mouettes tiennent le dernier café de plage de la Côte d’Opale.',
        format: 'ANIMATED_SERIES',
        stage: 'FINANCING',
        genres: ['comedy', 'family'],
        languages: ['fr', 'en'],
        budgetEur: 4_200_000,
        financingSecuredEur: 1_500_000,
        countriesSought: ['BE', 'CA'],
        rolesSought: ['MINORITY_COPRODUCER'],
        targetEditionIds: [annecy.id],
        visibility: 'MEMBERS',
      },
    });

    const page = await newPage();
    await signInThroughForm(page, 'member@example.org');
    await navigate(page, 'Mon espace', 'Mes projets');
    await page.getByRole('link', { name: 'Les Mouettes de Wimereux' }).click();
    await page.getByRole('heading', { level: 1, name: 'Les Mouettes de Wimereux' }).waitFor();
    await page.getByRole('heading', { name: 'Partenaires possibles' }).waitFor();
    await page.getByLabel('Édition de festival').selectOption(annecy.id as string);
    await page.waitForURL(/edition=/);
    const matches = page.locator('.match');
    // Attending the chosen edition ranks Bruxelles first, and the reasons say so.
    await matches.first().getByRole('heading', { name: 'Bruxelles Anima' }).waitFor();
    await matches.first().locator('summary').click();
    await matches.first().getByText('Présence au festival').waitFor();
    await expect(
      matches
        .first()
        .getByText(/^Score : \d+\/100$/)
        .isVisible(),
    ).resolves.toBe(true);
    if (!SCREENSHOTS) {
      await expect(matches.locator('h3').allTextContents()).resolves.toEqual([
        'Bruxelles Anima',
        'Toronto Toons',
      ]);
    }
    await screenshot(page, 'project-matches', true);

    await page.getByRole('button', { name: 'Demander une mise en relation avec Bruxelles Anima' }).click();
    const message = page.getByLabel('Message à Bruxelles Anima (2 000 caractères au plus)');
    // The message box takes the focus, so the keyboard goes on from the button.
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe(await message.getAttribute('id'));
    await message.fill('Bonjour, votre studio coproduit des séries familiales : parlons-en à Annecy ?');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Demande envoyée à Bruxelles Anima.').waitFor();

    const sent = (
      await t.graphql.request(
        `{ introductions(first: 10) { edges { node { companyId status message } } } }`,
        {},
        producer.headers,
      )
    ).data as { introductions: { edges: { node: { companyId: string; status: string } }[] } };
    expect(sent.introductions.edges.map((edge) => edge.node)).toContainEqual(
      expect.objectContaining({ companyId: bruxelles, status: 'PENDING' }),
    );
    await navigate(page, 'Mon espace', 'Mises en relation');
    await page.getByRole('heading', { name: 'Demandes envoyées' }).waitFor();
    await page.getByText('En attente').waitFor();

    // On a phone the navigation wraps and every link stays reachable.
    const phone = await newPage({ width: 390, height: 844 });
    await signInThroughForm(phone, 'member@example.org');
    await navigate(phone, 'Mon espace', 'Mes projets');
    await phone.getByRole('link', { name: 'Les Mouettes de Wimereux' }).waitFor();
    await navigate(phone, 'Mon espace', 'Mises en relation');
    await phone.getByRole('heading', { level: 1, name: 'Mises en relation' }).waitFor();
  });

  it('staff move a delegation member to CONFIRMED and download the brochure', async () => {
    // The invitee: an approved member owning a person profile (the brochure consent is only ever hers).
    const ok = async (query: string, variables: Record<string, unknown>, session: Session) => {
      const response = await t.graphql.request(query, variables, session.headers);
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data as Record<string, { id: string }>;
    };
    const nora = (
      await ok(
        CREATE,
        { input: { firstName: 'Nora', lastName: 'Lefebvre', kinds: ['PRODUCER'], city: 'Lille' } },
        staff,
      )
    ).createPerson.id;
    const noraEmail = `nora-${Date.now()}@example.org`;
    const noraUser = await register(t.graphql, noraEmail, 'a-long-enough-password');
    await ok(`mutation ($id: ID!) { approveUser(id: $id) { id } }`, { id: noraUser }, staff);
    await t.sql('UPDATE app_user SET person_id = $1 WHERE id = $2', [nora, noraUser]);

    // STAFF open Series Mania from the calendar, then its board, and create the delegation there.
    const staffPage = await newPage();
    await signInThroughForm(staffPage, 'staff@example.org');
    await staffPage.getByRole('link', { name: 'Festivals', exact: true }).click();
    await staffPage
      .getByRole('link', { name: /^Series Mania/ })
      .first()
      .click();
    await staffPage.getByRole('heading', { level: 2, name: 'Échéances' }).waitFor();
    await staffPage.getByRole('button', { name: 'Suivre cette édition' }).waitFor();
    await screenshot(staffPage, 'festival-edition', true);
    await staffPage.getByRole('link', { name: 'Tableau de la délégation' }).click();
    await staffPage.getByRole('button', { name: 'Créer la délégation' }).click();
    await staffPage.getByRole('button', { name: 'Publier la délégation' }).click();
    await staffPage.getByText('Publiée', { exact: false }).first().waitFor();
    const editionId = new URL(staffPage.url()).pathname.split('/').at(-1)!;
    const delegations = await t.graphql.request(
      `query ($editionId: ID!) { delegations(editionId: $editionId) { edges { node { id } } } }`,
      { editionId },
      staff.headers,
    );
    const delegationId = (delegations.data as { delegations: { edges: { node: { id: string } }[] } })
      .delegations.edges[0].node.id;
    await ok(
      `mutation ($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id } }`,
      { input: { delegationId, kind: 'PERSON', personId: nora } },
      staff,
    );
    await staffPage.reload();
    const column = (name: string) => staffPage.getByRole('region', { name: new RegExp(`^${name}`) });
    await column('Proposés').getByText('Nora Lefebvre').waitFor();
    // Only the moves STAFF may make are offered: no "Confirmer" before the invitation.
    await expect(staffPage.getByRole('button', { name: 'Confirmer Nora Lefebvre' }).count()).resolves.toBe(0);
    await staffPage.getByRole('button', { name: 'Inviter Nora Lefebvre' }).click();
    await column('Invités').getByText('Nora Lefebvre').waitFor();
    // Nora answered by phone: STAFF move her to CONFIRMED on the board.
    await staffPage.getByRole('button', { name: 'Confirmer Nora Lefebvre' }).click();
    await column('Confirmés').getByText('Nora Lefebvre').waitFor();

    // The brochure consent is hers: she gives it on her invitations page.
    const invitee = await newPage();
    await signInThroughForm(invitee, noraEmail, 'a-long-enough-password');
    await navigate(invitee, 'Mon espace', 'Mes invitations');
    await invitee.getByText('confirmée', { exact: false }).waitFor();
    const consentSaved = invitee.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && /SetBrochureConsent/.test(response.request().postData() ?? ''),
    );
    await invitee.getByLabel('J’accepte de figurer dans la brochure de la délégation').check();
    await consentSaved;

    await staffPage.reload();
    await column('Confirmés').getByText('Accepte de figurer dans la brochure').waitFor();
    const suggestions = staffPage.getByRole('region', { name: 'Suggestions à proposer' });
    await suggestions.getByRole('status').waitFor({ state: 'detached' });
    if (SCREENSHOTS) {
      // The demo directory has suggestions: propose one, so the board shows more than one column in use.
      await suggestions
        .getByRole('button', { name: /^Proposer / })
        .first()
        .click();
      await column('Proposés').getByRole('listitem').first().waitFor();
    }
    await screenshot(staffPage, 'delegation-board', true);
    const download = staffPage.waitForEvent('download');
    await staffPage.getByRole('button', { name: 'Télécharger la brochure (PDF)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = readFileSync(await file.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(pdf)).toContain('Nora Lefebvre');

    // On a phone the columns stack, one under the other.
    const phone = await newPage({ width: 390, height: 844 });
    await signInThroughForm(phone, 'staff@example.org');
    await phone.goto(new URL(staffPage.url()).pathname);
    const box = (name: string) => phone.getByRole('region', { name: new RegExp(`^${name}`) }).boundingBox();
    await phone
      .getByRole('region', { name: /^Confirmés/ })
      .getByText('Nora Lefebvre')
      .waitFor();
    const [proposed, invited] = [await box('Proposés'), await box('Invités')];
    expect(invited!.x).toBe(proposed!.x);
    expect(invited!.y).toBeGreaterThan(proposed!.y + proposed!.height - 1);
  });

  it('keeps a signed-in member signed in across a reload (refresh token) and signs out', async () => {
    const page = await newPage();
    await signInThroughForm(page, 'member@example.org');
    await page.reload();
    await openMenu(page, 'Compte');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    const client = new GraphQLClient(`${t.baseUrl}/graphql`);
    expect((await client.request('{ sites { totalCount } }')).data).toEqual({ sites: { totalCount: 3 } });
  });
});
