import { GraphQLClient, TestApp } from '@crossroads/testing';
import {
  CoproductionWorld,
  createSeries,
  giveProfiles,
  PARTNER_MATCHES,
  PROJECT_MATCHES,
  startCoproductionWorld,
  UPDATE_PROFILE,
} from './support/coproduction';

// Partner matching both ways, on the series and the four companies' profiles.
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

  describe('partner matching', () => {
    it('ranks partners for an animated series in financing at Annecy, with readable reasons', async () => {
      const data = await ok('producer', PARTNER_MATCHES, { projectId: ids.series, editionId: ids.annecy });
      const matches = data.partnerMatches as {
        score: number;
        missingCodes: string[];
        company: { id: string; name: string };
        reasons: { criterion: string; points: number; max: number; code: string; params: object }[];
      }[];
      expect(matches.map((m) => m.company.name)).toEqual([
        'Bruxelles Anima',
        'Toronto Toons',
        'Köln Filmproduktion',
      ]);
      const [best] = matches;
      expect(best.score).toBeGreaterThan(80);
      expect(best.score).toBeLessThanOrEqual(100);
      const attendance = best.reasons.find((r) => r.criterion === 'ATTENDANCE')!;
      expect(attendance).toMatchObject({
        points: 5,
        max: 5,
        code: 'ATTENDS',
        params: { edition: expect.stringMatching(/^Annecy .* 20\d\d$/), editionId: ids.annecy },
      });
      expect(best.reasons.find((r) => r.criterion === 'COUNTRY')).toMatchObject({
        code: 'COUNTRY_TREATY',
        params: { agreements: expect.arrayContaining([expect.objectContaining({ partner: 'BE-FWB' })]) },
      });
      expect(best.reasons.find((r) => r.criterion === 'TRACK_RECORD')).toMatchObject({
        code: 'TRACK_RECORD_SAME_FORMAT',
        params: { format: 'ANIMATED_SERIES', count: 2, international: 2 },
      });
      for (const m of matches) expect(m.reasons.reduce((sum, r) => sum + r.max, 0)).toBeCloseTo(100, 0);
      expect(matches.find((m) => m.company.name === 'Köln Filmproduktion')!.missingCodes).toContain(
        'PARTNER_BUDGET',
      );
      expect(matches.some((m) => m.company.id === ids.mouettes)).toBe(false); // its own company
    });

    it('without an edition, drops attendance and rescales; the same input gives the same ranking', async () => {
      const first = await ok('producer', PARTNER_MATCHES, { projectId: ids.series });
      const again = await ok('producer', PARTNER_MATCHES, { projectId: ids.series });
      expect(again).toEqual(first);
      for (const m of first.partnerMatches) {
        expect(m.reasons.map((r: { criterion: string }) => r.criterion)).not.toContain('ATTENDANCE');
      }
      const one = await ok('producer', PARTNER_MATCHES, { projectId: ids.series, first: 1 });
      expect(one.partnerMatches).toHaveLength(1);
      const tooMany = await gql('producer', PARTNER_MATCHES, { projectId: ids.series, first: 500 });
      expect(GraphQLClient.codes(tooMany)).toEqual(['BAD_USER_INPUT']);
      const noEdition = await gql('producer', PARTNER_MATCHES, {
        projectId: ids.series,
        editionId: '00000000-0000-4000-8000-000000000000',
      });
      expect(GraphQLClient.codes(noEdition)).toEqual(['NOT_FOUND']);
    });

    it('sees profile and company changes at once (the in-memory view follows the version triggers)', async () => {
      type Match = {
        company: { name: string; country: string };
        missingCodes: string[];
        reasons: { criterion: string; code: string; params: Record<string, unknown> }[];
      };
      const koln = async () =>
        ((await ok('producer', PARTNER_MATCHES, { projectId: ids.series })).partnerMatches as Match[]).find(
          (m) => m.company.name === 'Köln Filmproduktion',
        )!;
      expect((await koln()).missingCodes).toContain('PARTNER_BUDGET');
      await ok('staff', UPDATE_PROFILE, {
        companyId: ids.koln,
        input: { budgetMinEur: 500_000, budgetMaxEur: 6_000_000 },
      });
      expect((await koln()).missingCodes).not.toContain('PARTNER_BUDGET');
      await ok('staff', `mutation ($id: ID!) { updateCompany(id: $id, input: { country: "ES" }) { id } }`, {
        id: ids.koln,
      });
      const moved = await koln();
      expect(moved.company.country).toBe('ES');
      expect(moved.reasons.find((r) => r.criterion === 'COUNTRY')).toMatchObject({
        code: 'COUNTRY_TREATY',
        params: { agreements: [expect.objectContaining({ partner: 'ES' })] },
      });
      await ok('staff', `mutation ($id: ID!) { updateCompany(id: $id, input: { country: "DE" }) { id } }`, {
        id: ids.koln,
      });
    });

    it('serves co-producers looking for projects (projectMatches)', async () => {
      const data = await ok('partner', PROJECT_MATCHES, { companyId: ids.bruxelles });
      expect(data.projectMatches[0].project.id).toBe(ids.series);
      const own = await ok('producer', PROJECT_MATCHES, { companyId: ids.mouettes });
      expect(own.projectMatches.map((m: { project: { id: string } }) => m.project.id)).not.toContain(
        ids.series,
      );
    });
  });
});
