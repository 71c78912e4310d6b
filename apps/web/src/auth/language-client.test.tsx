import { act, render, screen, waitFor } from '@testing-library/react';
import { useQuery } from 'urql';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { AuthProvider } from './auth';
import { Session } from './session';

function Probe() {
  const [{ data }] = useQuery<{ word: string }>({ query: 'query Probe { word: __typename }' });
  const { setLang } = useI18n();
  return (
    <>
      <output data-testid="word">{data?.word ?? ''}</output>
      <button onClick={() => setLang('fr')}>fr</button>
    </>
  );
}

describe("the API's answers in the app's language", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
    localStorage.clear();
  });

  it('asks in the chosen language from the first request, and asks again (no cached answer) when it changes', async () => {
    localStorage.clear();
    localStorage.setItem('crossroads.lang', 'en');
    document.documentElement.lang = 'fr'; // index.html's
    const asked: (string | null)[] = [];
    globalThis.fetch = jest.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const lang = new Headers(init?.headers).get('accept-language');
      asked.push(lang);
      return new Response(JSON.stringify({ data: { word: `in ${lang}` } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    const session = new Session('/graphql', localStorage, () => Promise.reject(new Error('no refresh')));
    render(
      <I18nProvider>
        <AuthProvider session={session}>
          <Probe />
        </AuthProvider>
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('word').textContent).toBe('in en'));
    act(() => screen.getByRole('button', { name: 'fr' }).click());
    await waitFor(() => expect(screen.getByTestId('word').textContent).toBe('in fr'));
    expect(asked).toEqual(['en', 'fr']);
  });
});
