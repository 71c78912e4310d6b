import { Session, signIn, TestApp } from '@crossroads/testing';
import { SCREENSHOTS, startWebAppInBrowser, WebAppInBrowser } from '../support/web-app-browser';

// A producer’s project: the ranked partners for an edition and an introduction request.
describe('web app in Chromium', () => {
  let app: WebAppInBrowser;
  let t: TestApp;
  let staff: WebAppInBrowser['staff'];
  let newPage: WebAppInBrowser['newPage'];
  let screenshot: WebAppInBrowser['screenshot'];
  let signInThroughForm: WebAppInBrowser['signInThroughForm'];
  let navigate: WebAppInBrowser['navigate'];

  beforeAll(async () => {
    app = await startWebAppInBrowser();
    ({ t, staff, newPage, screenshot, signInThroughForm, navigate } = app);
  }, 180_000);
  afterAll(() => app?.close());

  it('a producer opens their project, picks an edition, reads the ranked partners and requests an introduction', async () => {
    const [annecy] = await t.sql(
      `SELECT e.id FROM festival_edition e JOIN festival f ON f.id = e.festival_id
        WHERE f.slug = 'annecy' AND e.year = 2027`,
    );
    const ok = (session: Session, query: string, variables: Record<string, unknown>) =>
      t.graphql.ok<Record<string, { id: string; slug: string }>>(query, variables, session.headers);
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
});
