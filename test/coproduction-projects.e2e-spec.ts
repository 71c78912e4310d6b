import { GraphQLClient, TestApp } from '@crossroads/testing';
import {
  CoproductionWorld,
  CREATE_PROJECT,
  LIST_PROJECTS,
  READ_PROJECT,
  SERIES,
  startCoproductionWorld,
  UPDATE_PROJECT,
} from './support/coproduction';

// Projects: creation, slugs, validation, who may edit, lists and the funds reference.
describe('co-production', () => {
  let w: CoproductionWorld;
  let t: TestApp;
  let ids: Record<string, string>;
  let gql: CoproductionWorld['gql'];
  let ok: CoproductionWorld['ok'];

  beforeAll(async () => {
    w = await startCoproductionWorld();
    ({ t, ids, gql, ok } = w);
  });
  afterAll(() => t?.close());

  describe('projects', () => {
    it('lets a member create a project for their company, with its team, funds and target editions', async () => {
      const data = await ok('producer', CREATE_PROJECT, { input: SERIES(ids) });
      ids.series = data.createProject.id;
      expect(data.createProject).toMatchObject({
        slug: expect.stringMatching(/^les-mouettes-de-wimereux-[0-9a-z]{6}$/),
        visibility: 'MEMBERS',
      });
      const read = await ok('producer', READ_PROJECT, { id: ids.series });
      expect(read.project).toMatchObject({
        format: 'ANIMATED_SERIES',
        genres: ['family', 'comedy'],
        budgetEur: 4_200_000,
        ownerCompany: { name: 'Mouettes Productions' },
        team: [{ role: 'producer', person: { id: ids.producerPerson } }],
        funds: [
          { fund: 'pictanovo-production', status: 'OBTAINED', amountEur: 300_000 },
          { fund: 'cnc-tax-credit', status: 'APPLIED', amountEur: null },
        ],
        targetEditions: [{ id: ids.annecy }],
      });
    });

    it("gives a project a slug that reveals nothing about another member's private project", async () => {
      const secret = await ok('producer', CREATE_PROJECT, {
        input: { ...SERIES(ids), title: 'Le Chantier secret', visibility: 'PRIVATE' },
      });
      const probe = await ok('outsider', CREATE_PROJECT, {
        input: { title: 'Le Chantier secret', format: 'SHORT_FILM', stage: 'DEVELOPMENT' },
      });
      const fresh = await ok('outsider', CREATE_PROJECT, {
        input: { title: 'Un titre que personne n’a pris', format: 'SHORT_FILM', stage: 'DEVELOPMENT' },
      });
      // Same shape whether the title was taken or not: base words, then 6 random characters.
      for (const slug of [secret.createProject.slug, probe.createProject.slug])
        expect(slug).toMatch(/^le-chantier-secret-[0-9a-z]{6}$/);
      expect(fresh.createProject.slug).toMatch(/^un-titre-que-personne-n-a-pris-[0-9a-z]{6}$/);
      expect(probe.createProject.slug).not.toBe(secret.createProject.slug);
      await t.sql(`DELETE FROM project WHERE id = ANY($1)`, [
        [secret.createProject.id, probe.createProject.id, fresh.createProject.id],
      ]);
    });

    it('refuses invalid input with BAD_USER_INPUT naming each field, and stores nothing', async () => {
      const before = await t.sql(`SELECT count(*)::int AS n FROM project`);
      const bad = await gql('producer', CREATE_PROJECT, {
        input: {
          ...SERIES(ids),
          financingSecuredEur: 9_000_000,
          funds: [{ fund: 'no-such-fund', status: 'APPLIED' }],
          targetEditionIds: ['00000000-0000-4000-8000-000000000000'],
          team: [{ personId: '00000000-0000-4000-8000-000000000001', role: 'writer' }],
        },
      });
      expect(GraphQLClient.codes(bad)).toEqual(['BAD_USER_INPUT']);
      const fields = (bad.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort();
      expect(fields).toEqual([
        'financingSecuredEur',
        'funds.0.fund',
        'targetEditionIds.0',
        'team.0.personId',
      ]);
      const missing = await gql('producer', CREATE_PROJECT, { input: { format: 'XR', stage: 'WRITING' } });
      expect(GraphQLClient.codes(missing)).toEqual(['BAD_USER_INPUT']);
      const validator = await gql('producer', CREATE_PROJECT, {
        input: { ...SERIES(ids), budgetEur: -1, languages: ['french'], countriesSought: ['XX'] },
      });
      expect(GraphQLClient.codes(validator)).toEqual(['BAD_USER_INPUT']);
      const notMine = await gql('outsider', CREATE_PROJECT, { input: SERIES(ids) });
      expect(notMine.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'ownerCompanyId', message: 'you are not affiliated with this company' }],
      });
      expect(await t.sql(`SELECT count(*)::int AS n FROM project`)).toEqual(before);
    });

    it('lets only the team or STAFF edit and delete', async () => {
      const outsider = await gql('outsider', UPDATE_PROJECT, {
        id: ids.series,
        input: { stage: 'PRODUCTION' },
      });
      expect(GraphQLClient.codes(outsider)).toEqual(['FORBIDDEN']);
      const producer = await ok('producer', UPDATE_PROJECT, {
        id: ids.series,
        input: { stage: 'FINANCING' },
      });
      expect(producer.updateProject.stage).toBe('FINANCING');
      const scratch = await ok('producer', CREATE_PROJECT, {
        input: { title: 'Brouillon', format: 'SHORT_FILM', stage: 'WRITING', visibility: 'MEMBERS' },
      });
      const del = `mutation ($id: ID!) { deleteProject(id: $id) }`;
      expect(GraphQLClient.codes(await gql('outsider', del, { id: scratch.createProject.id }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await ok('staff', del, { id: scratch.createProject.id })).toEqual({ deleteProject: true });
      expect(
        GraphQLClient.codes(await gql('producer', READ_PROJECT, { id: scratch.createProject.id })),
      ).toEqual(['NOT_FOUND']);
    });

    it('lists the visible projects with filters', async () => {
      const data = await ok('member', LIST_PROJECTS, {
        filter: { formats: ['ANIMATED_SERIES'], stages: ['FINANCING'] },
      });
      expect(data.projects.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(ids.series);
      const none = await ok('member', LIST_PROJECTS, { filter: { formats: ['XR'] } });
      expect(none.projects.totalCount).toBe(0);
      const anonymous = await ok('anonymous', LIST_PROJECTS);
      expect(anonymous.projects.totalCount).toBe(0); // MEMBERS-only project
      const mine = await ok('producer', LIST_PROJECTS, { filter: { mine: true } });
      expect(mine.projects.totalCount).toBe(1);
      const funds = await ok(
        'anonymous',
        '{ funds { slug formats requiresPartnerCountries requiresPartnerRegions financingConfirmedMin sources } }',
      );
      const fund = (slug: string) => funds.funds.find((f: { slug: string }) => f.slug === slug);
      expect(fund('pictanovo-wallimage-interactive')).toMatchObject({
        requiresPartnerCountries: ['FR', 'BE'],
        requiresPartnerRegions: ['FR-HDF', 'BE-WAL'],
        formats: expect.arrayContaining(['VIDEO_GAME']),
      });
      expect(fund('eurimages')).toMatchObject({ financingConfirmedMin: 0.5 });
      expect(fund('wallimage-gaming')).toMatchObject({ formats: ['VIDEO_GAME'] });
    });
  });
});
