import { signIn, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { createApp } from '../../apps/api/src/create-app';
import { COMPANIES, PEOPLE } from '../fixtures/relevance-directory';

const PEOPLE_FOUND = `query { search(input: { query: "", types: [PERSON] }) { totalHits } }`;

/**
 * The API with the relevance directory (test/fixtures/relevance-directory.ts) written by STAFF through GraphQL, once
 * every person who consents is searchable (the outbox drained).
 */
export async function startRelevanceDirectoryApp(): Promise<TestApp> {
  const t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000' });
  const staff = await signIn(t.graphql, 'staff@example.org');
  for (const company of COMPANIES) {
    await t.graphql.ok(
      `mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }`,
      { input: company },
      staff.headers,
    );
  }
  for (const person of PEOPLE) {
    await t.graphql.ok(
      `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`,
      { input: person },
      staff.headers,
    );
  }
  const visible = PEOPLE.filter((p) => p.consentDirectory !== false).length;
  await waitFor(
    async () => {
      const [{ n }] = await t.sql('SELECT count(*)::int AS n FROM search_outbox');
      return n === 0 && (await t.graphql.ok(PEOPLE_FOUND)).search.totalHits === visible;
    },
    30_000,
    100,
  );
  return t;
}
