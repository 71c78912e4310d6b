import { GraphQLClient, Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

const REQUESTS = `query ($first: Int, $after: String) { membershipRequests(first: $first, after: $after) {
  totalCount edges { node { id role } } pageInfo { hasNextPage endCursor } } }`;
const BOUNCED = `query ($first: Int, $after: String) { bouncedAccounts(first: $first, after: $after) {
  totalCount edges { node { email } } pageInfo { hasNextPage endCursor } } }`;

const ROWS = 57;

interface Page {
  totalCount: number;
  edges: { node: Record<string, string> }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Issue 19, "lists stop at 50": the staff lists that were plain arrays page beyond their first 50 rows. */
describe('staff lists page beyond 50', () => {
  let t: TestApp;
  let staff: Session;

  beforeAll(async () => {
    t = await startTestApp(createApp, { OUTBOX_RELAY: 'false' });
    staff = await signIn(t.graphql, 'staff@example.org');
    await t.sql(
      `INSERT INTO company (slug, name, country, city, kinds, formats) VALUES ('paging-co', 'Paging Co', 'FR', 'Lille', '{}', '{}')`,
    );
    await t.sql(
      `INSERT INTO person (slug, first_name, last_name, kinds)
       SELECT 'paging-' || n, 'Paging', 'Person ' || n, '{}' FROM generate_series(1, $1) n`,
      [ROWS],
    );
    await t.sql(
      `INSERT INTO affiliation (person_id, company_id, role, status, source, created_at)
       SELECT p.id, c.id, 'Role ' || substr(p.slug, 8), 'DECLARED', 'SELF',
              now() - (100 - substr(p.slug, 8)::int) * interval '1 minute'
         FROM person p, company c WHERE p.slug LIKE 'paging-%' AND c.slug = 'paging-co'`,
    );
    await t.sql(
      `INSERT INTO app_user (email, password_hash, display_name, roles, status, email_bounced_at, email_bounce_reason)
       SELECT 'bounced-' || n || '@example.org', 'x', 'Bounced ' || n, '{MEMBER}', 'ACTIVE',
              now() - n * interval '1 minute', '550 no such user' FROM generate_series(1, $1) n`,
      [ROWS],
    );
  });
  afterAll(() => t?.close());

  async function all(query: string, field: string, key: string): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const data = (await t.graphql.ok(query, { first: 50, after }, staff.headers)) as Record<string, Page>;
      const page = data[field];
      expect(page.totalCount).toBe(ROWS);
      seen.push(...page.edges.map((edge) => edge.node[key]));
      if (!page.pageInfo.hasNextPage) return seen;
      expect(page.edges).toHaveLength(50);
      after = page.pageInfo.endCursor;
    }
    throw new Error('more pages than rows');
  }

  it('membership requests: 57 in two pages, oldest first, none twice', async () => {
    const roles = await all(REQUESTS, 'membershipRequests', 'role');
    expect(roles).toEqual(Array.from({ length: ROWS }, (_, i) => `Role ${i + 1}`));
  });

  it('bounced addresses: 57 in two pages, most recent first, none twice', async () => {
    const emails = await all(BOUNCED, 'bouncedAccounts', 'email');
    expect(emails).toEqual(Array.from({ length: ROWS }, (_, i) => `bounced-${i + 1}@example.org`));
  });

  it.each([
    [REQUESTS, 0],
    [REQUESTS, 101],
    [BOUNCED, 0],
    [BOUNCED, 101],
  ])('refuses a page size outside 1 to 100 with BAD_USER_INPUT (%#)', async (query, first) => {
    const response = await t.graphql.request(query, { first }, staff.headers);
    expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a cursor it did not make', async () => {
    const response = await t.graphql.request(REQUESTS, { after: 'not-a-cursor' }, staff.headers);
    expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
  });
});
