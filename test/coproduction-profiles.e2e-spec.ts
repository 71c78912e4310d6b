import { GraphQLClient, TestApp } from '@crossroads/testing';
import {
  BRUXELLES_PROFILE,
  CoproductionWorld,
  createSeries,
  giveOtherProfiles,
  PARTNER_MATCHES,
  startCoproductionWorld,
  UPDATE_PROFILE,
  Viewer,
} from './support/coproduction';

// Co-production profiles: who edits them, what they hold, and regions or communities on them.
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
  });
  afterAll(() => t?.close());

  describe('co-production profiles', () => {
    it("lets the company's members and STAFF edit a profile, nobody else", async () => {
      const input = BRUXELLES_PROFILE(ids);
      const forbidden = await gql('outsider', UPDATE_PROFILE, { companyId: ids.bruxelles, input });
      expect(GraphQLClient.codes(forbidden)).toEqual(['FORBIDDEN']);
      const data = await ok('partner', UPDATE_PROFILE, { companyId: ids.bruxelles, input });
      expect(data.updateCoproductionProfile).toMatchObject({
        companyId: ids.bruxelles,
        attendingEditions: [{ id: ids.annecy }],
      });
      const bad = await gql('partner', UPDATE_PROFILE, {
        companyId: ids.bruxelles,
        input: { budgetMaxEur: 10, attendingEditionIds: ['00000000-0000-4000-8000-000000000000'] },
      });
      expect(GraphQLClient.codes(bad)).toEqual(['BAD_USER_INPUT']);
      await giveOtherProfiles(w);
      const read = await ok(
        'anonymous',
        `query ($id: ID!) { company(id: $id) { coproductionProfile { genres budgetMaxEur trackRecord { title } } } }`,
        {
          id: ids.bruxelles,
        },
      );
      expect(read.company.coproductionProfile).toMatchObject({
        genres: ['family', 'comedy', 'adventure'],
        budgetMaxEur: 8_000_000,
      });
      const attendees = await ok(
        'anonymous',
        `query ($id: ID!) { editionAttendees(editionId: $id) { company { name } profile { formats } } }`,
        {
          id: ids.annecy,
        },
      );
      expect(attendees.editionAttendees.map((a: { company: { name: string } }) => a.company.name)).toEqual([
        'Bruxelles Anima',
        'Köln Filmproduktion',
        'Mouettes Productions',
      ]);
    });
  });

  describe('regions and communities', () => {
    it('gives a Brussels producer the French Community code, refuses codes of another country, and matches on it', async () => {
      const set = (viewer: Viewer, companyId: string, subdivision: string | null) =>
        gql(
          viewer,
          `mutation ($companyId: ID!, $input: CoproductionProfileInput!) {
          updateCoproductionProfile(companyId: $companyId, input: $input) { companyId subdivision } }`,
          {
            companyId,
            input: { subdivision },
          },
        );
      const foreign = await set('staff', ids.mouettes, 'BE-FWB');
      expect(GraphQLClient.codes(foreign)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(foreign.errors)).toContain('subdivision');
      const unknown = await set('staff', ids.bruxelles, 'BE-XXX');
      expect(GraphQLClient.codes(unknown)).toEqual(['BAD_USER_INPUT']);
      const [before] = await t.sql(`SELECT subdivision FROM coproduction_profile WHERE company_id = $1`, [
        ids.bruxelles,
      ]);
      expect(before.subdivision).toBeNull();
      const saved = await set('partner', ids.bruxelles, 'BE-FWB');
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.updateCoproductionProfile.subdivision).toBe('BE-FWB');
      const matches = (await ok('producer', PARTNER_MATCHES, { projectId: ids.series })).partnerMatches as {
        company: { name: string };
        reasons: { criterion: string; code: string; params: Record<string, unknown> }[];
      }[];
      const brussels = matches.find((m) => m.company.name === 'Bruxelles Anima')!;
      expect(brussels.reasons.find((r) => r.criterion === 'COUNTRY')).toMatchObject({
        code: 'COUNTRY_TREATY',
        params: { agreements: [expect.objectContaining({ partner: 'BE-FWB' })] },
      });
      const cleared = await set('partner', ids.bruxelles, null);
      expect(cleared.data!.updateCoproductionProfile.subdivision).toBeNull();
    });
  });
});
