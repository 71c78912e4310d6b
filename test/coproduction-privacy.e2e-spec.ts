import { GraphQLClient, TestApp, waitFor } from '@crossroads/testing';
import {
  CoproductionWorld,
  CREATE_PROJECT,
  createSeries,
  giveProfiles,
  LIST_PROJECTS,
  PARTNER_MATCHES,
  PROJECT_MATCHES,
  READ_PROJECT,
  REQUEST_INTRO,
  SEARCH,
  SERIES,
  startCoproductionWorld,
  UPDATE_PROJECT,
  Viewer,
} from './support/coproduction';

// Private projects stay out of every list, read, match, search and index for anyone outside the team.
describe('co-production', () => {
  let w: CoproductionWorld;
  let t: TestApp;
  let ids: Record<string, string>;
  let gql: CoproductionWorld['gql'];
  let ok: CoproductionWorld['ok'];

  beforeAll(async () => {
    w = await startCoproductionWorld();
    ({ t, ids, gql, ok } = w);
    await createSeries(w);
    await giveProfiles(w);
  });
  afterAll(() => t?.close());

  describe('private projects never leak', () => {
    beforeAll(async () => {
      const data = await ok('producer', CREATE_PROJECT, {
        input: { ...SERIES(ids), title: 'Projet Secret', visibility: 'PRIVATE' },
      });
      ids.secret = data.createProject.id;
      const shown = await ok('producer', CREATE_PROJECT, {
        input: { ...SERIES(ids), title: 'Projet Public', visibility: 'PUBLIC' },
      });
      ids.public = shown.createProject.id;
      await waitFor(async () => {
        const r = await ok('anonymous', SEARCH, { input: { query: 'Projet Public', types: ['PROJECT'] } });
        return r.search.totalHits > 0;
      }, 20_000);
    });

    const outsiders: Viewer[] = ['anonymous', 'pending', 'member', 'outsider', 'partner'];

    it.each(outsiders)(
      'is invisible to %s in lists, single reads, matches, projectMatches and search',
      async (viewer) => {
        const list = await gql(viewer, LIST_PROJECTS);
        expect(JSON.stringify(list.data)).not.toContain(ids.secret);
        expect(GraphQLClient.codes(await gql(viewer, READ_PROJECT, { id: ids.secret }))).toEqual([
          'NOT_FOUND',
        ]);
        const matches = await gql(viewer, PARTNER_MATCHES, { projectId: ids.secret, editionId: ids.annecy });
        expect(GraphQLClient.codes(matches)).toEqual([
          viewer === 'anonymous' ? 'UNAUTHENTICATED' : viewer === 'pending' ? 'FORBIDDEN' : 'NOT_FOUND',
        ]);
        const reverse = await gql(viewer, PROJECT_MATCHES, { companyId: ids.bruxelles });
        expect(JSON.stringify(reverse)).not.toContain(ids.secret);
        const search = await gql(viewer, SEARCH, { input: { query: 'Projet Secret' } });
        expect(JSON.stringify(search)).not.toContain(ids.secret);
        const intro = await gql(viewer, REQUEST_INTRO, {
          projectId: ids.secret,
          companyId: ids.koln,
          message: 'x',
        });
        const refused =
          viewer === 'anonymous' ? 'UNAUTHENTICATED' : viewer === 'pending' ? 'FORBIDDEN' : 'NOT_FOUND';
        expect(GraphQLClient.codes(intro)).toEqual([refused]);
        const update = await gql(viewer, UPDATE_PROJECT, { id: ids.secret, input: { title: 'Leaked' } });
        expect(GraphQLClient.codes(update)).toEqual([refused]);
      },
    );

    it.each(['producer', 'staff'] as Viewer[])('is visible to %s', async (viewer) => {
      expect((await ok(viewer, READ_PROJECT, { id: ids.secret })).project.title).toBe('Projet Secret');
      expect(JSON.stringify(await ok(viewer, LIST_PROJECTS))).toContain(ids.secret);
      expect(
        (await ok(viewer, PARTNER_MATCHES, { projectId: ids.secret })).partnerMatches.length,
      ).toBeGreaterThan(0);
    });

    it('tells the company of an introduction a private project asks for without its title', async () => {
      await ok('producer', REQUEST_INTRO, { projectId: ids.secret, companyId: ids.bruxelles, message: 'x' });
      const told = await ok(
        'partner',
        `{ myNotifications(first: 50) { edges { node { event text params { name value } } } } }`,
      );
      const [notice] = told.myNotifications.edges
        .map((e: { node: { event: string } }) => e.node)
        .filter((n: { event: string }) => n.event === 'INTRODUCTION_REQUESTED');
      expect(notice.text).toBe(
        'Le projet « Projet non visible » souhaite rencontrer Bruxelles Anima. Acceptez ou déclinez la demande.',
      );
      expect(JSON.stringify(notice)).not.toContain('Projet Secret');
      const [row] = await t.sql(
        `SELECT n.data FROM notification n JOIN app_user u ON u.id = n.recipient_id
          WHERE u.email = 'partner@example.fr' AND n.event = 'INTRODUCTION_REQUESTED'`,
      );
      expect(JSON.stringify(row.data)).not.toContain('Projet Secret');
    });

    it('indexes only public projects, through the outbox, and removes one made private', async () => {
      const hit = await ok('anonymous', SEARCH, {
        input: {
          query: 'Projet Public',
          types: ['PROJECT'],
          formats: ['ANIMATED_SERIES'],
          stages: ['FINANCING'],
          genres: ['family'],
          countriesSought: ['BE'],
        },
      });
      expect(hit.search.hits[0]).toMatchObject({
        type: 'PROJECT',
        id: ids.public,
        node: { title: 'Projet Public', stage: 'FINANCING' },
      });
      const wrongStage = await ok('anonymous', SEARCH, {
        input: { query: 'Projet Public', stages: ['WRITING'] },
      });
      expect(wrongStage.search.totalHits).toBe(0);
      const companies = await ok('anonymous', SEARCH, {
        input: { query: 'Bruxelles', types: ['COMPANY'], genres: ['adventure'] },
      });
      expect(companies.search.hits.map((h: { id: string }) => h.id)).toContain(ids.bruxelles);
      const [row] = await t.meili
        .index(`${t.config.SEARCH_INDEX_PREFIX}projects`)
        .search('', { limit: 100 })
        .then((r) => [r]);
      expect(row.hits.map((h) => h.id)).not.toContain(ids.secret);
      expect(row.hits.map((h) => h.id)).not.toContain(ids.series); // members-only

      await ok('producer', UPDATE_PROJECT, { id: ids.public, input: { visibility: 'PRIVATE' } });
      await waitFor(async () => {
        const r = await ok('anonymous', SEARCH, { input: { query: 'Projet Public', types: ['PROJECT'] } });
        return r.search.totalHits === 0;
      }, 20_000);
    });
  });
});
