import { GraphQLClient } from './graphql-client';

export const DEMO_PASSWORD = 'crossroads-demo';

export interface Session {
  accessToken: string;
  refreshToken: string;
  headers: { authorization: string };
}

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken expiresIn user { id email roles status } }
}`;

/** Signs in over GraphQL; fails the test with the server's message if it cannot. */
export async function signIn(
  graphql: GraphQLClient,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const response = await graphql.request(LOGIN, { email, password });
  const login = response.data?.login as { accessToken: string; refreshToken: string } | undefined;
  if (!login) throw new Error(`Sign-in of ${email} failed: ${JSON.stringify(response.errors)}`);
  return { ...login, headers: { authorization: `Bearer ${login.accessToken}` } };
}

/** Registers an account (PENDING) and returns its id. */
export async function register(graphql: GraphQLClient, email: string, password: string): Promise<string> {
  const response = await graphql.request(
    `mutation ($input: RegisterInput!) { register(input: $input) { id status } }`,
    { input: { email, password } },
  );
  const id = (response.data?.register as { id: string } | undefined)?.id;
  if (!id) throw new Error(`Registration of ${email} failed: ${JSON.stringify(response.errors)}`);
  return id;
}
