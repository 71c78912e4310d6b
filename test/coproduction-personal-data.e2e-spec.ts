import { TestApp } from '@crossroads/testing';
import {
  CoproductionWorld,
  CREATE_PROJECT,
  createSeries,
  giveProfiles,
  introduceToBruxelles,
  INTRODUCTIONS,
  PASSWORD,
  SERIES,
  startCoproductionWorld,
} from './support/coproduction';

// Co-production data in the personal data export and erasure.
describe('co-production', () => {
  let w: CoproductionWorld;
  let t: TestApp;
  let ids: Record<string, string>;
  let ok: CoproductionWorld['ok'];

  beforeAll(async () => {
    w = await startCoproductionWorld();
    ({ t, ids, ok } = w);
    await createSeries(w);
    await giveProfiles(w);
    await ok('producer', CREATE_PROJECT, {
      input: { ...SERIES(ids), title: 'Projet Secret', visibility: 'PRIVATE' },
    });
    await introduceToBruxelles(w);
  });
  afterAll(() => t?.close());

  describe('personal data', () => {
    it('exports projects, introductions and the profiles of my companies', async () => {
      const data = await ok('producer', '{ exportMyData }');
      const exported = JSON.parse(data.exportMyData as string);
      expect(exported.coproduction.projects.map((p: { title: string }) => p.title)).toEqual(
        expect.arrayContaining(['Les Mouettes de Wimereux', 'Projet Secret']),
      );
      expect(exported.coproduction.introductions.map((i: { message: string }) => i.message)).toContain(
        'We would love a Belgian animation partner for Annecy.',
      );
      expect(
        exported.coproduction.profilesOfMyCompanies.map((p: { companyId: string }) => p.companyId),
      ).toEqual([ids.mouettes]);
    });

    it('erases projects nobody else owns and the messages I wrote, keeping the other side’s history', async () => {
      const solo = await ok('outsider', CREATE_PROJECT, {
        input: { title: 'Solo', format: 'XR', stage: 'WRITING' },
      });
      // Another member's export never carries the outsider's project.
      const partnerExport = JSON.parse((await ok('partner', '{ exportMyData }')).exportMyData as string);
      expect(partnerExport.coproduction.projects.map((p: { id: string }) => p.id)).not.toContain(
        solo.createProject.id,
      );
      expect(
        await ok(
          'outsider',
          `mutation { deleteMyAccount(confirmEmail: "outsider@example.fr", password: "${PASSWORD}") }`,
        ),
      ).toEqual({ deleteMyAccount: true });
      expect(await t.sql(`SELECT id FROM project WHERE id = $1`, [solo.createProject.id])).toEqual([]);

      expect(
        await ok(
          'producer',
          `mutation { deleteMyAccount(confirmEmail: "producer@example.fr", password: "${PASSWORD}") }`,
        ),
      ).toEqual({
        deleteMyAccount: true,
      });
      // The series belongs to Mouettes Productions too: it stays; its introduction keeps its history, not the message.
      const [intro] = await t.sql(`SELECT message, requested_by_user_id FROM introduction WHERE id = $1`, [
        ids.intro,
      ]);
      expect(intro).toEqual({ message: '(erased at the author’s request)', requested_by_user_id: null });
      const partnerView = await ok('partner', INTRODUCTIONS);
      const node = partnerView.introductions.edges.find(
        (e: { node: { id: string } }) => e.node.id === ids.intro,
      ).node;
      expect(node).toMatchObject({
        requesterContact: null,
        history: [{ status: 'PENDING' }, { status: 'ACCEPTED' }],
      });
      expect(await t.sql(`SELECT id FROM project WHERE id = $1`, [ids.series])).toHaveLength(1);
    });
  });
});
