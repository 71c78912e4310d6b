import { screen, within } from '@testing-library/react';
import { fixtureClient, renderPage } from '../../test/render';
import DashboardPage from './DashboardPage';

const count = (key: string, label: string, n: number) => ({
  key,
  labelFr: label,
  labelEn: `${label} (en)`,
  count: n,
});

const DASHBOARD = {
  staffDashboard: {
    members: 42,
    demoMembers: 30,
    membersByDepartment: [count('image', 'Image', 12), count('son', 'Son', 5)],
    membersByCraft: [count('chef-operateur', 'Chef opérateur', 7)],
    membersBySite: [count('s1', 'Plaine Images', 9)],
    pendingAccounts: 3,
    pendingClaims: 2,
    pendingByWeek: [
      { weekStart: '2026-11-23', pendingAccounts: 1, pendingClaims: 0 },
      { weekStart: '2026-11-30', pendingAccounts: 2, pendingClaims: 2 },
    ],
    editions: [
      {
        editionId: 'e1',
        festivalName: 'Annecy',
        year: 2027,
        startsOn: '2027-06-13',
        byStatus: [
          { key: 'CONFIRMED', count: 4 },
          { key: 'INVITED', count: 6 },
        ],
      },
    ],
    projectsByFormat: [{ key: 'ANIMATED_SERIES', count: 8 }],
    projectsByStage: [{ key: 'FINANCING', count: 5 }],
  },
};

/** The row of the chart's table whose header is `label`, as [label, ...numbers]. */
const rowOf = (figure: HTMLElement, label: string) =>
  within(within(figure).getByRole('table'))
    .getByRole('rowheader', { name: label })
    .closest('tr')!
    .textContent!.trim();

const figure = (caption: RegExp) => screen.getByText(caption, { selector: 'figcaption' }).closest('figure')!;

describe('staff dashboard', () => {
  it('draws each chart as an image and shows its numbers in a table, enums as words', async () => {
    const { client } = fixtureClient({ StaffDashboard: () => DASHBOARD });
    renderPage(<DashboardPage />, { client });
    await screen.findByRole('heading', { name: 'Tableau de bord' });
    expect(screen.getByText('Membres : 42 fiches, dont 30 de démonstration')).toBeTruthy();
    expect(
      screen.getByText('Aujourd’hui : 3 compte(s) et 2 revendication(s) de fiche en attente'),
    ).toBeTruthy();

    const departments = figure(/^Membres par département$/);
    expect(within(departments).getByRole('img').getAttribute('aria-label')).toBe(
      'Membres par département : Image 12 ; Son 5',
    );
    expect(rowOf(departments, 'Image')).toBe('Image12');
    expect(rowOf(departments, 'Son')).toBe('Son5');
    expect(rowOf(figure(/^Membres par métier$/), 'Chef opérateur')).toBe('Chef opérateur7');
    expect(rowOf(figure(/^Membres par site$/), 'Plaine Images')).toBe('Plaine Images9');

    const weeks = figure(/par semaine de création/);
    const headers = within(weeks)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Libellé', 'Comptes', 'Revendications']);
    expect(rowOf(weeks, 'Semaine du 30 nov. 2026')).toBe('Semaine du 30 nov. 2026' + '22');

    const annecy = figure(/^Annecy 2027/);
    expect(rowOf(annecy, 'Confirmés')).toBe('Confirmés4');
    expect(rowOf(annecy, 'Invités')).toBe('Invités6');
    expect(rowOf(figure(/^Projets par format$/), 'Série d’animation')).toBe('Série d’animation8');
    expect(rowOf(figure(/^Projets par étape$/), 'Financement')).toBe('Financement5');
  });

  it('speaks English, with the English labels of departments', async () => {
    const { client } = fixtureClient({ StaffDashboard: () => DASHBOARD });
    renderPage(<DashboardPage />, { client, lang: 'en' });
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(rowOf(figure(/^Members by department$/), 'Image (en)')).toBe('Image (en)12');
    expect(rowOf(figure(/^Projects by stage$/), 'Financing')).toBe('Financing5');
  });
});
