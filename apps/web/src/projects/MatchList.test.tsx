import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { fixtureClient, renderPage } from '../test/render';
import { Match, MatchList } from './MatchList';

const MATCHES: Match[] = [
  {
    score: 82,
    missing: [],
    company: { id: 'c1', slug: 'bruxelles-anima', name: 'Bruxelles Anima', city: 'Bruxelles', country: 'BE' },
    reasons: [
      { criterion: 'FORMAT', code: 'FORMAT_MATCH', text: 'Makes animated series', points: 20, max: 20 },
      { criterion: 'ATTENDANCE', code: 'ATTENDS', text: 'Attends Annecy 2027', points: 12.5, max: 15 },
    ],
  },
  {
    score: 41,
    missing: ['company budget range', 'project budget'],
    company: { id: 'c2', slug: 'toronto-toons', name: 'Toronto Toons', city: 'Toronto', country: 'CA' },
    reasons: [
      { criterion: 'BUDGET', code: 'BUDGET_UNKNOWN', text: 'No budget range to compare', points: 0, max: 15 },
    ],
  },
];

function setup(fixtures = {}) {
  const { client, calls } = fixtureClient(fixtures);
  renderPage(<MatchList projectId="p1" matches={MATCHES} />, { client });
  return calls;
}

describe('MatchList', () => {
  it('ranks the matches with their score, each reason with its points, and the missing data', () => {
    setup();
    const items = screen.getAllByRole('listitem').filter((item) => item.classList.contains('match'));
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Bruxelles Anima',
      'Toronto Toons',
    ]);
    const first = within(items[0]);
    expect(first.getByText('Score : 82/100')).toBeTruthy();
    expect(first.getByText('Présence au festival')).toBeTruthy();
    expect(first.getByText('12.5/15')).toBeTruthy();
    expect(first.getByText(/Attends Annecy 2027/)).toBeTruthy();
    expect(first.queryByText('Données manquantes')).toBeNull();
    const second = within(items[1]);
    expect(second.getByText('Données manquantes')).toBeTruthy();
    // Reasons and missing data come worded in the reader's language: no English island any more.
    expect(second.getByText('company budget range').closest('ul')?.getAttribute('lang')).toBeNull();
    expect(second.getByText('project budget')).toBeTruthy();
    expect(second.getByRole('link', { name: 'Toronto Toons' }).getAttribute('href')).toBe(
      '/companies/toronto-toons',
    );
  });

  it('requests an introduction with a bounded message, and refuses an empty one', async () => {
    const calls = setup({
      RequestIntroduction: () => ({ requestIntroduction: { id: 'i1', status: 'PENDING' } }),
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Demander une mise en relation avec Toronto Toons' }),
    );
    const message = screen.getByLabelText('Message à Toronto Toons (2 000 caractères au plus)');
    expect(message.getAttribute('maxLength')).toBe('2000');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(screen.getByText('Écrivez pourquoi cette société.')).toBeTruthy();
    expect(message.getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.name === 'RequestIntroduction')).toBe(false);

    await userEvent.type(message, '  Your studio made Les Mouettes.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(await screen.findByText('Demande envoyée à Toronto Toons.')).toBeTruthy();
    expect(calls.find((call) => call.name === 'RequestIntroduction')?.variables).toEqual({
      projectId: 'p1',
      companyId: 'c2',
      message: 'Your studio made Les Mouettes.',
    });
  });

  it("shows the API's message problem next to the message", async () => {
    const invalid = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Invalid input', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'message', message: 'message is too long' }],
          },
        }),
      ],
    });
    setup({ RequestIntroduction: () => invalid });
    await userEvent.click(
      screen.getByRole('button', { name: 'Demander une mise en relation avec Bruxelles Anima' }),
    );
    const message = screen.getByLabelText('Message à Bruxelles Anima (2 000 caractères au plus)');
    await userEvent.type(message, 'Hello');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    const problem = await screen.findByText('message is too long');
    expect(message.getAttribute('aria-describedby')).toBe(problem.id);
  });
});
