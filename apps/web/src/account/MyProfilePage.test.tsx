import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureClient, renderPage } from '../test/render';
import MyProfilePage from './MyProfilePage';

const PERSON = {
  id: 'p1',
  slug: 'lea-dupre',
  firstName: 'Léa',
  lastName: 'Dupré',
  titleForm: 'INCLUSIVE',
  headline: null,
  city: 'Tourcoing',
  bioFr: null,
  bioEn: null,
  email: null,
  phone: null,
  website: null,
  consentDirectory: true,
  consentBrochure: false,
  visibility: { email: 'MEMBERS', phone: 'STAFF', links: 'PUBLIC', availability: 'PUBLIC' },
};

describe('MyProfilePage', () => {
  it('lets a person choose how her job titles are written, and sends the choice', async () => {
    const fixtures = fixtureClient({
      Me: () => ({ me: { id: 'u1', email: 'lea@example.org', personId: 'p1', status: 'ACTIVE' } }),
      MyProfile: () => ({ person: PERSON }),
      MyClaims: () => ({ myPersonClaims: { edges: [] } }),
      UpdateMyProfile: (variables) => ({
        updatePerson: { ...PERSON, ...(variables.input as object) },
      }),
    });
    renderPage(<MyProfilePage />, { client: fixtures.client });
    const select = (await screen.findByLabelText('Écriture de vos métiers')) as HTMLSelectElement;
    expect(select.value).toBe('INCLUSIVE');
    expect(screen.getByRole('option', { name: /Au féminin \(réalisatrice/ })).toBeTruthy();
    await userEvent.selectOptions(select, 'FEMININE');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(fixtures.calls.some((call) => call.name === 'UpdateMyProfile')).toBe(true));
    const update = fixtures.calls.find((call) => call.name === 'UpdateMyProfile')!;
    expect((update.variables.input as { titleForm: string }).titleForm).toBe('FEMININE');
  });
});
