/** One GraphQL request over HTTP; throws on GraphQL errors (benchmarks expect success). */
export async function graphql<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  url: string,
  query: string,
  variables: object = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

export async function staffHeaders(url: string): Promise<Record<string, string>> {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    url,
    'mutation { login(email: "staff@example.org", password: "crossroads-demo") { accessToken } }',
  );
  return { authorization: `Bearer ${login.accessToken}` };
}
