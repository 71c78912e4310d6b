import { FESTIVALS, FORUM_ENTRY_RULES, FORUM_STAGES } from '@crossroads/festivals';
import { EUROPEAN_CONVENTION, FRANCE_BILATERAL_AGREEMENTS } from './coproduction-agreements.reference';
import { FUNDS, PROJECT_FORMATS } from './funds.reference';
import { SUBDIVISION_CODES, subdivisionOf } from './subdivisions.reference';

// The forum entry rules are festival data (libs/festivals, whose spec checks their slugs); here, that the
// formats festivals and forums name are project formats, which coproduction owns.

const URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO2 = /^[A-Z]{2}$/;
const SCOPES = ['REGIONAL', 'NATIONAL', 'EUROPEAN', 'FOREIGN_REGIONAL', 'TAX_INCENTIVE'];

const duplicates = (values: string[]): string[] => values.filter((value, i) => values.indexOf(value) !== i);
const badUrls = (urls: string[]): string[] => urls.filter((url) => !URL.test(url));

describe('FUNDS', () => {
  it('has the 12 funds of FACTS.md §4, the regional video game fund and Wallimage Gaming', () => {
    expect(FUNDS).toHaveLength(14);
    const slugs = FUNDS.map((f) => f.slug);
    expect(slugs).toEqual(expect.arrayContaining(['pictanovo-jeu-video', 'wallimage-gaming']));
    for (const slug of ['pictanovo-jeu-video', 'wallimage-gaming'])
      expect(FUNDS.find((f) => f.slug === slug)?.formats).toEqual(['VIDEO_GAME']);
  });

  it('includes short films in the regional production fund', () => {
    expect(FUNDS.find((f) => f.slug === 'pictanovo-production')?.formats).toContain('SHORT_FILM');
  });

  it("states Eurimages' 50% confirmed-financing rule", () => {
    const eurimages = FUNDS.find((f) => f.slug === 'eurimages')!;
    expect(eurimages.financingConfirmedMin).toBe(0.5);
    expect(eurimages.summaryEn).toMatch(/50% of the financing must be confirmed/);
    expect(eurimages.summaryFr).toMatch(/50 % du financement doit être confirmé/);
  });

  it('says in words what stays unverified for every unverified fund added by the check', () => {
    const added = FUNDS.filter((f) => f.slug === 'pictanovo-jeu-video');
    expect(added).toHaveLength(1);
    // A sentence, not a flag: several words ending with a full stop.
    for (const fund of added) expect(fund.unverified).toMatch(/^\S+( \S+){3,}.*\.$/);
  });

  it('has unique kebab-case slugs', () => {
    expect(duplicates(FUNDS.map((f) => f.slug))).toEqual([]);
    for (const fund of FUNDS) expect(fund.slug).toMatch(SLUG);
  });

  it('has at least one http(s) source per fund', () => {
    for (const fund of FUNDS) {
      expect([fund.slug, fund.sources.length > 0]).toEqual([fund.slug, true]);
      expect(badUrls(fund.sources)).toEqual([]);
    }
  });

  it('has consistent scope, country, formats and partner countries', () => {
    for (const fund of FUNDS) {
      expect(SCOPES).toContain(fund.scope);
      if (fund.scope === 'EUROPEAN') expect(fund.country).toBeNull();
      else expect(fund.country).toMatch(ISO2);
      for (const format of fund.formats) expect(PROJECT_FORMATS).toContain(format);
      for (const country of fund.requiresPartnerCountries) expect(country).toMatch(ISO2);
      for (const region of fund.requiresPartnerRegions) {
        expect(SUBDIVISION_CODES).toContain(region);
        expect(fund.requiresPartnerCountries).toContain(subdivisionOf(region)!.country);
      }
      if (fund.financingConfirmedMin !== null) {
        expect(fund.financingConfirmedMin).toBeGreaterThan(0);
        expect(fund.financingConfirmedMin).toBeLessThanOrEqual(1);
      }
      expect(fund.summaryEn.trim()).not.toBe('');
      expect(fund.summaryFr.trim()).not.toBe('');
    }
  });

  it('requires Hauts-de-France and Walloon partners for the Pictanovo + Wallimage fund, video games included', () => {
    const fund = FUNDS.find((f) => f.slug === 'pictanovo-wallimage-interactive');
    expect(fund?.requiresPartnerCountries).toEqual(['FR', 'BE']);
    expect(fund?.requiresPartnerRegions).toEqual(['FR-HDF', 'BE-WAL']);
    expect(fund?.formats).toContain('VIDEO_GAME');
  });

  it('excludes video games from the Pictanovo Nouveaux médias fund', () => {
    const fund = FUNDS.find((f) => f.slug === 'pictanovo-nouveaux-medias');
    expect(fund?.formats).not.toContain('VIDEO_GAME');
    expect(fund?.formats.length).toBeGreaterThan(0);
  });
});

describe('FRANCE_BILATERAL_AGREEMENTS', () => {
  it('has unique partners, as ISO alpha-2 or Belgian region codes', () => {
    const partners = FRANCE_BILATERAL_AGREEMENTS.map((a) => a.partner);
    expect(duplicates(partners)).toEqual([]);
    for (const partner of partners) expect(partner).toMatch(/^[A-Z]{2}(-[A-Z]{3})?$/);
  });

  it('includes Belgium: the French Community (BE-FWB, not the Walloon Region) and Flanders', () => {
    const partners = FRANCE_BILATERAL_AGREEMENTS.map((a) => a.partner);
    expect(partners).toEqual(expect.arrayContaining(['BE-FWB', 'BE-VLG']));
    expect(partners).not.toContain('BE-WAL');
    const flanders = FRANCE_BILATERAL_AGREEMENTS.find((a) => a.partner === 'BE-VLG');
    expect(flanders).toMatchObject({ signed: 2019, inForce: '2021-01-03', status: 'IN_FORCE' });
    const community = FRANCE_BILATERAL_AGREEMENTS.find((a) => a.partner === 'BE-FWB');
    // A Brussels producer has a code the agreements know.
    expect(community?.appliesTo).toEqual(expect.arrayContaining(['BE-WAL', 'BE-BRU']));
  });

  it('includes the treaties the check found missing: Italy, Luxembourg, Switzerland, Portugal', () => {
    const partners = FRANCE_BILATERAL_AGREEMENTS.map((a) => a.partner);
    expect(partners).toEqual(expect.arrayContaining(['IT', 'LU', 'CH', 'PT']));
    expect(FRANCE_BILATERAL_AGREEMENTS.length).toBeGreaterThan(16);
  });

  it('gives every agreement a status, and never claims in force what is only signed', () => {
    for (const agreement of FRANCE_BILATERAL_AGREEMENTS) {
      expect(['IN_FORCE', 'SIGNED', 'UNVERIFIED']).toContain(agreement.status);
      if (agreement.inForce !== null) expect(agreement.status).toBe('IN_FORCE');
      if (agreement.status !== 'IN_FORCE') expect(agreement.note).toBeTruthy();
    }
    for (const code of ['ME', 'PY', 'PH'])
      expect(FRANCE_BILATERAL_AGREEMENTS.find((a) => a.partner === code)?.status).toBe('SIGNED');
  });

  it('uses only known subdivision codes', () => {
    for (const agreement of FRANCE_BILATERAL_AGREEMENTS) {
      for (const code of [agreement.partner, ...(agreement.appliesTo ?? [])])
        if (code.length > 2) expect(SUBDIVISION_CODES).toContain(code);
    }
  });

  it('has at least one http(s) source per agreement', () => {
    for (const agreement of FRANCE_BILATERAL_AGREEMENTS) {
      expect([agreement.partner, agreement.sources.length > 0]).toEqual([agreement.partner, true]);
      expect(badUrls(agreement.sources)).toEqual([]);
    }
  });

  it('has plausible years and ISO in-force dates', () => {
    for (const agreement of FRANCE_BILATERAL_AGREEMENTS) {
      if (agreement.signed !== null) {
        expect(agreement.signed).toBeGreaterThanOrEqual(1945);
        expect(agreement.signed).toBeLessThanOrEqual(2026);
      }
      if (agreement.inForce !== null) {
        expect(agreement.inForce).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (agreement.signed !== null) {
          expect(Number(agreement.inForce.slice(0, 4))).toBeGreaterThanOrEqual(agreement.signed);
        }
      }
    }
  });
});

describe('EUROPEAN_CONVENTION', () => {
  it('is CETS 220 with a 30% cap on non-party co-producers', () => {
    expect(EUROPEAN_CONVENTION.code).toBe('CETS 220');
    expect(EUROPEAN_CONVENTION.nonPartyShareMax).toBe(0.3);
    expect(EUROPEAN_CONVENTION.nonPartyShareMax).toBeGreaterThanOrEqual(0);
    expect(EUROPEAN_CONVENTION.nonPartyShareMax).toBeLessThanOrEqual(1);
  });

  it('lists unique ISO alpha-2 parties, including Belgium and Ukraine', () => {
    const { parties } = EUROPEAN_CONVENTION;
    expect(duplicates(parties)).toEqual([]);
    for (const party of parties) expect(party).toMatch(ISO2);
    expect(parties).toHaveLength(38);
    expect(parties).toEqual(expect.arrayContaining(['BE', 'UA']));
  });

  it("leaves France's CETS 220 status unverified", () => {
    expect(EUROPEAN_CONVENTION.parties).not.toContain('FR');
    expect(EUROPEAN_CONVENTION.verified).toBe(false);
    expect(EUROPEAN_CONVENTION.franceStatus).toMatch(/ETS 147/);
    expect(EUROPEAN_CONVENTION.franceAgreementStatus).toBe('UNVERIFIED');
  });

  it('has http(s) sources', () => {
    expect(EUROPEAN_CONVENTION.sources.length).toBeGreaterThan(0);
    expect(badUrls(EUROPEAN_CONVENTION.sources)).toEqual([]);
  });
});

describe('FORUM_ENTRY_RULES', () => {
  it('has one rule per forum of FACTS.md §6', () => {
    const slugs = FORUM_ENTRY_RULES.map((r) => r.festivalSlug);
    expect(duplicates(slugs)).toEqual([]);
    expect([...slugs].sort()).toEqual(
      [
        'arras-film-festival',
        'berlinale',
        'cartoon-forum',
        'cartoon-movie',
        'iffr-cinemart',
        'series-mania',
        'venice-production-bridge',
      ].sort(),
    );
    for (const slug of slugs) expect(slug).toMatch(SLUG);
  });

  it('keeps ratios within 0..1 and budgets ordered', () => {
    for (const rule of FORUM_ENTRY_RULES) {
      if (rule.financingSecuredMin !== null) {
        expect(rule.financingSecuredMin).toBeGreaterThanOrEqual(0);
        expect(rule.financingSecuredMin).toBeLessThanOrEqual(1);
      }
      if (rule.budgetMinEur !== null) expect(rule.budgetMinEur).toBeGreaterThan(0);
      if (rule.budgetMinEur !== null && rule.budgetMaxEur !== null) {
        expect(rule.budgetMaxEur).toBeGreaterThanOrEqual(rule.budgetMinEur);
      }
    }
  });

  it('uses known formats and stages', () => {
    for (const rule of FORUM_ENTRY_RULES) {
      expect(rule.formats.length).toBeGreaterThan(0);
      for (const format of rule.formats) expect(PROJECT_FORMATS).toContain(format);
      expect(rule.stages.length).toBeGreaterThan(0);
      for (const stage of rule.stages) expect(FORUM_STAGES).toContain(stage);
    }
  });

  it('has at least one http(s) source per rule', () => {
    for (const rule of FORUM_ENTRY_RULES) {
      expect([rule.festivalSlug, rule.sources.length > 0]).toEqual([rule.festivalSlug, true]);
      expect(badUrls(rule.sources)).toEqual([]);
    }
  });
});

describe('FESTIVALS formats', () => {
  it('are all project formats', () => {
    const unknown = FESTIVALS.flatMap((festival) => festival.formats).filter(
      (format) => !(PROJECT_FORMATS as readonly string[]).includes(format),
    );
    expect(unknown).toEqual([]);
  });
});
