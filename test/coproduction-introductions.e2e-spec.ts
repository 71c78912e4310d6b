import { GraphQLClient, TestApp } from '@crossroads/testing';
import {
  ANSWER_INTRO,
  CoproductionWorld,
  CREATE_PROJECT,
  createSeries,
  giveProfiles,
  INTRODUCTIONS,
  REQUEST_INTRO,
  SERIES,
  startCoproductionWorld,
} from './support/coproduction';

// Introductions between a project's team and a company: request, answer, contacts, history.
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

  describe('introductions', () => {
    it('goes from request to acceptance, then shows both sides their contact details, with its history', async () => {
      const asked = await ok('producer', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.bruxelles,
        message: 'We would love a Belgian animation partner for Annecy.',
      });
      ids.intro = asked.requestIntroduction.id;
      expect(asked.requestIntroduction.status).toBe('PENDING');
      const twice = await gql('producer', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.bruxelles,
        message: 'Again',
      });
      expect(GraphQLClient.codes(twice)).toEqual(['CONFLICT']);
      const own = await gql('producer', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.mouettes,
        message: 'Me',
      });
      expect(GraphQLClient.codes(own)).toEqual(['BAD_USER_INPUT']);
      const notTeam = await gql('outsider', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.toronto,
        message: 'Hi',
      });
      expect(GraphQLClient.codes(notTeam)).toEqual(['FORBIDDEN']);

      const pending = await ok('partner', INTRODUCTIONS);
      expect(pending.introductions.edges[0].node).toMatchObject({
        status: 'PENDING',
        requesterContact: null,
        companyContact: null,
        company: { name: 'Bruxelles Anima' },
        project: { id: ids.series },
      });
      expect(
        GraphQLClient.codes(await gql('producer', ANSWER_INTRO, { id: ids.intro, accept: true })),
      ).toEqual(['FORBIDDEN']);
      expect(
        GraphQLClient.codes(await gql('outsider', ANSWER_INTRO, { id: ids.intro, accept: true })),
      ).toEqual(['NOT_FOUND']);
      expect((await ok('outsider', INTRODUCTIONS)).introductions.totalCount).toBe(0);

      const accepted = await ok('partner', ANSWER_INTRO, {
        id: ids.intro,
        accept: true,
        message: 'Avec plaisir !',
      });
      expect(accepted.answerIntroduction).toMatchObject({ status: 'ACCEPTED', response: 'Avec plaisir !' });
      expect(
        GraphQLClient.codes(await gql('partner', ANSWER_INTRO, { id: ids.intro, accept: false })),
      ).toEqual(['CONFLICT']);
      for (const viewer of ['producer', 'partner', 'staff'] as const) {
        const [node] = (await ok(viewer, INTRODUCTIONS)).introductions.edges.map(
          (e: { node: object }) => e.node,
        );
        expect(node).toMatchObject({
          status: 'ACCEPTED',
          requesterContact: { name: 'Camille Test', email: 'producerPerson@example.org' },
          companyContact: { name: 'Lotte Test', email: 'partnerPerson@example.org' },
          history: [{ status: 'PENDING' }, { status: 'ACCEPTED' }],
        });
      }
    });

    it('keeps declined introductions in the history, and allows asking again later', async () => {
      const asked = await ok('producer', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.toronto,
        message: 'Toronto?',
      });
      const declined = await ok('staff', ANSWER_INTRO, { id: asked.requestIntroduction.id, accept: false });
      expect(declined.answerIntroduction.status).toBe('DECLINED');
      const list = await ok('producer', INTRODUCTIONS);
      const node = list.introductions.edges.find(
        (e: { node: { id: string } }) => e.node.id === asked.requestIntroduction.id,
      ).node;
      expect(node).toMatchObject({
        requesterContact: null,
        history: [{ status: 'PENDING' }, { status: 'DECLINED' }],
      });
      await ok('producer', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.toronto,
        message: 'Second try',
      });
    });

    it('never lets the account that asked answer, even as a member of the company asked', async () => {
      // A project of the producer's own, not their company's: Mouettes Productions is not its owner company.
      const solo = (
        await ok('producer', CREATE_PROJECT, {
          input: { ...SERIES(ids), title: 'Les Mouettes en solo', ownerCompanyId: null },
        })
      ).createProject.id;
      const asked = await ok('producer', REQUEST_INTRO, {
        projectId: solo,
        companyId: ids.mouettes,
        message: 'Mes collègues ?',
      });
      const id = asked.requestIntroduction.id;
      expect(
        GraphQLClient.codes(await gql('producer', ANSWER_INTRO, { id, accept: true, message: 'Oui !' })),
      ).toEqual(['FORBIDDEN']);
      expect(
        await t.sql(`SELECT status, response, decided_by_user_id FROM introduction WHERE id = $1`, [id]),
      ).toEqual([{ status: 'PENDING', response: null, decided_by_user_id: null }]);
      expect(await t.sql(`SELECT status FROM introduction_event WHERE introduction_id = $1`, [id])).toEqual([
        { status: 'PENDING' },
      ]);
      expect((await ok('staff', ANSWER_INTRO, { id, accept: false })).answerIntroduction.status).toBe(
        'DECLINED',
      );
    });

    it("tells an acceptance, with the accepting member's contact, to who answers for the project now, not to a requester who left it", async () => {
      // STAFF create the project for Mouettes Productions, with the producer on its team; the producer asks.
      const project = (
        await ok('staff', CREATE_PROJECT, { input: { ...SERIES(ids), title: 'Les Mouettes, saison 2' } })
      ).createProject.id;
      const id = (
        await ok('producer', REQUEST_INTRO, {
          projectId: project,
          companyId: ids.bruxelles,
          message: 'Saison 2 ?',
        })
      ).requestIntroduction.id;
      const [{ id: producerUser }] = await t.sql(
        `SELECT id FROM app_user WHERE email = 'producer@example.fr'`,
      );
      const [{ id: staffUser }] = await t.sql(`SELECT id FROM app_user WHERE email = 'staff@example.org'`);
      // Then the producer leaves both the team and the company, before Bruxelles Anima answers.
      await t.sql(`DELETE FROM project_team_member WHERE project_id = $1`, [project]);
      await t.sql(
        `UPDATE affiliation SET ends_on = current_date - 1 WHERE person_id = $1 AND company_id = $2`,
        [ids.producerPerson, ids.mouettes],
      );
      try {
        await ok('partner', ANSWER_INTRO, { id, accept: true, message: 'Volontiers' });
        const told = await t.sql(
          `SELECT recipient_id, data->>'contactEmail' AS contact FROM notification WHERE event_key = $1`,
          [`introduction-answered:${id}`],
        );
        // Nobody answers for it now: the producer left, and STAFF, who only created the company's project, own it
        // no more than any creator of a company's project does once outside it (docs/COPRODUCTION.md).
        expect(told).toEqual([]);
        expect(told.some((row) => row.recipient_id === producerUser || row.recipient_id === staffUser)).toBe(
          false,
        );
      } finally {
        await t.sql(`UPDATE affiliation SET ends_on = NULL WHERE person_id = $1 AND company_id = $2`, [
          ids.producerPerson,
          ids.mouettes,
        ]);
      }
    });
  });
});
