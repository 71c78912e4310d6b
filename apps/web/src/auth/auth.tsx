import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Client, Provider } from 'urql';
import { bearerFetch } from '../api/auth-fetch';
import { createClient, GRAPHQL_ENDPOINT } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Session, SessionUser } from './session';
import { LOGIN, LOGOUT } from './auth.queries';

export interface Auth {
  user: SessionUser | null;
  /** False until a stored sign-in has been restored (or found absent). */
  ready: boolean;
  isStaff: boolean;
  isMember: boolean;
  /** Resolves to the error code when the sign-in is refused. */
  login(email: string, password: string): Promise<string | null>;
  logout(): Promise<void>;
  setPersonId(personId: string | null): void;
  /** fetch with the bearer token, for the REST routes (brochure and CSV downloads, spreadsheet import). */
  authorizedFetch: typeof fetch;
}

const AuthContext = createContext<Auth | null>(null);

function errorCode(error: { graphQLErrors?: { extensions?: { code?: unknown } }[] } | undefined): string {
  return String(error?.graphQLErrors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
}

/** The sign-in state and a GraphQL client whose cache belongs to the signed-in user (a new one per user). */
export function AuthProvider({
  children,
  session: given,
  client: givenClient,
}: {
  children: ReactNode;
  session?: Session;
  /** Component tests pass a client answering from fixtures. */
  client?: Client;
}) {
  const session = useMemo(() => given ?? new Session(GRAPHQL_ENDPOINT), [given]);
  const [user, setUser] = useState<SessionUser | null>(session.currentUser);
  const [ready, setReady] = useState(!session.hasRefreshToken);

  useEffect(() => session.subscribe(setUser), [session]);
  useEffect(() => {
    if (session.hasRefreshToken && !session.currentUser) void session.refresh().finally(() => setReady(true));
  }, [session]);

  const userKey = user ? `${user.id}:${user.status}:${user.roles.join(',')}` : 'anonymous';
  const { lang } = useI18n();
  // A fresh client, hence an empty cache, whenever the user or the language changes (the API words match reasons,
  // search subtitles and errors in the request's language): userKey and lang are the reasons, not inputs.
  const client: Client = useMemo(
    () => givenClient ?? createClient(session),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [givenClient, session, userKey, lang],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await client.mutation(LOGIN, { email, password }).toPromise();
      if (!result.data) return errorCode(result.error);
      session.accept(result.data.login);
      return null;
    },
    [client, session],
  );

  const logout = useCallback(async () => {
    // The cookie goes with the request: the server ends that sign-in and clears it.
    if (session.clear()) await client.mutation(LOGOUT, {}).toPromise();
  }, [client, session]);

  const setPersonId = useCallback(
    (personId: string | null) => {
      if (session.currentUser) session.updateUser({ ...session.currentUser, personId });
    },
    [session],
  );

  const authorizedFetch = useMemo(() => bearerFetch(session), [session]);

  const value = useMemo<Auth>(() => {
    const roles = user?.status === 'ACTIVE' ? user.roles : [];
    return {
      user,
      ready,
      isStaff: roles.includes('STAFF') || roles.includes('ADMIN'),
      isMember: roles.length > 0,
      login,
      logout,
      setPersonId,
      authorizedFetch,
    };
  }, [user, ready, login, logout, setPersonId, authorizedFetch]);

  return (
    <AuthContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </AuthContext.Provider>
  );
}

export function useAuth(): Auth {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth outside AuthProvider');
  return context;
}
