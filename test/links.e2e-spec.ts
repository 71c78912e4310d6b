import { bufferSource, ImportService } from '@crossroads/transfer';
import { GraphQLClient, Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

// Issue 15: every stored link is rendered as a link by the web app: http(s) only, never javascript: or data:.
const HOSTILE = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  '//evil.example/path',
  'evil.example',
  'vbscript:msgbox(1)',
];

describe('stored links (attacks)', () => {
  let t: TestApp;
  let staff: Session;
  let ids: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp(createApp, { OUTBOX_RELAY: 'false' });
    staff = await signIn(t.graphql, 'staff@example.org');
    const person = await t.graphql.request(
      `mutation { createPerson(input: { firstName: "Maëlle", lastName: "Lien" }) { id } }`,
      {},
      staff.headers,
    );
    const [edition] = await t.sql(`SELECT id FROM festival_edition LIMIT 1`);
    ids = { person: person.data!.createPerson.id as string, edition: edition.id as string };
  });
  afterAll(() => t.close());

  const refused = async (query: string, variables: Record<string, unknown>, field: string) => {
    const response = await t.graphql.request(query, variables, staff.headers);
    expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response.errors![0].extensions!.fields)).toContain(field);
  };

  it.each(HOSTILE)(
    'refuses %s on every link of a profile, a company, a school and an edition',
    async (url) => {
      for (const field of ['website', 'showreelUrl', 'filmographyUrl'])
        await refused(
          `mutation ($id: ID!, $input: PersonInput!) { updatePerson(id: $id, input: $input) { id } }`,
          { id: ids.person, input: { [field]: url } },
          field,
        );
      await refused(
        `mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }`,
        { input: { name: 'Studio Lien', country: 'FR', website: url } },
        'website',
      );
      await refused(
        `mutation ($input: SchoolInput!) { createSchool(input: $input) { id } }`,
        { input: { name: 'École Lien', city: 'Lille', website: url } },
        'website',
      );
      await refused(
        `mutation ($id: ID!, $input: EditionDeadlinesInput!) { setEditionDeadlines(id: $id, input: $input) { id } }`,
        { id: ids.edition, input: { deadlinesSource: url } },
        'deadlinesSource',
      );
      const [person] = await t.sql(`SELECT website, showreel_url FROM person WHERE id = $1`, [ids.person]);
      expect(person).toEqual({ website: null, showreel_url: null });
    },
  );

  it('keeps an http(s) link', async () => {
    const response = await t.graphql.request(
      `mutation ($id: ID!, $input: PersonInput!) { updatePerson(id: $id, input: $input) { website } }`,
      { id: ids.person, input: { website: 'https://maelle-lien.example/films' } },
      staff.headers,
    );
    expect(response.data!.updatePerson.website).toBe('https://maelle-lien.example/films');
  });

  it('refuses a hostile link in an import row, writing nothing', async () => {
    const csv = `prenom,nom,email,site_web\nJade,Lien,jade.lien@example.org,javascript:alert(1)\n`;
    const report = await t.app
      .get(ImportService)
      .import(bufferSource('links.csv', Buffer.from(csv)), { type: 'people' });
    expect(report).toMatchObject({ invalid: 1, created: 0 });
    expect(await t.sql(`SELECT 1 FROM person WHERE email = 'jade.lien@example.org'`)).toEqual([]);
  });
});
