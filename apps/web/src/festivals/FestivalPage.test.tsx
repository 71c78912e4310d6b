import { screen } from '@testing-library/react';
import { fixtureClient, renderPage } from '../test/render';
import FestivalPage from './FestivalPage';

function edition(id: string, year: number, estimated: boolean) {
  return {
    id,
    year,
    startsOn: `${year}-03-19`,
    endsOn: `${year}-03-26`,
    estimated,
    past: year < 2100,
    cancelled: false,
    marketName: 'Series Mania Forum',
    marketStartsOn: null,
    marketEndsOn: null,
    note: null,
    followedByMe: false,
    deadlinesSource: null,
    deadlines: [{ kind: 'EDITION_OPENS', date: `${year}-03-19`, estimated }],
  };
}

const FESTIVAL = {
  festival: {
    id: 'f1',
    slug: 'series-mania',
    name: 'Series Mania',
    city: 'Lille',
    country: 'FR',
    kinds: ['SERIES'],
    website: null,
    entryRules: null,
    sources: [],
    editions: [edition('e2000', 2000, false), edition('e2001', 2001, true), edition('e2999', 2999, true)],
  },
};

function setup(url: string) {
  const { client } = fixtureClient({ FestivalPage: () => FESTIVAL });
  renderPage(<FestivalPage />, { client, url, path: '/festivals/:slug/:editionId?' });
}

describe('festival edition page', () => {
  it('shows the next edition by default, its estimated dates flagged, and asks visitors to sign in to follow', async () => {
    setup('/festivals/series-mania');
    expect(await screen.findByRole('heading', { level: 1, name: 'Series Mania 2999' })).toBeTruthy();
    expect(screen.getByText(/Dates estimées d’après le calendrier habituel/)).toBeTruthy();
    expect(screen.getByText('Ouverture du festival')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Connectez-vous pour suivre cette édition' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Tableau de la délégation' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Modifier les dates et échéances' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Ajouter à mon agenda' }).getAttribute('href')).toBe(
      '/calendar/editions/e2999.ics',
    );
  });

  it('opens the edition named in the URL, published dates unflagged', async () => {
    setup('/festivals/series-mania/e2000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Series Mania 2000' })).toBeTruthy();
    expect(screen.queryByText(/Dates estimées d’après/)).toBeNull();
    expect(screen.getByRole('link', { name: '2999' }).getAttribute('href')).toBe(
      '/festivals/series-mania/e2999',
    );
  });

  it('shows a past edition with estimated dates as past, never as "not published yet"', async () => {
    setup('/festivals/series-mania/e2001');
    expect(await screen.findByRole('heading', { level: 1, name: 'Series Mania 2001' })).toBeTruthy();
    expect(screen.queryByText(/pas encore publiées/)).toBeNull();
    expect(screen.getByText(/Édition passée : elle a eu lieu/)).toBeTruthy();
    expect(screen.getAllByText(/édition passée, dates approximatives/).length).toBeGreaterThan(0);
  });
});
