import {
  ESTIMATED_NOTE,
  FESTIVALS,
  FestivalKindName as FestivalKind,
  PAST_ESTIMATED_NOTE,
} from './festivals.reference';
import { FORUM_ENTRY_RULES } from './forum-entry-rules.reference';

/** The day the reference data was written: every event needs an edition after it, or a note. */
const TODAY = '2026-11-23';
/** The day it was checked again against sources (issue 16): editions ended by then are history. */
const CHECKED = '2026-12-05';

const KINDS: FestivalKind[] = [
  'FILM_FESTIVAL',
  'MARKET',
  'COPRODUCTION_FORUM',
  'ANIMATION',
  'SERIES',
  'DOCUMENTARY',
  'SHORT_FILM',
  'GAMES',
  'IMMERSIVE',
  'TV',
];

const URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Parses YYYY-MM-DD, rejecting impossible dates such as 2026-02-30. */
const parseDay = (value: string): number => {
  expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const time = Date.parse(`${value}T00:00:00Z`);
  expect(Number.isNaN(time)).toBe(false);
  expect(new Date(time).toISOString().slice(0, 10)).toBe(value);
  return time;
};

const editions = FESTIVALS.flatMap((festival) => festival.editions.map((edition) => ({ festival, edition })));
const label = (slug: string, year: number) => `${slug} ${year}`;

describe('FESTIVALS', () => {
  it('has the 22 events of FACTS.md §3', () => {
    expect(FESTIVALS).toHaveLength(22);
  });

  it('has unique kebab-case slugs', () => {
    const slugs = FESTIVALS.map((f) => f.slug);
    expect(slugs.filter((slug, i) => slugs.indexOf(slug) !== i)).toEqual([]);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  // That each format is a project format is checked in coproduction, which owns PROJECT_FORMATS.
  it('has valid countries, months, kinds and formats', () => {
    for (const festival of FESTIVALS) {
      expect(festival.country).toMatch(/^[A-Z]{2}$/);
      expect(festival.usualMonth).toBeGreaterThanOrEqual(1);
      expect(festival.usualMonth).toBeLessThanOrEqual(12);
      expect(festival.kinds.length).toBeGreaterThan(0);
      for (const kind of festival.kinds) expect(KINDS).toContain(kind);
      expect(festival.formats.length).toBeGreaterThan(0);
    }
  });

  it('has at least one source per festival, all http(s) URLs', () => {
    for (const festival of FESTIVALS) {
      expect(festival.sources.length).toBeGreaterThan(0);
      const urls = [
        ...festival.sources,
        ...festival.editions.flatMap((e) => e.sources),
        ...(festival.website ? [festival.website] : []),
      ];
      expect(urls.filter((url) => !URL.test(url))).toEqual([]);
    }
  });

  it('has valid ISO dates, with endsOn >= startsOn and the year of startsOn', () => {
    for (const { festival, edition } of editions) {
      const starts = parseDay(edition.startsOn);
      const ends = parseDay(edition.endsOn);
      expect({ edition: label(festival.slug, edition.year), ok: ends >= starts }).toEqual({
        edition: label(festival.slug, edition.year),
        ok: true,
      });
      expect(edition.startsOn.slice(0, 4)).toBe(String(edition.year));
    }
  });

  it('lists editions in chronological order without duplicate years', () => {
    for (const festival of FESTIVALS) {
      const years = festival.editions.map((e) => e.year);
      expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
    }
  });

  it('places market dates inside or near the festival dates (±3 days)', () => {
    const outside: string[] = [];
    for (const { festival, edition } of editions) {
      const { marketName, marketStartsOn, marketEndsOn } = edition;
      expect(marketStartsOn === null).toBe(marketEndsOn === null);
      if (marketStartsOn === null || marketEndsOn === null) continue;
      expect(marketName).not.toBeNull();
      const marketStarts = parseDay(marketStartsOn);
      const marketEnds = parseDay(marketEndsOn);
      expect(marketEnds).toBeGreaterThanOrEqual(marketStarts);
      const starts = parseDay(edition.startsOn);
      const ends = parseDay(edition.endsOn);
      if (marketStarts < starts - 3 * DAY_MS || marketEnds > ends + 3 * DAY_MS) {
        outside.push(label(festival.slug, edition.year));
      }
    }
    expect(outside).toEqual([]);
  });

  it('gives each festival an edition starting after today, or a note', () => {
    const missing = FESTIVALS.filter(
      (f) => !f.editions.some((e) => e.startsOn > TODAY) && !f.editions.some((e) => e.note),
    ).map((f) => f.slug);
    expect(missing).toEqual([]);
  });

  it('gives every festival an edition starting after today', () => {
    const missing = FESTIVALS.filter((f) => !f.editions.some((e) => e.startsOn > TODAY)).map((f) => f.slug);
    expect(missing).toEqual([]);
  });

  it('sources every non-estimated edition', () => {
    const unsourced = editions
      .filter(({ edition }) => !edition.estimated && edition.sources.length === 0)
      .map(({ festival, edition }) => label(festival.slug, edition.year));
    expect(unsourced).toEqual([]);
  });

  it('flags unsourced estimates with the standard note: upcoming, or held with dates not sourced', () => {
    for (const { festival, edition } of editions) {
      if (edition.estimated && edition.sources.length === 0) {
        const expected = edition.endsOn < CHECKED ? PAST_ESTIMATED_NOTE : ESTIMATED_NOTE;
        expect({ edition: label(festival.slug, edition.year), note: edition.note }).toEqual({
          edition: label(festival.slug, edition.year),
          note: expected,
        });
      }
    }
  });

  it('keeps the 2026 editions that are over as history (issue 16)', () => {
    const held = [
      'cartoon-forum',
      'mipcom',
      'idfa',
      'arras-film-festival',
      'venice-production-bridge',
      'kikk',
      'fifam',
      'festival-2-cinema-valenciennes',
    ];
    for (const slug of held) {
      const edition = FESTIVALS.find((f) => f.slug === slug)?.editions.find((e) => e.year === 2026);
      expect({ slug, ended: edition !== undefined && edition.endsOn < CHECKED }).toEqual({
        slug,
        ended: true,
      });
    }
  });

  it('has MIP London 2026 confirmed, Cartoon Next 2024 and 2025, IDFA 2024 from 13 November', () => {
    const edition = (slug: string, year: number) =>
      FESTIVALS.find((f) => f.slug === slug)?.editions.find((e) => e.year === year);
    expect(edition('mip-london', 2026)).toMatchObject({ endsOn: '2026-02-24', estimated: false });
    expect(edition('cartoon-next', 2024)?.sources.length).toBeGreaterThan(0);
    expect(edition('cartoon-next', 2025)).toMatchObject({
      startsOn: '2025-04-23',
      endsOn: '2025-04-25',
      estimated: false,
    });
    expect(edition('idfa', 2024)).toMatchObject({ startsOn: '2024-11-13', endsOn: '2024-11-24' });
  });

  it('keeps the given dates of Series Mania, Annecy, IFFR and Sunny Side', () => {
    const edition = (slug: string, year: number) =>
      FESTIVALS.find((f) => f.slug === slug)?.editions.find((e) => e.year === year);
    expect(edition('series-mania', 2026)).toMatchObject({
      startsOn: '2026-03-20',
      endsOn: '2026-03-27',
      marketStartsOn: '2026-03-24',
      marketEndsOn: '2026-03-26',
      estimated: false,
    });
    expect(edition('annecy', 2026)).toMatchObject({
      startsOn: '2026-06-21',
      endsOn: '2026-06-27',
      marketStartsOn: '2026-06-23',
      marketEndsOn: '2026-06-26',
      estimated: false,
    });
    expect(edition('iffr-cinemart', 2027)).toMatchObject({
      startsOn: '2027-01-28',
      endsOn: '2027-02-07',
      marketStartsOn: '2027-01-31',
      marketEndsOn: '2027-02-03',
      estimated: false,
    });
    expect(edition('sunny-side-of-the-doc', 2026)).toMatchObject({
      startsOn: '2026-06-22',
      endsOn: '2026-06-24',
      estimated: false,
    });
    expect(edition('sunny-side-of-the-doc', 2026)?.cancelled).not.toBe(true);
    expect(edition('sunny-side-of-the-doc', 2026)?.note).toMatch(/cancelled.*reinstated/);
  });

  it('estimates next editions on the same weekdays as the latest dated one', () => {
    for (const festival of FESTIVALS) {
      const dated = festival.editions.filter((e) => !e.estimated);
      const estimated = festival.editions.filter((e) => e.estimated && e.sources.length === 0);
      if (dated.length === 0) continue;
      const latest = dated[dated.length - 1];
      for (const edition of estimated) {
        const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
        expect([festival.slug, weekday(edition.startsOn)]).toEqual([festival.slug, weekday(latest.startsOn)]);
        expect([festival.slug, weekday(edition.endsOn)]).toEqual([festival.slug, weekday(latest.endsOn)]);
      }
    }
  });
});

/** The forum entry rules are keyed by festival slug, beside the festivals they describe. */
describe('FORUM_ENTRY_RULES against FESTIVALS', () => {
  const slugs = new Set(FESTIVALS.map((f) => f.slug));

  it('refers only to festival slugs that exist', () => {
    const unknown = FORUM_ENTRY_RULES.map((r) => r.festivalSlug).filter((slug) => !slugs.has(slug));
    expect(unknown).toEqual([]);
  });

  it('summarises entry rules on exactly the festivals that have forum rules', () => {
    const withRules = FESTIVALS.filter((f) => f.entryRules !== null).map((f) => f.slug);
    const ruled = FORUM_ENTRY_RULES.map((r) => r.festivalSlug);
    expect([...withRules].sort()).toEqual([...ruled].sort());
  });
});
