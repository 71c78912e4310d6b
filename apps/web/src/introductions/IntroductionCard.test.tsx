import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureClient, renderPage } from '../test/render';
import { IntroductionCard } from './IntroductionCard';

const PENDING = {
  id: 'i1',
  status: 'PENDING' as const,
  message: 'Your studio made Les Gaufres: shall we meet in Annecy?',
  response: null,
  createdAt: '2026-11-30T10:00:00.000Z',
  decidedAt: null,
  companyId: 'c1',
  company: { slug: 'bruxelles-anima', name: 'Bruxelles Anima' },
  project: { slug: 'les-mouettes', title: 'Les Mouettes de Wimereux' },
  requesterContact: null,
  companyContact: null,
};

describe('IntroductionCard', () => {
  it('lets a company member accept with an answer, then shows both contacts as the API reveals them', async () => {
    const { client, calls } = fixtureClient({
      AnswerIntroduction: () => ({
        answerIntroduction: {
          id: 'i1',
          status: 'ACCEPTED',
          response: 'Avec plaisir',
          decidedAt: '2026-12-01T09:00:00.000Z',
          requesterContact: {
            name: 'Camille Test',
            email: 'camille@example.org',
            phone: '+33 6 00 00 00 00',
          },
          companyContact: { name: 'Lotte Test', email: 'lotte@example.org', phone: null },
        },
      }),
    });
    renderPage(
      <ul>
        <IntroductionCard introduction={PENDING} side="company" />
      </ul>,
      { client },
    );
    expect(screen.getByText('En attente')).toBeTruthy();
    expect(screen.queryByText('camille@example.org')).toBeNull();
    await userEvent.type(screen.getByLabelText('Réponse (facultative)'), 'Avec plaisir');
    await userEvent.click(screen.getByRole('button', { name: 'Accepter' }));
    expect(await screen.findByText('Acceptée')).toBeTruthy();
    expect(calls.find((call) => call.name === 'AnswerIntroduction')?.variables).toEqual({
      id: 'i1',
      accept: true,
      message: 'Avec plaisir',
    });
    expect(screen.getByRole('link', { name: 'camille@example.org' }).getAttribute('href')).toBe(
      'mailto:camille@example.org',
    );
    expect(screen.getByRole('link', { name: '+33 6 00 00 00 00' }).getAttribute('href')).toBe(
      'tel:+33600000000',
    );
    expect(screen.getByText('lotte@example.org')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accepter' })).toBeNull();
  });

  it('offers no answer to the side that asked', () => {
    renderPage(
      <ul>
        <IntroductionCard introduction={PENDING} side="requester" />
      </ul>,
      { client: fixtureClient({}).client },
    );
    expect(screen.getByRole('link', { name: 'Les Mouettes de Wimereux' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accepter' })).toBeNull();
  });
});
