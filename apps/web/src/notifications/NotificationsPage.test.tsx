import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureClient, renderPage } from '../test/render';
import { NotificationBell } from './NotificationBell';
import NotificationSettingsPage from './NotificationSettingsPage';
import NotificationsPage from './NotificationsPage';

const LIST = {
  myNotifications: {
    totalCount: 2,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      {
        node: {
          id: '2',
          event: 'DEADLINE_SOON',
          path: '/festivals/annecy/e1',
          text: 'server text',
          createdAt: '2026-12-01T09:00:00.000Z',
          readAt: null,
          params: [
            { name: 'editionName', value: 'Annecy 2027' },
            { name: 'deadline', value: 'accreditation' },
            { name: 'date', value: '2027-06-02' },
            { name: 'days', value: '3' },
          ],
        },
      },
      {
        node: {
          id: '1',
          event: 'DELEGATION_INVITED',
          path: '/me/invitations',
          text: 'server text',
          createdAt: '2026-11-30T09:00:00.000Z',
          readAt: '2026-11-30T10:00:00.000Z',
          params: [
            { name: 'delegationName', value: 'Hauts-de-France' },
            { name: 'editionName', value: 'Series Mania 2027' },
            { name: 'status', value: 'INVITED' },
          ],
        },
      },
    ],
  },
};

/** Renders the notifications page with these edges and finds the link worded `name`. */
async function expectListed(edges: unknown[], lang: 'fr' | 'en', name: string | RegExp) {
  const { client } = fixtureClient({
    MyNotifications: () => ({ myNotifications: { ...LIST.myNotifications, edges } }),
  });
  renderPage(<NotificationsPage />, { client, lang });
  expect(await screen.findByRole('link', { name })).toBeTruthy();
}

describe('notifications', () => {
  it('words each notification in French with real words and dates, links it, and marks it read', async () => {
    const { client, calls } = fixtureClient({
      MyNotifications: () => LIST,
      MarkNotificationsRead: () => ({ markNotificationsRead: 1 }),
      MarkAllNotificationsRead: () => ({ markAllNotificationsRead: 1 }),
    });
    renderPage(<NotificationsPage />, { client });
    const deadline = await screen.findByRole('link', {
      name: /Date limite d’accréditation de Annecy 2027 : le 2 juin 2027, dans 3 jours/,
    });
    expect(deadline.getAttribute('href')).toBe('/festivals/annecy/e1');
    const invitation = screen.getByRole('link', {
      name: 'Vous êtes invité·e dans la délégation « Hauts-de-France » pour Series Mania 2027.',
    });
    expect(invitation.getAttribute('href')).toBe('/me/invitations');
    await userEvent.click(screen.getByRole('button', { name: 'Marquer comme lue' }));
    expect(calls.find((c) => c.name === 'MarkNotificationsRead')?.variables).toEqual({ ids: ['2'] });
    await userEvent.click(screen.getByRole('button', { name: 'Tout marquer comme lu' }));
    expect(calls.some((c) => c.name === 'MarkAllNotificationsRead')).toBe(true);
  });

  it('speaks English to an English reader, and falls back to the server text for an unknown event', async () => {
    const unknown = {
      node: { ...LIST.myNotifications.edges[1].node, id: '3', event: 'SOMETHING_NEW', text: 'Server words' },
    };
    const { client } = fixtureClient({
      MyNotifications: () => ({
        myNotifications: { ...LIST.myNotifications, edges: [...LIST.myNotifications.edges, unknown] },
      }),
    });
    renderPage(<NotificationsPage />, { client, lang: 'en' });
    expect(
      await screen.findByRole('link', {
        // English punctuation for the unread mark too: it read "unread : " (French spacing).
        name: /^unread: Accreditation deadline for Annecy 2027: 2 Jun 2027, in 3 days/,
      }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Server words' })).toBeTruthy();
  });

  it.each([
    ['fr', '1', /le 2 juin 2027, demain\.$/],
    ['fr', '0', /le 2 juin 2027, aujourd’hui\.$/],
    ['en', '1', /2 Jun 2027, tomorrow\.$/],
    ['en', '0', /2 Jun 2027, today\.$/],
  ] as const)('says a deadline caught up late in words (%s, %s days)', async (lang, days, name) => {
    const [deadline, invitation] = LIST.myNotifications.edges;
    const late = {
      node: {
        ...deadline.node,
        params: deadline.node.params.map((p) => (p.name === 'days' ? { ...p, value: days } : p)),
      },
    };
    await expectListed([late, invitation], lang, name);
  });

  it.each([
    ['fr', 'Une personne dont les données ont été effacées demande à rejoindre Studio Nord.'],
    ['en', 'Someone whose personal data was erased asks to join Studio Nord.'],
  ] as const)('words a requester whose data was erased (%s)', async (lang, name) => {
    const params = [
      { name: 'companyName', value: 'Studio Nord' },
      { name: 'personErased', value: 'true' },
    ];
    const erased = { node: { ...LIST.myNotifications.edges[1].node, event: 'MEMBERSHIP_REQUESTED', params } };
    await expectListed([erased], lang, name);
  });

  it.each([
    ['fr', '1', '1 nouvelle entreprise pour « Brumes » : Studio Nord.'],
    ['fr', '7', '7 nouvelles entreprises pour « Brumes » : Studio Nord.'],
    ['en', '1', '1 new company for "Brumes": Studio Nord.'],
    ['en', '7', '7 new companies for "Brumes": Studio Nord.'],
  ] as const)('counts new partners in words that agree (%s, %s)', async (lang, count, name) => {
    const params = [
      { name: 'count', value: count },
      { name: 'projectTitle', value: 'Brumes' },
      { name: 'companyNames', value: 'Studio Nord' },
    ];
    const partners = { node: { ...LIST.myNotifications.edges[1].node, event: 'NEW_PARTNERS', params } };
    await expectListed([partners], lang, name);
  });

  it('shows the unread count on the bell', async () => {
    const { client } = fixtureClient({ UnreadNotificationCount: () => ({ unreadNotificationCount: 3 }) });
    renderPage(<NotificationBell />, { client });
    const bell = await screen.findByRole('link', { name: 'Notifications : 3 non lue(s)' });
    expect(bell.getAttribute('href')).toBe('/notifications');
  });

  it('saves the language and a delivery per kind', async () => {
    const settings = {
      language: 'fr',
      digestHour: 8,
      emailBouncedAt: null,
      preferences: [
        { kind: 'DELEGATION_INVITATION', delivery: 'IMMEDIATE', isDefault: true },
        { kind: 'EDITION_DEADLINE', delivery: 'DIGEST', isDefault: true },
      ],
    };
    const { client, calls } = fixtureClient({
      MyNotificationSettings: () => ({ myNotificationSettings: settings }),
      UpdateMyNotificationSettings: () => ({ updateMyNotificationSettings: settings }),
    });
    renderPage(<NotificationSettingsPage />, { client });
    const deadlines = await screen.findByRole('group', { name: 'Échéances des éditions que je suis' });
    expect(screen.getByText(/à 8 h, heure de Paris/)).toBeTruthy();
    await userEvent.click(deadlines.querySelector('input[value="OFF"]')!);
    await userEvent.selectOptions(screen.getByLabelText('Langue de mes courriels'), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(calls.find((c) => c.name === 'UpdateMyNotificationSettings')?.variables).toEqual({
      input: {
        language: 'en',
        preferences: [
          { kind: 'DELEGATION_INVITATION', delivery: 'IMMEDIATE' },
          { kind: 'EDITION_DEADLINE', delivery: 'OFF' },
        ],
      },
    });
    expect(await screen.findByText('Préférences enregistrées.')).toBeTruthy();
  });
});
