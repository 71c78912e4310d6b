import { GraphQLClient, Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';

const CREATE = `mutation ($input: PersonInput!) { createPerson(input: $input) { id slug } }`;
const UPDATE = `mutation ($id: ID!, $input: PersonInput!) { updatePerson(id: $id, input: $input) { id headline } }`;
const READ = `query ($slug: String!) { person(slug: $slug) {
  name email phone website visibility { email phone } availability { startsOn endsOn }
  crafts { slug labelFr labelEn } languages { language level } } }`;

const LEA = {
  firstName: 'Léa',
  lastName: 'Dupré',
  kinds: ['TECHNICIAN'],
  crafts: ['director-of-photography'],
  languages: [
    { language: 'fr', level: 'NATIVE' },
    { language: 'en', level: 'FLUENT' },
  ],
  city: 'Tourcoing',
  postcode: '59200',
  lat: 50.72,
  lng: 3.16,
  email: 'lea.dupre@example.org',
  phone: '+33 6 12 34 56 78',
  website: 'https://lea-dupre.example',
  availability: [{ startsOn: '2027-03-01', endsOn: '2027-03-31' }],
  site: 'plaine-images',
};

describe('directory', () => {
  let t: TestApp;
  let staff: Session;
  let member: Session;
  beforeAll(async () => {
    // No relay: these tests read the outbox rows a change writes, before anything consumes them.
    t = await startTestApp(createApp, {
      THROTTLE_LIMIT: '100000',
      LOGIN_THROTTLE_LIMIT: '1000',
      OUTBOX_RELAY: 'false',
    });
    staff = await signIn(t.graphql, 'staff@example.org');
    member = await signIn(t.graphql, 'member@example.org');
  });
  afterAll(() => t.close());

  const count = async (table: string) => Number((await t.sql(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('serves the bilingual crafts taxonomy with the trade synonyms', async () => {
    const response = await t.graphql.request(
      '{ crafts { slug labelFr labelEn synonyms departmentSlug } departments { slug } }',
    );
    const crafts = response.data!.crafts as { slug: string; synonyms: string[] }[];
    expect(crafts.length).toBeGreaterThanOrEqual(120);
    const dop = crafts.find((craft) => craft.slug === 'director-of-photography')!;
    expect(dop.synonyms.map((s) => s.toLowerCase())).toEqual(
      expect.arrayContaining(['dop', 'cinematographer']),
    );
  });

  it('lists the real schools with programmes, and sites with their tenant schools', async () => {
    const schools = await t.graphql.request(
      '{ schools(first: 100) { totalCount edges { node { slug programmes { title level } site { slug } } } } }',
    );
    expect(schools.data!.schools.totalCount).toBeGreaterThanOrEqual(10);
    const serre = await t.graphql.request(
      '{ site(slug: "serre-numerique") { schools { name } companies { name } } }',
    );
    expect(serre.data!.site.schools.map((s: { name: string }) => s.name).join(' ')).toMatch(/Rubika/);
    const counted = await t.graphql.request(
      '{ schools(first: 100) { edges { node { studentCount programmes { studentCount } } } } }',
    );
    expect(counted.errors).toBeUndefined();
    const programmes = await t.graphql.request(
      '{ programmes(first: 5, filter: { levels: [BAC_PLUS_2] }) { totalCount } }',
    );
    expect(programmes.data!.programmes.totalCount).toBeGreaterThan(0);
  });

  it('lets STAFF create, read, update and delete a person', async () => {
    const created = await t.graphql.request(CREATE, { input: LEA }, staff.headers);
    expect(created.errors).toBeUndefined();
    const { id, slug } = created.data!.createPerson;
    expect(slug).toBe('lea-dupre');
    const read = await t.graphql.request(READ, { slug }, staff.headers);
    expect(read.data!.person).toMatchObject({
      name: 'Léa Dupré',
      email: 'lea.dupre@example.org',
      phone: '+33 6 12 34 56 78',
      crafts: [{ slug: 'director-of-photography', labelFr: expect.any(String), labelEn: expect.any(String) }],
      languages: [
        { language: 'en', level: 'FLUENT' },
        { language: 'fr', level: 'NATIVE' },
      ],
    });
    const updated = await t.graphql.request(
      UPDATE,
      { id, input: { headline: 'Cheffe opératrice' } },
      staff.headers,
    );
    expect(updated.data!.updatePerson.headline).toBe('Cheffe opératrice');
    const second = await t.graphql.request(CREATE, { input: LEA }, staff.headers);
    expect(second.data!.createPerson.slug).toBe('lea-dupre-2');
    const deleted = await t.graphql.request(
      `mutation ($id: ID!) { deletePerson(id: $id) }`,
      { id: second.data!.createPerson.id },
      staff.headers,
    );
    expect(deleted.data).toEqual({ deletePerson: true });
    // Each change queued its person for the index: the created, updated one and the deleted one.
    const outbox = await t.sql(
      `SELECT DISTINCT document_id FROM search_outbox WHERE document_type = 'person' AND document_id = ANY($1)`,
      [[id, second.data!.createPerson.id]],
    );
    expect(outbox.map((row) => row.document_id as string).sort()).toEqual(
      [id, second.data!.createPerson.id].sort(),
    );
  });

  it('shows contact details only as the person allows, and never to anonymous readers', async () => {
    const anonymous = await t.graphql.request(READ, { slug: 'lea-dupre' });
    expect(anonymous.data!.person).toMatchObject({
      email: null,
      phone: null,
      visibility: null,
      website: 'https://lea-dupre.example',
    });
    expect(anonymous.data!.person.availability).toHaveLength(1);
    const asMember = await t.graphql.request(READ, { slug: 'lea-dupre' }, member.headers);
    expect(asMember.data!.person).toMatchObject({
      email: 'lea.dupre@example.org',
      phone: null,
      visibility: null,
    });

    const [{ id }] = await t.sql(`SELECT id FROM person WHERE slug = 'lea-dupre'`);
    await t.graphql.request(
      UPDATE,
      {
        id,
        input: { visibility: { email: 'PUBLIC', phone: 'PUBLIC', links: 'MEMBERS', availability: 'STAFF' } },
      },
      staff.headers,
    );
    const again = await t.graphql.request(READ, { slug: 'lea-dupre' });
    expect(again.data!.person).toMatchObject({ email: null, phone: null, website: null, availability: [] });
    const list = await t.graphql.request('{ people(first: 100) { edges { node { slug email phone } } } }');
    for (const edge of list.data!.people.edges) expect(edge.node).toMatchObject({ email: null, phone: null });
  });

  it('hides people without directory consent from anonymous readers', async () => {
    const created = await t.graphql.request(
      CREATE,
      { input: { firstName: 'Ana', lastName: 'Nonyme', consentDirectory: false } },
      staff.headers,
    );
    const slug = created.data!.createPerson.slug;
    expect(GraphQLClient.codes(await t.graphql.request(READ, { slug }))).toEqual(['NOT_FOUND']);
    const anonymousList = await t.graphql.request('{ people(first: 100) { edges { node { slug } } } }');
    expect(
      anonymousList.data!.people.edges.map((e: { node: { slug: string } }) => e.node.slug),
    ).not.toContain(slug);
    expect((await t.graphql.request(READ, { slug }, member.headers)).data!.person.name).toBe('Ana Nonyme');
  });

  it('filters people by kind, craft, language, city and site', async () => {
    const people = (filter: object) =>
      t.graphql.request(
        'query ($f: PersonFilter) { people(filter: $f) { totalCount edges { node { slug } } } }',
        { f: filter },
      );
    expect(
      (await people({ crafts: ['director-of-photography'], languages: ['en'], cities: ['TOURCOING'] })).data!
        .people.totalCount,
    ).toBe(1);
    expect((await people({ kinds: ['ACTOR'] })).data!.people.totalCount).toBe(0);
    expect((await people({ sites: ['plaine-images'] })).data!.people.totalCount).toBe(1);
    expect((await people({ languages: ['de'] })).data!.people.totalCount).toBe(0);
  });

  it('lets a member edit only the profile they own, after STAFF approve their claim', async () => {
    const [{ id: leaId }] = await t.sql(`SELECT id FROM person WHERE slug = 'lea-dupre'`);
    expect(
      GraphQLClient.codes(
        await t.graphql.request(UPDATE, { id: leaId, input: { headline: 'hijack' } }, member.headers),
      ),
    ).toEqual(['FORBIDDEN']);

    const claim = await t.graphql.request(
      `mutation ($id: ID!) { claimPerson(personId: $id, message: "C'est moi") { id status } }`,
      { id: leaId },
      member.headers,
    );
    expect(claim.data!.claimPerson.status).toBe('PENDING');
    const pending = await t.graphql.request(
      '{ personClaims(status: PENDING) { totalCount edges { node { id } } } }',
      {},
      staff.headers,
    );
    expect(pending.data!.personClaims.totalCount).toBe(1);
    const decided = await t.graphql.request(
      `mutation ($id: ID!) { decidePersonClaim(id: $id, approve: true) { status } }`,
      { id: claim.data!.claimPerson.id },
      staff.headers,
    );
    expect(decided.data!.decidePersonClaim.status).toBe('APPROVED');

    const owner = await signIn(t.graphql, 'member@example.org');
    const own = await t.graphql.request(
      UPDATE,
      { id: leaId, input: { headline: 'Mine now', visibility: { phone: 'MEMBERS' } } },
      owner.headers,
    );
    expect(own.data!.updatePerson.headline).toBe('Mine now');
    const mine = await t.graphql.request(READ, { slug: 'lea-dupre' }, owner.headers);
    expect(mine.data!.person.visibility).toMatchObject({ phone: 'MEMBERS' });
    expect(mine.data!.person.phone).toBe('+33 6 12 34 56 78');
    const verify = await t.graphql.request(UPDATE, { id: leaId, input: { verified: true } }, owner.headers);
    expect(GraphQLClient.codes(verify)).toEqual(['FORBIDDEN']);
  });

  it.each([
    [{ ...LEA, email: 'not-an-email' }, 'email'],
    [{ ...LEA, crafts: ['astronaut'] }, 'crafts.0'],
    [{ ...LEA, lat: 91 }, 'lat'],
    [{ ...LEA, lat: 50.1, lng: undefined }, 'lng'],
    [{ ...LEA, availability: [{ startsOn: '2027-03-31', endsOn: '2027-03-01' }] }, 'availability.0'],
    [{ ...LEA, availability: [{ startsOn: '2027-02-30', endsOn: '2027-03-01' }] }, 'startsOn'],
    [{ ...LEA, headline: 'x'.repeat(201) }, 'headline'],
    [{ ...LEA, site: 'nowhere' }, 'site'],
    [{ ...LEA, languages: [{ language: 'english', level: 'FLUENT' }] }, 'language'],
    [{ ...LEA, website: 'javascript:alert(1)' }, 'website'],
    [{ ...LEA, playingAgeMin: 40, playingAgeMax: 20 }, 'playingAgeMax'],
  ])('refuses an invalid person (%#) naming %s, storing nothing', async (input, field) => {
    const before = await count('person');
    const response = await t.graphql.request(CREATE, { input }, staff.headers);
    expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response.errors![0].extensions)).toContain(field);
    expect(await count('person')).toBe(before);
  });

  it('checks SIRENs and re-queues affiliated people when a company is renamed', async () => {
    const create = `mutation ($input: CompanyInput!) { createCompany(input: $input) { id slug siren } }`;
    const bad = await t.graphql.request(
      create,
      { input: { name: 'Films du Nord', country: 'FR', city: 'Lille', siren: '732829321' } },
      staff.headers,
    );
    expect(GraphQLClient.codes(bad)).toEqual(['BAD_USER_INPUT']);
    const foreign = await t.graphql.request(
      create,
      { input: { name: 'Wallonie Films', country: 'BE', city: 'Liège', siren: '732829320' } },
      staff.headers,
    );
    expect(GraphQLClient.codes(foreign)).toEqual(['BAD_USER_INPUT']);
    const ok = await t.graphql.request(
      create,
      {
        input: {
          name: 'Films du Nord',
          country: 'FR',
          city: 'Lille',
          siren: '732829320',
          kinds: ['PRODUCTION'],
          formats: ['FEATURE_FILM'],
        },
      },
      staff.headers,
    );
    expect(ok.data!.createCompany).toMatchObject({ slug: 'films-du-nord', siren: '732829320' });
    const duplicate = await t.graphql.request(
      create,
      { input: { name: 'Autre', country: 'FR', city: 'Lille', siren: '732829320' } },
      staff.headers,
    );
    expect(GraphQLClient.codes(duplicate)).toEqual(['CONFLICT']);

    const companyId = ok.data!.createCompany.id;
    const [{ id: leaId }] = await t.sql(`SELECT id FROM person WHERE slug = 'lea-dupre'`);
    await t.graphql.request(
      UPDATE,
      { id: leaId, input: { affiliations: [{ companyId, role: 'Cheffe opératrice' }] } },
      staff.headers,
    );
    await t.sql(`DELETE FROM search_outbox`);
    await t.graphql.request(
      `mutation ($id: ID!) { updateCompany(id: $id, input: { name: "Films du Nord Studio" }) { name } }`,
      { id: companyId },
      staff.headers,
    );
    const queued = await t.sql(`SELECT document_type, document_id FROM search_outbox ORDER BY id`);
    expect(queued).toEqual(
      expect.arrayContaining([
        { document_type: 'company', document_id: companyId },
        { document_type: 'person', document_id: leaId },
      ]),
    );
    const people = await t.graphql.request(`query ($id: ID!) { company(id: $id) { people { name } } }`, {
      id: companyId,
    });
    expect(people.data!.company.people).toEqual([{ name: 'Léa Dupré' }]);
  });

  it('lets STAFF create, update and delete schools, programmes and companies', async () => {
    const school = await t.graphql.request(
      `mutation { createSchool(input: { name: "École Test de l'Image", city: "Lille", site: "plaine-images" }) { id slug site { slug } } }`,
      {},
      staff.headers,
    );
    expect(school.data!.createSchool).toMatchObject({
      slug: 'ecole-test-de-l-image',
      site: { slug: 'plaine-images' },
    });
    const schoolId = school.data!.createSchool.id;
    const programme = await t.graphql.request(
      `mutation ($s: ID!) { createProgramme(input: { schoolId: $s, title: "Bachelor Animation", level: BAC_PLUS_3, discipline: "animation", durationYears: 3, rncp: "RNCP12345" }) { id slug school { name } } }`,
      { s: schoolId },
      staff.headers,
    );
    expect(programme.data!.createProgramme.school.name).toBe("École Test de l'Image");
    const programmeId = programme.data!.createProgramme.id;
    const renamed = await t.graphql.request(
      `mutation ($id: ID!) { updateProgramme(id: $id, input: { title: "Bachelor Cinéma d'animation" }) { title } }`,
      { id: programmeId },
      staff.headers,
    );
    expect(renamed.data!.updateProgramme.title).toBe("Bachelor Cinéma d'animation");
    const badLevel = await t.graphql.request(
      `mutation ($s: ID!) { createProgramme(input: { schoolId: $s, title: "X", level: OTHER, discipline: "Not Valid!" }) { id } }`,
      { s: schoolId },
      staff.headers,
    );
    expect(GraphQLClient.codes(badLevel)).toEqual(['BAD_USER_INPUT']);
    expect(
      (
        await t.graphql.request(
          `mutation ($id: ID!) { deleteProgramme(id: $id) }`,
          { id: programmeId },
          staff.headers,
        )
      ).data,
    ).toEqual({ deleteProgramme: true });
    expect(
      (
        await t.graphql.request(
          `mutation ($id: ID!) { updateSchool(id: $id, input: { city: "Roubaix" }) { city } }`,
          { id: schoolId },
          staff.headers,
        )
      ).data!.updateSchool.city,
    ).toBe('Roubaix');
    expect(
      (
        await t.graphql.request(
          `mutation ($id: ID!) { deleteSchool(id: $id) }`,
          { id: schoolId },
          staff.headers,
        )
      ).data,
    ).toEqual({ deleteSchool: true });
    expect(
      GraphQLClient.codes(
        await t.graphql.request(`query ($id: ID!) { school(id: $id) { id } }`, { id: schoolId }),
      ),
    ).toEqual(['NOT_FOUND']);

    const company = await t.graphql.request(
      `mutation { createCompany(input: { name: "Éphémère", country: "LU", city: "Luxembourg" }) { id } }`,
      {},
      staff.headers,
    );
    const companyId = company.data!.createCompany.id;
    expect(
      (
        await t.graphql.request(
          `mutation ($id: ID!) { deleteCompany(id: $id) }`,
          { id: companyId },
          staff.headers,
        )
      ).data,
    ).toEqual({ deleteCompany: true });
    expect(
      GraphQLClient.codes(
        await t.graphql.request(`query ($id: ID!) { company(id: $id) { id } }`, { id: companyId }),
      ),
    ).toEqual(['NOT_FOUND']);
    const badCountry = await t.graphql.request(
      `mutation { createCompany(input: { name: "X", country: "ZZ", city: "Nowhere" }) { id } }`,
      {},
      staff.headers,
    );
    expect(GraphQLClient.codes(badCountry)).toEqual(['BAD_USER_INPUT']);
  });

  it('exports everything about the caller and erases account and profile on request', async () => {
    const owner = await signIn(t.graphql, 'member@example.org');
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
    const login = await t.graphql.request(
      'mutation { login(email: "member@example.org", password: "crossroads-demo") { accessToken } }',
    );
    expect(GraphQLClient.codes(login)).toEqual(['UNAUTHENTICATED']);
  });

  it('reads a page of 50 people with crafts, companies and school in a constant number of SQL statements', async () => {
    await t.sql(`
      WITH company AS (
        INSERT INTO company (slug, name, country, city) VALUES ('bulk-studio', 'Bulk Studio', 'FR', 'Roubaix') RETURNING id
      ), school AS (SELECT id FROM school ORDER BY slug LIMIT 1),
      people AS (
        INSERT INTO person (slug, first_name, last_name, school_id)
        SELECT 'bulk-' || n, 'Bulk', 'Person ' || lpad(n::text, 3, '0'), (SELECT id FROM school) FROM generate_series(1, 60) n
        RETURNING id
      ), crafts AS (
        INSERT INTO person_craft (person_id, craft_slug) SELECT id, 'editor' FROM people
      )
      INSERT INTO affiliation (person_id, company_id, role) SELECT people.id, company.id, 'Editor' FROM people, company`);
    const dataSource = t.app.get(DataSource);
    const logger = dataSource.logger;
    const statementsFor = async (first: number) => {
      let statements = 0;
      Object.assign(dataSource, { logger: { ...logger, logQuery: () => statements++ } });
      try {
        const response = await t.graphql.request(
          `query ($first: Int) { people(first: $first, filter: { crafts: ["editor"] }) { edges { node {
              name crafts { labelEn } affiliations { role company { name } } school { name } site { name } } } } }`,
          { first },
        );
        expect(response.data!.people.edges).toHaveLength(first);
        expect(response.data!.people.edges[0].node.affiliations[0].company.name).toBe('Bulk Studio');
      } finally {
        Object.assign(dataSource, { logger });
      }
      return statements;
    };
    const forTen = await statementsFor(10);
    const forFifty = await statementsFor(50);
    // The page, its count and about one query per relation (crafts, affiliations, companies, schools), not one per
    // row; DataLoader may split a relation's batch over two ticks, hence "about".
    expect(forFifty).toBeLessThanOrEqual(10);
    expect(forFifty - forTen).toBeLessThanOrEqual(2);
  });
});
