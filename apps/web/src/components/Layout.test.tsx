import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AuthProvider } from '../auth/auth';
import { Session } from '../auth/session';
import { I18nProvider } from '../i18n/i18n';
import { fixtureClient } from '../test/render';
import { Layout } from './Layout';

function renderLayout() {
  const router = createMemoryRouter([{ path: '/', element: <Layout /> }]);
  const session = new Session('/graphql', localStorage, () => Promise.reject(new Error('offline')));
  return render(
    <I18nProvider>
      <AuthProvider session={session} client={fixtureClient({}).client}>
        <RouterProvider router={router} />
      </AuthProvider>
    </I18nProvider>,
  );
}

describe('Layout', () => {
  it('is French by default, switches to English and remembers it', async () => {
    const { unmount } = renderLayout();
    expect(screen.getByRole('link', { name: 'Se connecter' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    await userEvent.click(screen.getByRole('button', { name: /Langue/ }));
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    unmount();
    renderLayout();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
  });

  it('offers a skip link to the main content', () => {
    renderLayout();
    expect(screen.getByRole('link', { name: 'Aller au contenu' }).getAttribute('href')).toBe('#main');
  });
});
