import { fireEvent, screen } from '@testing-library/react';
import { fixtureClient, renderPage } from '../test/render';
import FestivalsPage from './FestivalsPage';

const edition = (id: string, year: number, past: boolean, estimated: boolean) => ({
  node: {
    id,
    year,
    startsOn: `${year}-09-14`,
    endsOn: `${year}-09-17`,
    estimated,
    past,
    cancelled: false,
    marketName: null,
    festival: { slug: 'cartoon-forum', name: 'Cartoon Forum', city: 'Toulouse' },
  },
});

const page = (edges: unknown[]) => ({
  festivalEditions: { pageInfo: { hasNextPage: false, endCursor: null }, edges },
});

describe('festival calendar', () => {
  it('lists upcoming editions, and keeps past ones as history, never as "dates estimated"', async () => {
    const { client, calls } = fixtureClient({
      FestivalCalendar: (variables) =>
        variables.past
          ? page([edition('e2026', 2026, true, true)])
          : page([edition('e2999', 2999, false, true)]),
    });
    renderPage(<FestivalsPage />, { client, url: '/festivals', path: '/festivals' });
    expect(await screen.findByRole('link', { name: 'Cartoon Forum 2999' })).toBeTruthy();
    expect(screen.getByText(/dates estimées/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Éditions passées' }));
    expect(await screen.findByRole('link', { name: 'Cartoon Forum 2026' })).toBeTruthy();
    expect(screen.getByText(/édition passée, dates approximatives/)).toBeTruthy();
    expect(screen.queryByText(/\(dates estimées\)/)).toBeNull();
    expect(calls.filter((call) => call.name === 'FestivalCalendar').map((call) => call.variables)).toEqual([
      { after: null, upcoming: true },
      { after: null, past: true },
    ]);
  });
});
