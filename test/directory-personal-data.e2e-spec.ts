import { GraphQLClient, register, Session, signIn, TestApp } from '@crossroads/testing';
import { createLea, DirectoryWorld, memberOwnsLea, startDirectoryWorld } from './support/directory';

// The personal data export and erasure of a member who owns a directory profile.
describe('directory', () => {
  let t: TestApp;
  beforeAll(async () => {
    const world = await startDirectoryWorld();
    ({ t } = world);
    await memberOwnsLea(world, await createLea(world));
    // Léa asks to join a company without admins: STAFF are told, by her name.
    const [company] = await t.sql(
      `INSERT INTO company (slug, name, country, city) VALUES ('erasure-studio', 'Erasure Studio', 'FR', 'Lille') RETURNING id`,
    );
    await t.graphql.ok(
      `mutation ($companyId: ID!) { requestCompanyMembership(companyId: $companyId, role: "Cheffe opératrice") { id } }`,
      { companyId: company.id },
      world.member.headers,
    );
  });
  afterAll(() => t?.close());

  it('exports everything about the caller and erases account and profile on request', async () => {
    const owner = await signIn(t.graphql, 'member@example.org');
    // A mistyped password after signing in leaves a back-off row keyed by her email and address.
    await t.graphql.request(
      'mutation { login(email: "member@example.org", password: "not the password") { accessToken } }',
    );
    const exported = await t.graphql.request('{ exportMyData }', {}, owner.headers);
    const data = JSON.parse(exported.data!.exportMyData);
    expect(data.account.email).toBe('member@example.org');
    expect(data.directory.profile.slug).toBe('lea-dupre');
    expect(data.directory.claims).toHaveLength(1);

    const [{ id: leaId }] = await t.sql(`SELECT id FROM person WHERE slug = 'lea-dupre'`);
    await t.sql(
      `INSERT INTO credit (person_id, title, year, format) VALUES ($1, 'Le Film', 2024, 'FEATURE_FILM')`,
      [leaId],
    );
    const wrong = await t.graphql.request(
      'mutation { deleteMyAccount(confirmEmail: "someone@else.org", password: "crossroads-demo") }',
      {},
      owner.headers,
    );
    expect(GraphQLClient.codes(wrong)).toEqual(['BAD_USER_INPUT']);
    const erased = await t.graphql.request(
      'mutation { deleteMyAccount(confirmEmail: "member@example.org", password: "crossroads-demo") }',
      {},
      owner.headers,
    );
    expect(erased.data).toEqual({ deleteMyAccount: true });

    expect(await t.sql(`SELECT 1 FROM person WHERE id = $1`, [leaId])).toEqual([]);
    expect(await t.sql(`SELECT 1 FROM app_user WHERE email = 'member@example.org'`)).toEqual([]);
    expect(await t.sql(`SELECT person_id, title FROM credit WHERE title = 'Le Film'`)).toEqual([
      { person_id: null, title: 'Le Film' },
    ]);
    expect(
      await t.sql(`SELECT 1 FROM search_outbox WHERE document_type = 'person' AND document_id = $1`, [leaId]),
    ).not.toEqual([]);
    // Her email and the addresses she signed in from leave the login back-off (a new attempt counts afresh).
    expect(await t.sql(`SELECT ip FROM login_throttle WHERE email = 'member@example.org'`)).toEqual([]);
    const login = await t.graphql.request(
      'mutation { login(email: "member@example.org", password: "crossroads-demo") { accessToken } }',
    );
    expect(GraphQLClient.codes(login)).toEqual(['UNAUTHENTICATED']);
  });

  it('leaves her name and contact in no notification other accounts were told', async () => {
    expect(
      await t.sql(
        `SELECT event FROM notification WHERE data::text LIKE '%Dupré%' OR data::text LIKE '%lea.dupre%'`,
      ),
    ).toEqual([]);
    // STAFF still read that a request was made, by someone whose data was erased (worded in each language).
    const requests = await t.sql(
      `SELECT data->>'personName' AS name, data->>'personErased' AS erased FROM notification
        WHERE event = 'MEMBERSHIP_REQUESTED'`,
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((row) => row.name === null && row.erased === 'true')).toBe(true);
  });
});

// STAFF removing a directory profile scrub it from what other accounts were told, as an erasure does.
describe('a profile STAFF delete', () => {
  const PASSWORD = 'a long enough passphrase';
  const INBOX = `{ myNotifications(first: 50) { edges { node { event text params { name value } } } } }`;
  let world: DirectoryWorld;
  let t: TestApp;
  beforeAll(async () => {
    world = await startDirectoryWorld();
    ({ t } = world);
  });
  afterAll(() => t?.close());

  const inbox = async (session: Session) =>
    (await t.graphql.ok(INBOX, {}, session.headers)).myNotifications.edges.map(
      (edge: { node: { event: string; text: string; params: { name: string; value: string }[] } }) =>
        edge.node,
    ) as { event: string; text: string; params: { name: string; value: string }[] }[];

  it("leaves the person's name and contact in no notification its readers were told", async () => {
    const { staff, member } = world;
    const leaId = await createLea(world);
    await memberOwnsLea(world, leaId);
    // Léa answers for a company (so she accepts an introduction, giving her contact to the producer)…
    const [studio, other] = await t.sql(
      `INSERT INTO company (slug, name, country, city) VALUES ('nord-images', 'Nord Images', 'FR', 'Roubaix'),
         ('deletion-studio', 'Deletion Studio', 'FR', 'Lille') RETURNING id`,
    );
    await t.graphql.ok(
      `mutation ($c: ID!, $p: ID!) { addCompanyMember(companyId: $c, personId: $p, role: "Gérante", memberRole: ADMIN) { id } }`,
      { c: studio.id, p: leaId },
      staff.headers,
    );
    const producerId = await register(t.graphql, 'producer@example.fr', PASSWORD);
    await t.graphql.ok(`mutation { approveUser(id: "${producerId}") { id } }`, {}, staff.headers);
    const producer = await signIn(t.graphql, 'producer@example.fr', PASSWORD);
    const project = (
      await t.graphql.ok(
        `mutation ($input: ProjectInput!) { createProject(input: $input) { id } }`,
        { input: { title: 'Les Terrils', format: 'TV_SERIES', stage: 'DEVELOPMENT', visibility: 'MEMBERS' } },
        producer.headers,
      )
    ).createProject.id;
    const introduction = (
      await t.graphql.ok(
        `mutation ($p: ID!, $c: ID!) { requestIntroduction(projectId: $p, companyId: $c, message: "Bonjour") { id } }`,
        { p: project, c: studio.id },
        producer.headers,
      )
    ).requestIntroduction.id;
    await t.graphql.ok(
      `mutation ($id: ID!) { answerIntroduction(id: $id, accept: true) { id } }`,
      { id: introduction },
      member.headers,
    );
    // …and asks to join a company without admins: STAFF are told, by her name.
    await t.graphql.ok(
      `mutation ($c: ID!) { requestCompanyMembership(companyId: $c, role: "Cheffe opératrice") { id } }`,
      { c: other.id },
      member.headers,
    );
    const accepted = (await inbox(producer)).find((n) => n.event === 'INTRODUCTION_ACCEPTED')!;
    expect(accepted.text).toContain('lea.dupre@example.org');
    const asked = (await inbox(staff)).find((n) => n.event === 'MEMBERSHIP_REQUESTED')!;
    expect(asked.text).toContain('Léa Dupré');

    expect(
      await t.graphql.ok(`mutation ($id: ID!) { deletePerson(id: $id) }`, { id: leaId }, staff.headers),
    ).toEqual({ deletePerson: true });

    // The producer still reads that the company accepted, and STAFF that someone asked: without who.
    const [acceptedAfter] = (await inbox(producer)).filter((n) => n.event === 'INTRODUCTION_ACCEPTED');
    expect(acceptedAfter.text).not.toMatch(/Dupré|lea\.dupre/);
    expect(acceptedAfter.text).toContain('Nord Images');
    expect(acceptedAfter.params.map((p) => p.name)).toContain('contactErased');
    const [askedAfter] = (await inbox(staff)).filter((n) => n.event === 'MEMBERSHIP_REQUESTED');
    expect(askedAfter.text).not.toContain('Dupré');
    expect(askedAfter.params.map((p) => p.name)).toContain('personErased');
    expect(
      await t.sql(
        `SELECT event FROM notification WHERE data::text LIKE '%Dupré%' OR data::text LIKE '%lea.dupre%'`,
      ),
    ).toEqual([]);
  });
});
