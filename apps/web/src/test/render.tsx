import { render } from '@testing-library/react';
import type { DocumentNode } from 'graphql';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { Client, CombinedError } from 'urql';
import { fromValue, never } from 'wonka';
import { AuthProvider } from '../auth/auth';
import { Session, SessionUser } from '../auth/session';
import { I18nProvider, Lang } from '../i18n/i18n';

export type Fixture = (variables: Record<string, unknown>) => unknown;
/** What a fixture answers for a request that never completes (a slow server). */
export const PENDING = Symbol('pending');

function operationName(query: DocumentNode): string {
  const definition = query.definitions[0] as { name?: { value: string } };
  return definition.name?.value ?? '';
}

/**
 * A GraphQL client answering from fixtures keyed by operation name (component tests never reach a server;
 * the browser tests drive the real API). An operation without a fixture stays loading; a fixture may answer a
 * CombinedError.
 */
export function fixtureClient(fixtures: Record<string, Fixture>) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const answer = (operation: { query: DocumentNode; variables: Record<string, unknown> }) => {
    const { query, variables } = operation;
    const name = operationName(query);
    calls.push({ name, variables });
    const fixture = fixtures[name];
    if (!fixture) return never;
    const value = fixture(variables);
    if (value === PENDING) return never;
    // A fixture answering a CombinedError stands for a GraphQL error (e.g. BAD_USER_INPUT with its fields).
    return fromValue(
      value instanceof CombinedError
        ? { operation, error: value, stale: false }
        : { operation, data: value, stale: false },
    );
  };
  const client = {
    executeQuery: answer,
    executeMutation: answer,
    executeSubscription: () => never,
  } as unknown as Client;
  return { client, calls };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

export function renderPage(
  element: ReactNode,
  {
    client,
    url = '/',
    path = '/',
    lang = 'fr',
    user,
  }: { client: Client; url?: string; path?: string; lang?: Lang; user?: SessionUser },
) {
  const router = createMemoryRouter(
    [
      {
        path,
        element: (
          <>
            {element}
            <LocationProbe />
          </>
        ),
      },
    ],
    { initialEntries: [url] },
  );
  const session = new Session('/graphql', localStorage, () =>
    Promise.reject(new Error('no network in tests')),
  );
  if (user) session.updateUser(user);
  return render(
    <I18nProvider lang={lang}>
      <AuthProvider session={session} client={client}>
        <RouterProvider router={router} />
      </AuthProvider>
    </I18nProvider>,
  );
}
