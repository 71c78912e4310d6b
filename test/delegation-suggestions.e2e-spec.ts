import { Session, TestApp } from '@crossroads/testing';
import { DelegationsWorld, startDelegationsWorld, SUGGEST, Suggestion } from './support/delegations';

// Suggestions for a delegation: who of the region fits the festival, ranked and explained.
describe('delegations', () => {
  let w: DelegationsWorld;
  let t: TestApp;
  let staff: Session;
  let seriesMania: string;
  let gamescom: string;
  let ok: DelegationsWorld['ok'];

  beforeAll(async () => {
    w = await startDelegationsWorld();
    ({ t, staff, seriesMania, gamescom, ok } = w);
  });
  afterAll(() => t?.close());

  it('suggests for Series Mania the series companies and people of the region, ranked and explained', async () => {
    const suggestions = (await ok(staff, SUGGEST, { editionId: seriesMania }))
      .delegationSuggestions as Suggestion[];
    const names = suggestions.map((s) => s.company?.name ?? s.person?.name);
    expect(names).toEqual(expect.arrayContaining(['Nord Séries', 'Alice Martin', 'Bruno Lefebvre']));
    expect(names).not.toContain('Pixel Nord');
    expect(names).not.toContain('Chloé Dubois');
    expect(names).not.toContain('Bruxelles Séries'); // not of the region
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const nord = suggestions.find((s) => s.company?.name === 'Nord Séries')!;
    expect(nord.reasons.map((r) => r.criterion)).toEqual(['FORMAT', 'KIND', 'REGION', 'TRACK_RECORD']);
    expect(nord.reasons[0].detail).toMatch(/TV series/);
    const aliceHit = suggestions.find((s) => s.person?.name === 'Alice Martin')!;
    expect(aliceHit.reasons.map((r) => r.criterion)).toEqual(expect.arrayContaining(['FORMAT', 'KIND']));
    expect(aliceHit.score).toBe(aliceHit.reasons.reduce((sum, r) => sum + r.points, 0));
    expect(aliceHit.score).toBeGreaterThan(
      suggestions.find((s) => s.person?.name === 'Bruno Lefebvre')!.score,
    );
  });

  it('suggests games studios and developers for Gamescom, from the festival’s kinds and formats', async () => {
    const suggestions = (await ok(staff, SUGGEST, { editionId: gamescom }))
      .delegationSuggestions as Suggestion[];
    const names = suggestions.map((s) => s.company?.name ?? s.person?.name);
    expect(names.slice(0, 2).sort()).toEqual(['Chloé Dubois', 'Pixel Nord']);
    expect(names).not.toContain('Nord Séries');
  });
});
