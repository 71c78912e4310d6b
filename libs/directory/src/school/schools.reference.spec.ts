import { rncpExpired } from '../programme/rncp-validity';
import { BTS_METIERS_AUDIOVISUEL_OPTIONS, SCHOOLS } from './schools.reference';

/** The flagship site slugs of sites.reference.ts (FACTS.md §1). */
const SITE_SLUGS = ['plaine-images', 'serre-numerique', 'arenberg-creative-mine'];

const LEVELS = ['BAC_PLUS_2', 'BAC_PLUS_3', 'BAC_PLUS_5', 'POST_MASTER', 'DOCTORATE', 'OTHER'];

const URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const duplicates = (values: string[]): string[] => values.filter((value, i) => values.indexOf(value) !== i);

const programmes = SCHOOLS.flatMap((school) => school.programmes.map((programme) => ({ school, programme })));

describe('SCHOOLS', () => {
  it('has the 13 schools of FACTS.md §2 and the three the issue 16 fact-check found missing', () => {
    expect(SCHOOLS).toHaveLength(16);
    const slugs = SCHOOLS.map((s) => s.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(['esa-dunkerque-tourcoing', 'esad-valenciennes', '3-axes-institut']),
    );
  });

  it('has unique kebab-case school slugs', () => {
    const slugs = SCHOOLS.map((s) => s.slug);
    expect(duplicates(slugs)).toEqual([]);
    for (const slug of slugs) expect(slug).toMatch(SLUG);
  });

  it('has programme slugs unique across all schools', () => {
    const slugs = programmes.map(({ programme }) => programme.slug);
    expect(duplicates(slugs)).toEqual([]);
    for (const slug of slugs) expect(slug).toMatch(SLUG);
  });

  it('gives every verified school at least one programme and one source', () => {
    const empty = SCHOOLS.filter(
      (s) => s.verified && (s.programmes.length === 0 || s.sources.length === 0),
    ).map((s) => s.slug);
    expect(empty).toEqual([]);
  });

  it('says in words what stays unverified for every unsourced school or programme', () => {
    const silent = [
      ...SCHOOLS.filter((s) => s.sources.length === 0 && !s.unverified).map((s) => s.slug),
      ...programmes
        .filter(({ programme }) => programme.sources.length === 0 && !programme.unverified)
        .map(({ programme }) => programme.slug),
    ];
    expect(silent).toEqual([]);
    for (const school of SCHOOLS.filter((s) => s.sources.length === 0)) expect(school.verified).toBe(false);
  });

  it('uses http(s) URLs for every source and website', () => {
    const urls = [
      ...SCHOOLS.flatMap((s) => [...s.sources, ...(s.website ? [s.website] : [])]),
      ...programmes.flatMap(({ programme }) => programme.sources),
    ];
    const bad = urls.filter((url) => !URL.test(url));
    expect(bad).toEqual([]);
  });

  it('gives every verified programme a source', () => {
    const unsourced = programmes.filter(
      ({ programme }) => programme.verified && programme.sources.length === 0,
    );
    expect(unsourced.map(({ programme }) => programme.slug)).toEqual([]);
  });

  it('names the BTS "Métiers de l\'audiovisuel" with its five options', () => {
    expect(BTS_METIERS_AUDIOVISUEL_OPTIONS).toHaveLength(5);
    const bts = programmes.filter(
      ({ programme }) => programme.title.startsWith('BTS') && programme.discipline === 'audiovisual',
    );
    expect(bts.length).toBeGreaterThan(0);
    for (const { programme } of bts) expect(programme.title).toMatch(/^BTS Métiers de l'audiovisuel/);
    const titles = programmes.map(({ programme }) => programme.title).join('\n');
    expect(titles).not.toMatch(/four options|quatre options/);
  });

  it("lists ESAAT's DN MADe Cinéma d'animation", () => {
    const esaat = SCHOOLS.find((s) => s.slug === 'esaat')!;
    const animation = esaat.programmes.find((p) => p.slug === 'esaat-dn-made-cinema-animation')!;
    expect(animation).toMatchObject({ level: 'BAC_PLUS_3', discipline: 'animation', verified: true });
    expect(animation.sources.length).toBeGreaterThan(0);
  });

  it("shows ARTFX's RNCP registration as ended on 14-09-2025, not current", () => {
    const artfx = SCHOOLS.find((s) => s.slug === 'artfx')!.programmes[0];
    expect(artfx.rncp).toBe('RNCP34932');
    expect(artfx.rncpValidUntil).toBe('2025-09-14');
    expect(rncpExpired(artfx.rncpValidUntil, new Date('2025-09-14T12:00:00Z'))).toBe(false);
    expect(rncpExpired(artfx.rncpValidUntil, new Date('2025-09-15T00:00:00Z'))).toBe(true);
    expect(SCHOOLS.find((s) => s.slug === 'artfx')!.descriptionEn).toMatch(/ended on 14-09-2025/);
  });

  it('gives an end date to every RNCP code the reference knows one for, and none without a code', () => {
    for (const { programme } of programmes) {
      if (programme.rncpValidUntil !== null) {
        expect(programme.rncp).not.toBeNull();
        expect(programme.rncpValidUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("says Piktura's Plaine Images campus opened in 2024, not that it is planned", () => {
    const piktura = SCHOOLS.find((s) => s.slug === 'piktura')!;
    expect(piktura.siteSlug).toBe('plaine-images');
    expect(piktura.descriptionEn).toMatch(/opened for the 2024 academic year/);
    expect(`${piktura.descriptionFr} ${piktura.descriptionEn}`).not.toMatch(/prévu|planned/);
  });

  it('shows the closed ésad Valenciennes as closed', () => {
    const esad = SCHOOLS.find((s) => s.slug === 'esad-valenciennes')!;
    expect(esad.name).toMatch(/fermée/);
    expect(esad.descriptionEn).toMatch(/closed/);
    for (const programme of esad.programmes) expect(programme.title).toMatch(/no longer delivered/);
  });

  it('only uses the three flagship site slugs', () => {
    const used = SCHOOLS.flatMap((s) => (s.siteSlug === null ? [] : [s.siteSlug]));
    for (const slug of used) expect(SITE_SLUGS).toContain(slug);
    expect(new Set(used)).toEqual(new Set(SITE_SLUGS));
  });

  it('places Rubika, ARTFX, Piktura, Le Fresnoy and UPHF at their sites', () => {
    const site = (slug: string) => SCHOOLS.find((s) => s.slug === slug)?.siteSlug;
    expect(site('rubika')).toBe('serre-numerique');
    expect(site('artfx')).toBe('plaine-images');
    expect(site('piktura')).toBe('plaine-images');
    expect(site('le-fresnoy')).toBe('plaine-images');
    expect(site('uphf')).toBe('arenberg-creative-mine');
  });

  it('has consistent programme fields', () => {
    for (const { programme } of programmes) {
      expect(LEVELS).toContain(programme.level);
      expect(programme.title.trim()).not.toBe('');
      expect(programme.discipline).toMatch(SLUG);
      if (programme.durationYears !== null) expect(programme.durationYears).toBeGreaterThan(0);
      if (programme.yearlyIntake !== null) expect(programme.yearlyIntake).toBeGreaterThan(0);
      for (const language of programme.languages) expect(language).toMatch(/^[a-z]{2}$/);
      if (programme.rncp !== null) expect(programme.rncp).toMatch(/^RNCP\d+$/);
    }
  });

  it('marks programmes with an unknown level as unverified', () => {
    const flagged = programmes.filter(({ programme }) => programme.level === 'OTHER' && programme.verified);
    expect(flagged.map(({ programme }) => programme.slug)).toEqual([]);
  });

  it('fits the varchar columns of School and Programme', () => {
    const tooLong: string[] = [];
    const check = (what: string, value: string | null, max: number) => {
      if (value !== null && value.length > max) tooLong.push(`${what}: ${value}`);
    };
    for (const school of SCHOOLS) {
      check('school slug', school.slug, 80);
      check('school name', school.name, 200);
      check('school city', school.city, 120);
      check('school website', school.website, 255);
    }
    for (const { programme } of programmes) {
      check('programme slug', programme.slug, 120);
      check('programme title', programme.title, 200);
      check('programme discipline', programme.discipline, 40);
      check('programme rncp', programme.rncp, 20);
    }
    expect(tooLong).toEqual([]);
  });

  it('has French and English descriptions', () => {
    for (const school of SCHOOLS) {
      expect(school.descriptionFr.trim()).not.toBe('');
      expect(school.descriptionEn.trim()).not.toBe('');
    }
  });
});
