import { SCHOOLS } from './schools.reference';

/** The flagship site slugs of sites.reference.ts (FACTS.md §1). */
const SITE_SLUGS = ['plaine-images', 'serre-numerique', 'arenberg-creative-mine'];

const LEVELS = ['BAC_PLUS_2', 'BAC_PLUS_3', 'BAC_PLUS_5', 'POST_MASTER', 'DOCTORATE', 'OTHER'];

const URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const duplicates = (values: string[]): string[] => values.filter((value, i) => values.indexOf(value) !== i);

const programmes = SCHOOLS.flatMap((school) => school.programmes.map((programme) => ({ school, programme })));

describe('SCHOOLS', () => {
  it('has the 13 schools of FACTS.md §2', () => {
    expect(SCHOOLS).toHaveLength(13);
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

  it('gives every school at least one programme and one source', () => {
    const empty = SCHOOLS.filter((s) => s.programmes.length === 0 || s.sources.length === 0).map(
      (s) => s.slug,
    );
    expect(empty).toEqual([]);
  });

  it('uses http(s) URLs for every source and website', () => {
    const urls = [
      ...SCHOOLS.flatMap((s) => [...s.sources, ...(s.website ? [s.website] : [])]),
      ...programmes.flatMap(({ programme }) => programme.sources),
    ];
    const bad = urls.filter((url) => !URL.test(url));
    expect(bad).toEqual([]);
  });

  it('gives every programme a source', () => {
    const unsourced = programmes.filter(({ programme }) => programme.sources.length === 0);
    expect(unsourced.map(({ programme }) => programme.slug)).toEqual([]);
  });

  it('only uses the three flagship site slugs', () => {
    const used = SCHOOLS.flatMap((s) => (s.siteSlug === null ? [] : [s.siteSlug]));
    for (const slug of used) expect(SITE_SLUGS).toContain(slug);
    expect(new Set(used)).toEqual(new Set(SITE_SLUGS));
  });

  it('places Rubika, ARTFX and UPHF at their sites', () => {
    const site = (slug: string) => SCHOOLS.find((s) => s.slug === slug)?.siteSlug;
    expect(site('rubika')).toBe('serre-numerique');
    expect(site('artfx')).toBe('plaine-images');
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
