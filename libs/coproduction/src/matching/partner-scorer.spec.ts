import {
  EUROPEAN_CONVENTION,
  FRANCE_BILATERAL_AGREEMENTS,
} from '../reference/coproduction-agreements.reference';
import { FUNDS } from '../reference/funds.reference';
import {
  CRITERION_WEIGHTS,
  countryFit,
  quickScore,
  rankPartners,
  rankProjects,
  readiness,
  scorePartner,
  type Criterion,
  type MatchContext,
  type PartnerMatchScore,
  type PartnerProfile,
  type ProjectProfile,
} from './partner-scorer';

const BERLINALE: MatchContext = {
  edition: { id: 'ed-berlinale-2026', festivalSlug: 'berlinale', name: 'Berlinale 2026' },
};
const INTERACTIVE_FUND = 'pictanovo-wallimage-interactive';

const project = (overrides: Partial<ProjectProfile> = {}): ProjectProfile => ({
  id: 'p-1',
  format: 'FEATURE_FILM',
  genres: ['drama', 'comedy'],
  stage: 'FINANCING',
  budgetEur: 2_000_000,
  financingSecuredEur: 800_000,
  languages: ['fr'],
  countriesSought: [],
  rolesSought: ['MINORITY_COPRODUCER', 'SALES_AGENT'],
  ownerCountry: 'FR',
  fundsApplied: [],
  ownerCompanyId: 'owner',
  ...overrides,
});

const partner = (overrides: Partial<PartnerProfile> = {}): PartnerProfile => ({
  companyId: 'de-1',
  country: 'DE',
  formats: ['FEATURE_FILM', 'TV_SERIES'],
  genres: ['Drama', 'comedy'],
  coproductionCountries: ['FR'],
  budgetMinEur: 1_000_000,
  budgetMaxEur: 5_000_000,
  rolesOffered: ['MINORITY_COPRODUCER', 'SALES_AGENT', 'DISTRIBUTOR'],
  languages: ['de', 'fr', 'en'],
  trackRecord: [
    { title: 'A', year: 2019, countries: ['DE', 'FR'], format: 'FEATURE_FILM' },
    { title: 'B', year: 2021, countries: ['DE', 'BE'], format: 'FEATURE_FILM' },
    { title: 'C', year: 2023, countries: ['DE'], format: 'FEATURE_FILM' },
  ],
  seeksProjects: true,
  attendingEditionIds: ['ed-berlinale-2026'],
  ...overrides,
});

const reason = (score: PartnerMatchScore, criterion: Criterion) => {
  const found = score.reasons.find((r) => r.criterion === criterion);
  if (!found) throw new Error(`no ${criterion} reason`);
  return found;
};

/** Share (0..1) of a criterion's maximum earned. */
const share = (score: PartnerMatchScore, criterion: Criterion): number => {
  const r = reason(score, criterion);
  return Math.round((r.weight / r.max) * 1000) / 1000;
};

describe('CRITERION_WEIGHTS', () => {
  it('sums to 100', () => {
    expect(Object.values(CRITERION_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it.each([
    ['without an edition (ATTENDANCE dropped, rest rescaled)', undefined, 9],
    ['with an edition', BERLINALE, 10],
  ])('gives reason maxima summing to 100 %s', (_label, context, count) => {
    const score = scorePartner(project(), partner(), context);
    expect(score.reasons).toHaveLength(count);
    expect(score.reasons.reduce((sum, r) => sum + r.max, 0)).toBeCloseTo(100, 1);
    expect(score.reasons.some((r) => r.criterion === 'ATTENDANCE')).toBe(context !== undefined);
  });
});

describe('scorePartner', () => {
  it.each([
    ['without an edition', undefined],
    ['with the Berlinale edition', BERLINALE],
  ])('gives 100 to a perfect partner %s, with nothing missing', (_label, context) => {
    const score = scorePartner(project(), partner(), context);
    expect(score).toMatchObject({ companyId: 'de-1', score: 100, missing: [] });
    for (const r of score.reasons) expect(r.weight).toBeCloseTo(r.max, 5);
  });

  // Each criterion alone: one change to the perfect pair, the expected share of that criterion, the rest full.
  it.each<[string, Partial<ProjectProfile>, Partial<PartnerProfile>, Criterion, number]>([
    ['FORMAT: format not offered', {}, { formats: ['DOCUMENTARY'] }, 'FORMAT', 0],
    ['GENRES: Jaccard 1/3', {}, { genres: ['drama', 'thriller'] }, 'GENRES', 0.333],
    ['GENRES: no overlap', {}, { genres: ['horror'] }, 'GENRES', 0],
    [
      'BUDGET: 20% above the max → half',
      { budgetEur: 6_000_000, financingSecuredEur: 3_000_000 },
      {},
      'BUDGET',
      0.5,
    ],
    ['BUDGET: 20% below the min → half', { budgetEur: 800_000 }, { budgetMinEur: 1_000_000 }, 'BUDGET', 0.5],
    [
      'BUDGET: far above the max → 0',
      { budgetEur: 7_000_000, financingSecuredEur: 3_000_000 },
      {},
      'BUDGET',
      0,
    ],
    ['BUDGET: open-ended range', {}, { budgetMinEur: 500_000, budgetMaxEur: null }, 'BUDGET', 1],
    ['ROLES: 1 of 2 roles offered', {}, { rolesOffered: ['SALES_AGENT'] }, 'ROLES', 0.5],
    ['ROLES: none offered', {}, { rolesOffered: ['SERVICE_VFX'] }, 'ROLES', 0],
    ['LANGUAGE: no common language', {}, { languages: ['de'] }, 'LANGUAGE', 0],
    [
      'COUNTRY: convention only (AT owner, PT partner)',
      { ownerCountry: 'AT' },
      { country: 'PT' },
      'COUNTRY',
      0.7,
    ],
    ['COUNTRY: treaty (PT)', {}, { country: 'PT' }, 'COUNTRY', 1],
    ['COUNTRY: convention unverified for France (NO)', {}, { country: 'NO' }, 'COUNTRY', 0],
    ['COUNTRY: same country (FR)', {}, { country: 'FR' }, 'COUNTRY', 0.4],
    ['COUNTRY: no framework (US)', {}, { country: 'US' }, 'COUNTRY', 0],
    ['COUNTRY: treaty country not sought → half', { countriesSought: ['BE'] }, {}, 'COUNTRY', 0.5],
    [
      'TRACK_RECORD: 1 same-format work of 3',
      {},
      { trackRecord: [partner().trackRecord[0]] },
      'TRACK_RECORD',
      0.333,
    ],
    [
      'TRACK_RECORD: other formats only',
      {},
      { trackRecord: [{ title: 'D', year: 2020, countries: ['DE'], format: 'DOCUMENTARY' }] },
      'TRACK_RECORD',
      0,
    ],
    ['READINESS (no edition): writing stage', { stage: 'WRITING' }, {}, 'READINESS', 0.2],
    ['AVAILABILITY: not seeking projects', {}, { seeksProjects: false }, 'AVAILABILITY', 0],
  ])('%s', (_label, projectChange, partnerChange, criterion, expected) => {
    const score = scorePartner(project(projectChange), partner(partnerChange));
    expect(share(score, criterion)).toBeCloseTo(expected, 3);
    for (const r of score.reasons.filter((x) => x.criterion !== criterion))
      expect(r.weight).toBeCloseTo(r.max, 5);
    expect(score.score).toBe(Math.round(score.reasons.reduce((sum, r) => sum + r.weight, 0)));
  });

  it('caps the track record and names the format in a readable detail', () => {
    const works = Array.from({ length: 5 }, (_, i) => ({
      title: `S${i}`,
      year: 2015 + i,
      countries: ['DE', 'FR'],
      format: 'ANIMATED_SERIES',
    }));
    const score = scorePartner(project({ format: 'ANIMATED_SERIES' }), partner({ trackRecord: works }));
    expect(reason(score, 'TRACK_RECORD')).toMatchObject({
      weight: reason(score, 'TRACK_RECORD').max,
      detail: 'Co-produces animated series (5 in its track record, 5 international)',
    });
  });

  it.each<[string, Partial<ProjectProfile>, Partial<PartnerProfile>, string[], Criterion[]]>([
    ['null project budget', { budgetEur: null }, {}, ['PROJECT_BUDGET'], ['BUDGET']],
    [
      'no partner budget range',
      {},
      { budgetMinEur: null, budgetMaxEur: null },
      ['PARTNER_BUDGET'],
      ['BUDGET'],
    ],
    ['no genres anywhere', { genres: [] }, { genres: [] }, ['PROJECT_GENRES', 'PARTNER_GENRES'], ['GENRES']],
    ['no roles offered', {}, { rolesOffered: [] }, ['PARTNER_ROLES'], ['ROLES']],
    ['no partner languages', {}, { languages: [] }, ['PARTNER_LANGUAGES'], ['LANGUAGE']],
    ['no partner formats', {}, { formats: [] }, ['PARTNER_FORMATS'], ['FORMAT']],
    ['no track record', {}, { trackRecord: [] }, ['PARTNER_TRACK_RECORD'], ['TRACK_RECORD']],
  ])(
    'reports missing data (%s) and earns 0 for it',
    (_label, projectChange, partnerChange, missing, zeroed) => {
      const score = scorePartner(project(projectChange), partner(partnerChange));
      expect(score.missing).toEqual(missing);
      for (const criterion of zeroed) expect(reason(score, criterion).weight).toBe(0);
    },
  );

  it('reports missing readiness data for a forum with a budget band', () => {
    const score = scorePartner(project({ budgetEur: null }), partner(), BERLINALE);
    expect(score.missing).toEqual(['PROJECT_BUDGET']);
    expect(reason(score, 'READINESS').weight).toBe(0);
  });

  it('gives the ATTENDANCE points only to partners attending the edition', () => {
    const attending = scorePartner(project(), partner(), BERLINALE);
    const absent = scorePartner(project(), partner({ attendingEditionIds: ['ed-cannes-2026'] }), BERLINALE);
    expect(reason(attending, 'ATTENDANCE').weight).toBe(5);
    expect(reason(attending, 'ATTENDANCE').detail).toBe('Attends Berlinale 2026');
    expect(reason(absent, 'ATTENDANCE')).toMatchObject({
      weight: 0,
      detail: 'Does not attend Berlinale 2026',
    });
    expect(absent.score).toBe(95);
    expect(scorePartner(project(), partner({ attendingEditionIds: [] }), BERLINALE).missing).toEqual([
      'PARTNER_ATTENDANCE',
    ]);
  });

  it('uses the forum entry rules for READINESS when the edition has them', () => {
    const underFinanced = scorePartner(project({ financingSecuredEur: 400_000 }), partner(), BERLINALE);
    expect(reason(underFinanced, 'READINESS')).toMatchObject({
      weight: 0,
      detail: expect.stringContaining('20% financed, below its 30% minimum'),
    });
  });

  it.each([
    [
      'the worst partner',
      partner({
        country: 'US',
        formats: ['XR'],
        genres: ['horror'],
        budgetMinEur: 50_000_000,
        budgetMaxEur: 90_000_000,
        rolesOffered: ['SERVICE_VFX'],
        languages: ['ja'],
        trackRecord: [],
        seeksProjects: false,
        attendingEditionIds: [],
      }),
    ],
    ['the best partner', partner()],
    [
      'an empty partner',
      partner({
        formats: [],
        genres: [],
        rolesOffered: [],
        languages: [],
        trackRecord: [],
        budgetMinEur: null,
        budgetMaxEur: null,
        country: '',
      }),
    ],
  ])('keeps the score an integer in 0..100 for %s', (_label, p) => {
    for (const context of [undefined, BERLINALE]) {
      for (const pr of [
        project(),
        project({ stage: 'WRITING', budgetEur: null }),
        project({ budgetEur: 0 }),
      ]) {
        const { score } = scorePartner(pr, p, context);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
    }
  });

  it('is deterministic: the same input gives the same output', () => {
    const p = project({ genres: ['thriller', 'drama'], fundsApplied: [INTERACTIVE_FUND] });
    const q = partner({ country: 'BE', genres: ['drama', 'horror'] });
    expect(scorePartner(p, q, BERLINALE)).toEqual(scorePartner(p, q, BERLINALE));
    expect(JSON.stringify(scorePartner(p, q))).toBe(JSON.stringify(scorePartner(p, q)));
  });
});

describe('countryFit', () => {
  const feature = { format: 'FEATURE_FILM', fundsApplied: [] as string[] };
  const agreement = (code: string) => FRANCE_BILATERAL_AGREEMENTS.find((a) => a.partner === code)!;

  it.each([
    ['FR', 'DE', 'BILATERAL_TREATY', agreement('DE').sources[0]],
    ['FR', 'BE', 'BILATERAL_TREATY', agreement('BE-FWB').sources[0]],
    ['FR', 'BE-FWB', 'BILATERAL_TREATY', agreement('BE-FWB').sources[0]],
    ['FR', 'BE-WAL', 'BILATERAL_TREATY', agreement('BE-FWB').sources[0]],
    ['FR', 'BE-BRU', 'BILATERAL_TREATY', agreement('BE-FWB').sources[0]],
    ['FR', 'BE-VLG', 'BILATERAL_TREATY', agreement('BE-VLG').sources[0]],
    ['FR-HDF', 'BE-FWB', 'BILATERAL_TREATY', agreement('BE-FWB').sources[0]],
    ['DE', 'FR', 'BILATERAL_TREATY', agreement('DE').sources[0]],
    ['FR', 'PT', 'BILATERAL_TREATY', agreement('PT').sources[0]],
    ['FR', 'IT', 'BILATERAL_TREATY', agreement('IT').sources[0]],
    ['FR', 'CH', 'BILATERAL_TREATY', agreement('CH').sources[0]],
    // France's CETS 220 status is unverified: the convention is not counted for French pairs.
    ['FR', 'NO', 'NONE', EUROPEAN_CONVENTION.sources[0]],
    // Luxembourg's agreement is unverified and Montenegro's only signed: neither is counted as in force.
    ['FR', 'LU', 'NONE', EUROPEAN_CONVENTION.sources[0]],
    ['FR', 'ME', 'NONE', EUROPEAN_CONVENTION.sources[0]],
    ['FR', 'PH', 'NONE', agreement('PH').sources[0]],
    ['AT', 'PT', 'EUROPEAN_CONVENTION', EUROPEAN_CONVENTION.sources[0]],
    ['FR', 'FR', 'SAME_COUNTRY', null],
    ['FR', 'US', 'NONE', null],
    ['DE', 'JP', 'NONE', null],
  ])('%s + %s → %s', (owner, partnerCountry, level, source) => {
    expect(countryFit(owner, partnerCountry, feature)).toMatchObject({ level, source });
  });

  it('names the agreement and the convention in its details', () => {
    expect(countryFit('FR', 'DE', feature).detail).toBe(
      'Covered by the France – Germany film co-production agreement (2001)',
    );
    expect(countryFit('FR', 'PT', feature).detail).toContain('Portugal');
    expect(countryFit('AT', 'PT', feature).detail).toContain('CETS 220');
    expect(countryFit('FR', 'NO', feature).detail).toMatch(/France's participation .* is unverified/);
    expect(countryFit('FR', 'ME', feature).detail).toMatch(/Montenegro .*not confirmed in force/);
  });

  it('checks its reference data: NO is a convention party without a French bilateral treaty', () => {
    expect(EUROPEAN_CONVENTION.parties).toContain('NO');
    expect(FRANCE_BILATERAL_AGREEMENTS.some((a) => a.partner.startsWith('NO'))).toBe(false);
    expect(EUROPEAN_CONVENTION.franceAgreementStatus).not.toBe('IN_FORCE');
    expect(FUNDS.find((f) => f.slug === INTERACTIVE_FUND)?.requiresPartnerRegions).toEqual([
      'FR-HDF',
      'BE-WAL',
    ]);
  });

  it.each([
    ['a Walloon partner, Hauts-de-France owner', 'FR-HDF', 'BE-WAL', [INTERACTIVE_FUND], true],
    ['a Hauts-de-France partner, Walloon owner', 'BE-WAL', 'FR-HDF', [INTERACTIVE_FUND], true],
    ['any Belgian partner, any French owner', 'FR', 'BE', [INTERACTIVE_FUND], false],
    ['a Walloon partner, a French owner outside Hauts-de-France', 'FR', 'BE-WAL', [INTERACTIVE_FUND], false],
    ['a Brussels partner (French Community)', 'FR-HDF', 'BE-FWB', [INTERACTIVE_FUND], false],
    ['a Brussels-region partner', 'FR-HDF', 'BE-BRU', [INTERACTIVE_FUND], false],
    ['a Flemish partner', 'FR-HDF', 'BE-VLG', [INTERACTIVE_FUND], false],
    ['a Walloon partner, fund not applied', 'FR-HDF', 'BE-WAL', ['pictanovo-nouveaux-medias'], false],
    ['a German partner', 'FR-HDF', 'DE', [INTERACTIVE_FUND], false],
  ])('Hauts-de-France–Wallonia pairing for %s', (_label, owner, partnerCountry, fundsApplied, paired) => {
    const fit = countryFit(owner, partnerCountry, { format: 'XR', fundsApplied });
    expect(fit.detail.includes('Hauts-de-France–Wallonia pairing')).toBe(paired);
  });

  it('gives the pairing the full COUNTRY points even when Belgium is not among the countries sought', () => {
    const xr = project({
      format: 'XR',
      ownerCountry: 'FR-HDF',
      fundsApplied: [INTERACTIVE_FUND],
      countriesSought: ['DE'],
    });
    const score = scorePartner(xr, partner({ country: 'BE-WAL', formats: ['XR'] }));
    expect(share(score, 'COUNTRY')).toBe(1);
    expect(reason(score, 'COUNTRY').detail).toContain('Trans-regional Interactive Experiences fund');
  });
});

describe('readiness', () => {
  it.each<[string, Partial<ProjectProfile>, string, boolean | null, string[]]>([
    ['Berlinale: €2M, 40% financed', {}, 'berlinale', true, []],
    ['Berlinale: exactly 30% financed', { financingSecuredEur: 600_000 }, 'berlinale', true, []],
    ['Berlinale: 29% financed', { financingSecuredEur: 580_000 }, 'berlinale', false, []],
    [
      'Berlinale: budget under €1M',
      { budgetEur: 900_000, financingSecuredEur: 500_000 },
      'berlinale',
      false,
      [],
    ],
    [
      'Berlinale: budget over €20M',
      { budgetEur: 25_000_000, financingSecuredEur: 9e6 },
      'berlinale',
      false,
      [],
    ],
    ['Berlinale: no budget', { budgetEur: null }, 'berlinale', null, ['PROJECT_BUDGET']],
    ['Berlinale: financing unknown', { financingSecuredEur: null }, 'berlinale', null, ['PROJECT_FINANCING']],
    ['Berlinale: documentary format', { format: 'DOCUMENTARY' }, 'berlinale', false, []],
    ['Berlinale: writing stage', { stage: 'WRITING' }, 'berlinale', false, []],
    ['Venice Gap-Financing: 40% < 70%', {}, 'venice-production-bridge', false, []],
    [
      'Cartoon Forum: animated series in development',
      { format: 'ANIMATED_SERIES', stage: 'DEVELOPMENT' },
      'cartoon-forum',
      true,
      [],
    ],
    ['Cannes: no rule recorded', {}, 'cannes', null, []],
  ])('%s', (_label, change, slug, eligible, missing) => {
    const result = readiness(project(change), slug);
    expect(result.eligible).toBe(eligible);
    expect(result.missing).toEqual(missing);
    expect(result.detail.length).toBeGreaterThan(10);
  });

  it('explains a failure with the band and the share', () => {
    expect(readiness(project({ budgetEur: 900_000, financingSecuredEur: 100_000 }), 'berlinale').detail).toBe(
      'Not ready for the Berlinale Co-Production Market: the budget of €900,000 is outside its €1,000,000–€20,000,000 band; 11% financed, below its 30% minimum',
    );
  });
});

describe('rankPartners', () => {
  const pool = [
    partner({ companyId: 'c-mid', rolesOffered: ['SALES_AGENT'] }),
    partner({ companyId: 'b-top' }),
    partner({ companyId: 'a-top' }),
    partner({ companyId: 'owner' }),
    partner({ companyId: 'd-low', formats: ['XR'], seeksProjects: false }),
  ];

  it('sorts by score desc then companyId asc, and excludes the owner company', () => {
    const ranked = rankPartners(project(), pool, undefined, 10);
    expect(ranked.map((r) => r.companyId)).toEqual(['a-top', 'b-top', 'c-mid', 'd-low']);
    expect(ranked[0].score).toBe(ranked[1].score);
    expect(ranked[1].score).toBeGreaterThan(ranked[2].score);
  });

  it('is deterministic whatever the input order', () => {
    const reversed = [...pool].reverse();
    expect(rankPartners(project(), reversed, BERLINALE, 10)).toEqual(
      rankPartners(project(), pool, BERLINALE, 10),
    );
  });

  it.each([
    [2, 2],
    [0, 1],
    [-5, 1],
    [2.9, 2],
    [Number.NaN, 1],
    [1000, 4],
  ])('bounds first=%s to %s results', (first, count) => {
    expect(rankPartners(project(), pool, undefined, first)).toHaveLength(count);
  });

  it('caps first at 100', () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      partner({ companyId: `p-${String(i).padStart(3, '0')}` }),
    );
    expect(rankPartners(project(), many, undefined, 500)).toHaveLength(100);
  });

  it('favours partners attending the edition', () => {
    const pair = [
      partner({ companyId: 'a-absent', attendingEditionIds: [] }),
      partner({ companyId: 'z-attends' }),
    ];
    expect(rankPartners(project(), pair, BERLINALE, 2).map((r) => r.companyId)).toEqual([
      'z-attends',
      'a-absent',
    ]);
    expect(rankPartners(project(), pair, undefined, 2).map((r) => r.companyId)).toEqual([
      'a-absent',
      'z-attends',
    ]);
  });

  it('keeps one entry per company id (its best score)', () => {
    const dupes = [partner({ companyId: 'x', formats: ['XR'] }), partner({ companyId: 'x' })];
    const ranked = rankPartners(project(), dupes, undefined, 10);
    expect(ranked).toHaveLength(1);
    expect(ranked[0].score).toBe(100);
  });
});

describe('rankProjects (reverse query)', () => {
  it('ranks projects for a company with the same scorer', () => {
    const projects = [
      project({ id: 'p-doc', format: 'DOCUMENTARY' }),
      project({ id: 'p-own', ownerCompanyId: 'de-1' }),
      project({ id: 'p-b' }),
      project({ id: 'p-a' }),
    ];
    const ranked = rankProjects(partner(), projects, undefined, 10);
    expect(ranked.map((r) => r.projectId)).toEqual(['p-a', 'p-b', 'p-doc']);
    expect(ranked[0]).toMatchObject({ companyId: 'de-1', score: scorePartner(project(), partner()).score });
  });
});

describe('ranking explains only the partners it returns', () => {
  it('gives the same order, scores and reasons as scoring every partner fully', () => {
    const countries = ['BE', 'BE-VLG', 'BE-WAL', 'BE-FWB', 'DE', 'PT', 'NO', 'US', 'FR', 'CA', ''];
    const pool = Array.from({ length: 240 }, (_, i) =>
      partner({
        // Some ids repeat (a company listed twice keeps its best score), one is the owner's.
        companyId: i === 7 ? 'owner' : `c-${String(i % 200).padStart(3, '0')}`,
        country: countries[i % countries.length],
        formats: i % 3 === 0 ? ['XR'] : i % 11 === 0 ? [] : ['FEATURE_FILM'],
        genres: i % 2 ? ['drama'] : ['horror', 'comedy'],
        budgetMinEur: i % 5 === 0 ? null : 100_000 * i,
        budgetMaxEur: i % 5 === 0 ? null : 400_000 * i,
        rolesOffered: i % 4 === 0 ? [] : ['SALES_AGENT'],
        seeksProjects: i % 7 !== 0,
        attendingEditionIds: i % 2 ? ['ed-berlinale-2026'] : [],
      }),
    );
    for (const context of [undefined, BERLINALE]) {
      const p = project({
        ownerCountry: 'FR-HDF',
        fundsApplied: [INTERACTIVE_FUND],
        countriesSought: ['BE', 'DE'],
      });
      const bestById = new Map<string, PartnerMatchScore>();
      for (const q of pool.filter((x) => x.companyId !== p.ownerCompanyId)) {
        const scored = scorePartner(p, q, context);
        const previous = bestById.get(q.companyId);
        if (!previous || scored.score > previous.score) bestById.set(q.companyId, scored);
      }
      const everyone = [...bestById.values()].sort(
        (a, b) => b.score - a.score || (a.companyId < b.companyId ? -1 : 1),
      );
      for (const first of [1, 5, 25, 100])
        expect(rankPartners(p, pool, context, first)).toEqual(everyone.slice(0, first));
      for (const q of pool)
        expect([q.companyId, quickScore(p, q, context)]).toEqual([
          q.companyId,
          scorePartner(p, q, context).score,
        ]);
    }
  });
});

describe('quickScore', () => {
  it.each([
    ['the perfect pair', project(), partner()],
    ['no genres, no budget', project({ genres: [], budgetEur: null }), partner()],
    [
      'an empty partner',
      project(),
      partner({
        formats: [],
        genres: [],
        rolesOffered: [],
        languages: [],
        trackRecord: [],
        budgetMinEur: null,
        budgetMaxEur: null,
        country: '',
      }),
    ],
    [
      'the Wallonia pairing',
      project({
        format: 'XR',
        ownerCountry: 'FR-HDF',
        fundsApplied: [INTERACTIVE_FUND],
        countriesSought: ['DE'],
      }),
      partner({ country: 'BE-WAL', formats: ['XR'] }),
    ],
    [
      'a budget within tolerance',
      project({ budgetEur: 6_000_000, financingSecuredEur: 3_000_000 }),
      partner(),
    ],
    [
      'duplicate roles sought',
      project({ rolesSought: ['SALES_AGENT', 'SALES_AGENT', 'DISTRIBUTOR'] }),
      partner({ rolesOffered: ['DISTRIBUTOR'] }),
    ],
  ])('gives the score of scorePartner for %s', (_label, p, q) => {
    for (const context of [undefined, BERLINALE])
      expect(quickScore(p, q, context)).toBe(scorePartner(p, q, context).score);
  });
});
