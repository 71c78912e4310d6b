import { GraphQLClient, Session, TestApp } from '@crossroads/testing';
import { createLea, startDirectoryWorld, UPDATE } from './support/directory';

// Companies, schools and programmes: STAFF keep them, SIRENs are checked, renames re-index their people.
describe('directory', () => {
  let t: TestApp;
  let staff: Session;
  beforeAll(async () => {
    const world = await startDirectoryWorld();
    ({ t, staff } = world);
    await createLea(world);
  });
  afterAll(() => t?.close());

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
});
