import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { Fixture, fixtureClient, renderPage } from '../../test/render';
import DelegationBoardPage from './DelegationBoardPage';

const EDITION = {
  id: 'e1',
  year: 2027,
  startsOn: '2027-03-19',
  endsOn: '2027-03-26',
  estimated: true,
  cancelled: false,
  festival: { id: 'f1', slug: 'series-mania', name: 'Series Mania' },
};

function member(id: string, status: string, name: string) {
  return {
    id,
    kind: 'PERSON',
    status,
    note: null,
    consentBrochure: status === 'CONFIRMED' ? true : null,
    invitedAt: null,
    answeredAt: null,
    person: { id: `p-${id}`, slug: name.toLowerCase().replace(' ', '-'), name },
    company: null,
    project: null,
  };
}

const DELEGATION = {
  id: 'd1',
  name: 'Délégation Series Mania',
  status: 'PUBLISHED',
  audience: 'PROFESSIONALS',
  capacity: 2,
  seatsHeld: 2,
  notes: null,
  members: [
    member('m1', 'PROPOSED', 'Paul Propose'),
    member('m2', 'INVITED', 'Iris Invite'),
    member('m3', 'CONFIRMED', 'Chloé Confirme'),
    member('m4', 'DECLINED', 'Denis Decline'),
  ],
};

const BASE = {
  DelegationHistory: () => ({ delegationHistory: { totalCount: 0, edges: [] } }),
  DelegationSuggestions: () => ({ delegationSuggestions: [] }),
};

function setup(fixtures: Record<string, Fixture>) {
  const fake = fixtureClient({ ...BASE, ...fixtures });
  renderPage(<DelegationBoardPage />, {
    client: fake.client,
    url: '/staff/delegations/e1',
    path: '/staff/delegations/:editionId',
  });
  return fake.calls;
}

const board = () => ({
  festivalEdition: EDITION,
  delegations: { edges: [{ node: DELEGATION }] },
});

function card(name: string) {
  return within(screen.getByRole('listitem', { name }));
}

function moves(name: string): string[] {
  const group = card(name).getByRole('group', { name: `Actions pour ${name}` });
  return Array.from(group.querySelectorAll('button'), (button) => button.textContent ?? '');
}

describe('delegation board', () => {
  it('offers only the moves STAFF may make from each status', async () => {
    setup({ DelegationBoard: board });
    await screen.findByRole('heading', { name: 'Délégation Series Mania' });
    expect(moves('Paul Propose')).toEqual(['Inviter', 'Retirer', 'Supprimer']);
    // STAFF record an answer received otherwise, or withdraw; nobody goes back to PROPOSED.
    expect(moves('Iris Invite')).toEqual(['Confirmer', 'Noter le refus', 'Retirer']);
    expect(card('Iris Invite').getByText(/sa propre réponse/)).toBeTruthy();
    expect(moves('Chloé Confirme')).toEqual(['Retirer']);
    expect(moves('Denis Decline')).toEqual([]);
  });

  it('puts each member in the column of its status and shows the seats against capacity', async () => {
    setup({ DelegationBoard: board });
    const invited = await screen.findByRole('region', { name: /Invités/ });
    expect(within(invited).getByText('Iris Invite')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: /Retirés/ })).getByText('Personne.')).toBeTruthy();
    expect(screen.getByText('Places tenues : 2 sur 2')).toBeTruthy();
  });

  it('sends the move and shows the API’s refusal', async () => {
    const calls = setup({
      DelegationBoard: board,
      SetDelegationMemberStatus: () =>
        new CombinedError({
          graphQLErrors: [
            { message: 'The delegation is full: 2 of 2 seats held', extensions: { code: 'CONFLICT' } },
          ],
        }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Inviter Paul Propose' }));
    expect(calls.find((call) => call.name === 'SetDelegationMemberStatus')?.variables).toEqual({
      input: { memberId: 'm1', status: 'INVITED' },
    });
    expect((await card('Paul Propose').findByRole('alert')).textContent).toContain(
      'The delegation is full: 2 of 2 seats held',
    );
  });

  it('offers to create the delegation when the edition has none', async () => {
    const calls = setup({
      DelegationBoard: () => ({ festivalEdition: EDITION, delegations: { edges: [] } }),
      CreateDelegation: () => ({ createDelegation: { id: 'd2' } }),
    });
    const name = await screen.findByLabelText('Nom de la délégation');
    expect((name as HTMLInputElement).value).toBe('Délégation Hauts-de-France – Series Mania 2027');
    expect(screen.getByText(/dates estimées/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Créer la délégation' }));
    await waitFor(() =>
      expect(calls.find((call) => call.name === 'CreateDelegation')?.variables).toEqual({
        input: { editionId: 'e1', name: 'Délégation Hauts-de-France – Series Mania 2027' },
      }),
    );
  });
});
