import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { fixtureClient, renderPage } from '../../test/render';
import EditionDatesPage from './EditionDatesPage';

const EDITION = {
  festivalEdition: {
    id: 'e1',
    year: 2999,
    startsOn: '2999-03-19',
    endsOn: '2999-03-26',
    marketName: 'Series Mania Forum',
    marketStartsOn: null,
    marketEndsOn: null,
    estimated: true,
    accreditationDeadline: null,
    submissionDeadline: null,
    deadlinesSource: null,
    festival: { id: 'f1', slug: 'series-mania', name: 'Series Mania' },
  },
};
const STAFF = { id: 'u1', email: 's@example.org', roles: ['STAFF'], status: 'ACTIVE', personId: null };

describe('edition dates page (STAFF)', () => {
  it('saves the dates and shows each refused field next to it', async () => {
    const { client, calls } = fixtureClient({
      EditionDatesForm: () => EDITION,
      SetEditionDates: () =>
        new CombinedError({
          graphQLErrors: [
            new GraphQLError('The dates do not hold together', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'endsOn', message: 'must be on or after startsOn' }],
              },
            }),
          ],
        }),
    });
    renderPage(<EditionDatesPage />, {
      client,
      user: STAFF as never,
      url: '/staff/editions/e1/dates',
      path: '/staff/editions/:editionId/dates',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dates et échéances — Series Mania 2999' }),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Dernier jour'), { target: { value: '2999-03-01' } });
    fireEvent.click(screen.getByLabelText(/Dates estimées/));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les dates' }));
    expect(await screen.findByText('must be on or after startsOn')).toBeTruthy();
    expect(screen.getByLabelText('Dernier jour').getAttribute('aria-invalid')).toBe('true');
    expect(calls.find((call) => call.name === 'SetEditionDates')?.variables).toEqual({
      id: 'e1',
      input: {
        startsOn: '2999-03-19',
        endsOn: '2999-03-01',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
      },
    });
  });

  it('saves the deadlines, empty ones cleared', async () => {
    const { client, calls } = fixtureClient({
      EditionDatesForm: () => EDITION,
      SetEditionDeadlinesForm: () => ({
        setEditionDeadlines: {
          id: 'e1',
          accreditationDeadline: '2999-02-01',
          submissionDeadline: null,
          deadlinesSource: null,
          deadlines: [],
        },
      }),
    });
    renderPage(<EditionDatesPage />, {
      client,
      user: STAFF as never,
      url: '/staff/editions/e1/dates',
      path: '/staff/editions/:editionId/dates',
      lang: 'en',
    });
    fireEvent.change(await screen.findByLabelText('Accreditation deadline'), {
      target: { value: '2999-02-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save the deadlines' }));
    await waitFor(() => expect(screen.getByText(/People following the edition are told/)).toBeTruthy());
    expect(calls.find((call) => call.name === 'SetEditionDeadlinesForm')?.variables).toEqual({
      id: 'e1',
      input: { accreditationDeadline: '2999-02-01', submissionDeadline: null, deadlinesSource: null },
    });
  });
});
