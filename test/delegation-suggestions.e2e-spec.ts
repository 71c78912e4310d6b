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

  it('counts no credit a member writes naming a company they are not a verified member of (attack)', async () => {
    const UPDATE = `mutation ($id: ID!, $input: PersonInput!) { updatePerson(id: $id, input: $input) { id } }`;
    const company = async (editionId: string, name: string) =>
      ((await ok(staff, SUGGEST, { editionId })).delegationSuggestions as Suggestion[]).find(
        (s) => s.company?.name === name,
      )!;
    const [pixelBefore, nordBefore] = [
      await company(gamescom, 'Pixel Nord'),
      await company(seriesMania, 'Nord Séries'),
    ];
    const credits = (reasons: Suggestion['reasons']) => reasons.filter((r) => r.criterion === 'TRACK_RECORD');
    expect(credits(pixelBefore.reasons)).toEqual([expect.objectContaining({ points: 5 })]); // Chloé's, by STAFF
    // Alice, owner of her profile, keeps the credits STAFF wrote and adds games and series "made" at both studios.
    const fake = (format: string, companyId: string) =>
      [1, 2, 3, 4].map((n) => ({ title: `Inventé ${n}`, year: 2025, format, companyId }));
    await ok(w.alice, UPDATE, {
      id: w.ids.alice,
      input: {
        credits: [
          { title: 'Les Beffrois', year: 2025, format: 'TV_SERIES', companyId: w.ids.nordSeries },
          { title: 'Marée basse', year: 2024, format: 'TV_SERIES' },
          ...fake('VIDEO_GAME', w.ids.pixelNord),
          ...fake('TV_SERIES', w.ids.nordSeries),
        ],
      },
    });
    expect(await t.sql('SELECT count(*)::int AS n FROM credit WHERE person_id = $1', [w.ids.alice])).toEqual([
      { n: 10 },
    ]);
    // Neither studio gains a point: STAFF's credit at Nord Séries, re-sent unchanged, still counts, hers do not.
    expect(await company(gamescom, 'Pixel Nord')).toEqual(pixelBefore);
    expect(await company(seriesMania, 'Nord Séries')).toEqual(nordBefore);
    // Once Pixel Nord's membership of hers is verified, the studio vouches for her: her credits there count.
    await t.sql(
      `INSERT INTO affiliation (person_id, company_id, role, status, source) VALUES ($1, $2, 'Autrice', 'VERIFIED', 'STAFF')`,
      [w.ids.alice, w.ids.pixelNord],
    );
    const pixelAfter = await company(gamescom, 'Pixel Nord');
    expect(credits(pixelAfter.reasons)).toEqual([expect.objectContaining({ points: 15 })]);
  });

  it('vouches for a re-sent STAFF credit only as written, once: another company or a copy is her own (attack)', async () => {
    const UPDATE = `mutation ($id: ID!, $input: PersonInput!) { updatePerson(id: $id, input: $input) { id } }`;
    const beffrois = { title: 'Les Beffrois', year: 2025, format: 'TV_SERIES' };
    const sources = () =>
      t.sql(`SELECT company_id, source FROM credit WHERE person_id = $1 ORDER BY source, company_id`, [
        w.ids.alice,
      ]);
    const nordTrackRecord = async () =>
      ((await ok(staff, SUGGEST, { editionId: seriesMania })).delegationSuggestions as Suggestion[])
        .find((s) => s.company?.name === 'Nord Séries')!
        .reasons.filter((r) => r.criterion === 'TRACK_RECORD');
    // STAFF write her credit at Nord Séries again: it is STAFF's.
    await ok(staff, UPDATE, {
      id: w.ids.alice,
      input: { credits: [{ ...beffrois, companyId: w.ids.nordSeries }] },
    });
    expect(await sources()).toEqual([{ company_id: w.ids.nordSeries, source: 'STAFF' }]);
    const vouched = await nordTrackRecord();
    // No input names the source: a credit sent with one is refused before it runs.
    const declared = await t.graphql.request(
      UPDATE,
      { id: w.ids.alice, input: { credits: [{ ...beffrois, companyId: w.ids.pixelNord, source: 'STAFF' }] } },
      w.alice.headers,
    );
    expect(declared.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await sources()).toEqual([{ company_id: w.ids.nordSeries, source: 'STAFF' }]);
    // She sends it back "unchanged" but at Bruxelles Séries: no longer the credit STAFF wrote, so hers.
    await ok(w.alice, UPDATE, {
      id: w.ids.alice,
      input: { credits: [{ ...beffrois, companyId: w.ids.brusselsProd }] },
    });
    expect(await sources()).toEqual([{ company_id: w.ids.brusselsProd, source: 'SELF' }]);
    // STAFF's again; she sends it back three times: one copy keeps STAFF's word, the others are hers, and Nord
    // Séries' track record is what it was.
    await ok(staff, UPDATE, {
      id: w.ids.alice,
      input: { credits: [{ ...beffrois, companyId: w.ids.nordSeries }] },
    });
    await ok(w.alice, UPDATE, {
      id: w.ids.alice,
      input: { credits: [1, 2, 3].map(() => ({ ...beffrois, companyId: w.ids.nordSeries })) },
    });
    expect(await sources()).toEqual([
      { company_id: w.ids.nordSeries, source: 'SELF' },
      { company_id: w.ids.nordSeries, source: 'SELF' },
      { company_id: w.ids.nordSeries, source: 'STAFF' },
    ]);
    expect(await nordTrackRecord()).toEqual(vouched);
  });
});
