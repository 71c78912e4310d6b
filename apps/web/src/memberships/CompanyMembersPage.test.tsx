import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureClient, renderPage } from '../test/render';
import CompanyMembersPage from './CompanyMembersPage';

const MEMBERS = [
  {
    id: 'm-admin',
    role: 'Productrice',
    status: 'VERIFIED',
    memberRole: 'ADMIN',
    createdAt: '2026-11-02T10:00:00Z',
    person: { id: 'p-admin', slug: 'lea-dupre', name: 'Léa Dupré' },
  },
  {
    id: 'm-request',
    role: 'Monteuse',
    status: 'DECLARED',
    memberRole: 'MEMBER',
    createdAt: '2026-12-01T10:00:00Z',
    person: { id: 'p-new', slug: 'ines-martin', name: 'Inès Martin' },
  },
];

function setup(personId: string, lang: 'fr' | 'en' = 'fr') {
  const fixtures = fixtureClient({
    CompanyMembers: () => ({ company: { id: 'c1', name: 'Mouettes Productions', slug: 'mouettes' } }),
    MembersOf: () => ({ companyMembers: MEMBERS }),
    DecideMembership: (variables) => ({ decideCompanyMembership: { id: variables.id, status: 'VERIFIED' } }),
  });
  renderPage(<CompanyMembersPage />, {
    client: fixtures.client,
    url: '/companies/mouettes/members',
    path: '/companies/:slug/members',
    lang,
    user: { id: 'u1', email: 'u@example.org', roles: ['MEMBER'], status: 'ACTIVE', personId },
  });
  return fixtures;
}

describe('CompanyMembersPage', () => {
  it("lets the company's admin approve a declared request, never act on their own membership", async () => {
    const { calls } = setup('p-admin');
    const request = (await screen.findByRole('link', { name: 'Inès Martin' })).closest('tr')!;
    expect(within(request).getByText('déclaré')).toBeTruthy();
    await userEvent.click(within(request).getByRole('button', { name: /Approuver/ }));
    expect(calls.find((call) => call.name === 'DecideMembership')!.variables).toEqual({
      id: 'm-request',
      decision: 'APPROVE',
    });
    const own = screen.getByRole('link', { name: 'Léa Dupré' }).closest('tr')!;
    expect(within(own).queryByRole('button')).toBeNull();
  });

  it('shows no action to someone who does not manage the company, in English too', async () => {
    setup('p-somebody-else', 'en');
    expect(await screen.findByText('Members of Mouettes Productions')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(screen.getByText('declared')).toBeTruthy();
  });
});
