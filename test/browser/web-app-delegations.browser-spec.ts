import { pdfText, register, Session, TestApp } from '@crossroads/testing';
import { readFileSync } from 'node:fs';
import { CREATE, SCREENSHOTS, startWebAppInBrowser, WebAppInBrowser } from '../support/web-app-browser';

// STAFF build a delegation on its board and print the brochure.
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

  it('staff move a delegation member to CONFIRMED and download the brochure', async () => {
    // The invitee: an approved member owning a person profile (the brochure consent is only ever hers).
    const ok = (query: string, variables: Record<string, unknown>, session: Session) =>
      t.graphql.ok<Record<string, { id: string }>>(query, variables, session.headers);
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
});
