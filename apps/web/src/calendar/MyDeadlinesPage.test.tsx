import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fixtureClient, renderPage } from '../test/render';
import MyDeadlinesPage from './MyDeadlinesPage';

const DEADLINES = {
  myDeadlines: [
    {
      kind: 'ACCREDITATION',
      date: '2999-03-29',
      daysLeft: 12,
      estimated: false,
      edition: { id: 'e1', year: 2999, festival: { id: 'f1', slug: 'series-mania', name: 'Series Mania' } },
    },
  ],
};
const USER = { id: 'u1', email: 'u@example.org', roles: ['MEMBER'], status: 'ACTIVE', personId: null };
const URL = 'https://crossroads.test/calendar/feeds/abc.ics';

describe('my deadlines page', () => {
  it('lists the coming deadlines of followed editions, linked to their edition', async () => {
    const { client } = fixtureClient({
      MyDeadlines: () => DEADLINES,
      MyCalendarFeed: () => ({ myCalendarFeed: null }),
    });
    renderPage(<MyDeadlinesPage />, { client, user: USER as never });
    expect(await screen.findByText('Accréditation')).toBeTruthy();
    expect(screen.getByText(/dans 12 j/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Series Mania 2999' }).getAttribute('href')).toBe(
      '/festivals/series-mania/e1',
    );
    expect(screen.getByText('Vous n’avez pas de flux de calendrier.')).toBeTruthy();
  });

  it('creates a personal feed in the page language and shows its secret address once', async () => {
    const { client, calls } = fixtureClient({
      MyDeadlines: () => ({ myDeadlines: [] }),
      MyCalendarFeed: () => ({ myCalendarFeed: null }),
      CreateCalendarFeed: () => ({ createCalendarFeed: { url: URL, createdAt: '2999-01-01T10:00:00Z' } }),
    });
    renderPage(<MyDeadlinesPage />, { client, user: USER as never, lang: 'en' });
    expect(await screen.findByText('No coming deadline.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create my feed' }));
    await waitFor(() => expect((screen.getByLabelText('Feed address') as HTMLInputElement).value).toBe(URL));
    expect(calls.find((call) => call.name === 'CreateCalendarFeed')?.variables).toEqual({ language: 'EN' });
    expect(screen.getByText(/anyone who has it can read your calendar/)).toBeTruthy();
  });

  it('offers to replace or revoke a live feed', async () => {
    const { client, calls } = fixtureClient({
      MyDeadlines: () => ({ myDeadlines: [] }),
      MyCalendarFeed: () => ({ myCalendarFeed: { createdAt: '2999-01-01T10:00:00Z' } }),
      RevokeCalendarFeed: () => ({ revokeCalendarFeed: true }),
    });
    renderPage(<MyDeadlinesPage />, { client, user: USER as never });
    expect(await screen.findByRole('button', { name: 'Remplacer l’adresse' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Révoquer le flux' }));
    await waitFor(() => expect(calls.some((call) => call.name === 'RevokeCalendarFeed')).toBe(true));
  });
});
