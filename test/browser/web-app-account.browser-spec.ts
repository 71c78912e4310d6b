import { GraphQLClient, register, signIn, TestApp } from '@crossroads/testing';
import { readFileSync } from 'node:fs';
import { startWebAppInBrowser, WebAppInBrowser } from '../support/web-app-browser';

// A member’s account: claiming a profile, choosing who sees what, staying signed in, signing out.
describe('web app in Chromium', () => {
  let app: WebAppInBrowser;
  let t: TestApp;
  let newPage: WebAppInBrowser['newPage'];
  let screenshot: WebAppInBrowser['screenshot'];
  let signInThroughForm: WebAppInBrowser['signInThroughForm'];
  let navigate: WebAppInBrowser['navigate'];
  let openMenu: WebAppInBrowser['openMenu'];

  beforeAll(async () => {
    app = await startWebAppInBrowser();
    ({ t, newPage, screenshot, signInThroughForm, navigate, openMenu } = app);
  }, 180_000);
  afterAll(() => app?.close());

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
