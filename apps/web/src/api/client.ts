import { cacheExchange, Client, fetchExchange } from 'urql';
import type { Session } from '../auth/session';
import { authFetch } from './auth-fetch';

export const GRAPHQL_ENDPOINT = '/graphql';

export function createClient(session: Session): Client {
  return new Client({
    url: GRAPHQL_ENDPOINT,
    exchanges: [cacheExchange, fetchExchange],
    fetch: authFetch(session),
    // POST only: GET requests would need the apollo-require-preflight header under CSRF prevention.
    preferGetMethod: false,
  });
}
