import type { CommuneDefinition } from '../commune/communes.data';
import { LanguageLevel, PersonKind, TitleForm, Visibility, WorkFormat } from '../shared/directory.enums';
import { slugify } from '../shared/slug';
import type { Context } from './demo-context';
import { DEPARTMENT_SKILLS } from './demo-crafts.data';
import { DAY_MS, isoDay } from './demo-days';
import { FIRST_NAMES_BY_DECADE, PROFESSIONAL_DECADES, type Decade, type Sex } from './demo-names.data';
import type { DemoRandom, Weighted } from './demo-random';
import { craftLabels, fill, frenchSurname, slugBase, UniqueNames } from './demo-text';
import type {
  DemoAvailability,
  DemoCompany,
  DemoPerson,
  DemoPersonLanguage,
  DemoVisibility,
} from './demo-types';
import { TITLE_HEADS_FR, TITLE_PATTERNS_EN, TITLE_TAILS_FR, TITLE_WORDS_EN } from './demo-works.data';

/** What professionals and students share: identity, contact, place, languages, skills, credits' titles. */

export interface PeopleState {
  slugs: UniqueNames;
  /** People generated so far: numbers the e-mail addresses. */
  count: number;
}

export interface ReplicaCompanies {
  french: DemoCompany[];
  foreign: DemoCompany[];
  byFormat: Map<WorkFormat, DemoCompany[]>;
}

export function replicaCompanies(companies: readonly DemoCompany[]): ReplicaCompanies {
  const byFormat = new Map<WorkFormat, DemoCompany[]>();
  for (const company of companies) {
    for (const format of company.formats) {
      const list = byFormat.get(format) ?? [];
      list.push(company);
      byFormat.set(format, list);
    }
  }
  return {
    french: companies.filter((company) => company.country === 'FR'),
    foreign: companies.filter((company) => company.country !== 'FR'),
    byFormat,
  };
}

const LEVELS_OTHER: Weighted<LanguageLevel> = [
  [LanguageLevel.FLUENT, 20],
  [LanguageLevel.PROFESSIONAL, 35],
  [LanguageLevel.BASIC, 45],
];

const LEVELS_ENGLISH: Weighted<LanguageLevel> = [
  [LanguageLevel.FLUENT, 30],
  [LanguageLevel.PROFESSIONAL, 40],
  [LanguageLevel.BASIC, 30],
];

const LEVELS_ENGLISH_STUDENT: Weighted<LanguageLevel> = [
  [LanguageLevel.FLUENT, 25],
  [LanguageLevel.PROFESSIONAL, 45],
  [LanguageLevel.BASIC, 30],
];

export function planLanguages(
  random: DemoRandom,
  englishShare: number,
  student: boolean,
): DemoPersonLanguage[] {
  const languages: DemoPersonLanguage[] = [];
  const has = (code: string) => languages.some((l) => l.language === code);
  if (random.chance(student ? 0.95 : 0.93)) {
    languages.push({ language: 'fr', level: LanguageLevel.NATIVE });
  } else {
    languages.push({
      language: random.pick(['en', 'nl', 'de', 'es', 'it', 'pt', 'pl', 'ar']),
      level: LanguageLevel.NATIVE,
    });
    languages.push({
      language: 'fr',
      level: random.chance(0.6) ? LanguageLevel.FLUENT : LanguageLevel.PROFESSIONAL,
    });
  }
  if (!has('en') && random.chance(englishShare)) {
    languages.push({
      language: 'en',
      level: random.weighted(student ? LEVELS_ENGLISH_STUDENT : LEVELS_ENGLISH),
    });
  }
  for (const [code, share] of [
    ['nl', 0.08],
    ['de', 0.06],
    ['es', 0.08],
    ['it', 0.05],
  ] as const) {
    if (!has(code) && random.chance(share))
      languages.push({ language: code, level: random.weighted(LEVELS_OTHER) });
  }
  return languages;
}

function planVisibility(random: DemoRandom): DemoVisibility {
  if (random.chance(0.7)) {
    return {
      email: Visibility.MEMBERS,
      phone: Visibility.STAFF,
      links: Visibility.PUBLIC,
      availability: Visibility.PUBLIC,
    };
  }
  return {
    email: random.pick([Visibility.PUBLIC, Visibility.MEMBERS, Visibility.MEMBERS, Visibility.STAFF]),
    phone: random.pick([Visibility.MEMBERS, Visibility.STAFF, Visibility.STAFF]),
    links: random.pick([Visibility.PUBLIC, Visibility.PUBLIC, Visibility.MEMBERS]),
    availability: random.pick([Visibility.PUBLIC, Visibility.PUBLIC, Visibility.MEMBERS, Visibility.STAFF]),
  };
}

export function creditTitle(random: DemoRandom, format: WorkFormat): string {
  const english =
    (format === WorkFormat.ANIMATED_SERIES ||
      format === WorkFormat.VIDEO_GAME ||
      format === WorkFormat.XR ||
      format === WorkFormat.TRANSMEDIA) &&
    random.chance(0.6);
  if (english) {
    return fill(random.pick(TITLE_PATTERNS_EN), {
      W: random.pick(TITLE_WORDS_EN),
      V: random.pick(TITLE_WORDS_EN),
    });
  }
  const head = random.pick(TITLE_HEADS_FR);
  return random.chance(0.6) ? `${head} ${random.pick(TITLE_TAILS_FR)}` : head;
}

function planSkills(random: DemoRandom, crafts: readonly string[]): string[] {
  const pool = new Set<string>();
  for (const craft of crafts) {
    for (const skill of DEPARTMENT_SKILLS[craftLabels(craft).department] ?? []) pool.add(skill);
  }
  return random.some([...pool], 1, 5);
}

export function periods(
  random: DemoRandom,
  ctx: Context,
  count: number,
  notes: readonly (string | null)[],
): DemoAvailability[] {
  const list: DemoAvailability[] = [];
  for (let k = 0; k < count; k++) {
    const start = ctx.today + random.int(1, 330) * DAY_MS;
    const end = Math.min(start + random.int(5, 60) * DAY_MS, ctx.today + 365 * DAY_MS);
    list.push({ id: random.uuid(), startsOn: isoDay(start), endsOn: isoDay(end), note: random.pick(notes) });
  }
  return list.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
}

interface PersonSpec {
  kinds: PersonKind[];
  crafts: string[];
  commune: CommuneDefinition;
  languages: DemoPersonLanguage[];
  mobilityKm: number;
}

/** Women mostly write their titles in the feminine, men in the masculine; some of each choose inclusive. */
function titleFormOf(random: DemoRandom, sex: Sex): TitleForm {
  if (random.chance(0.15)) return TitleForm.INCLUSIVE;
  return sex === 'F' ? TitleForm.FEMININE : TitleForm.MASCULINE;
}

/** What every person has: identity, contact, place, languages, crafts, consent. */
export function basePerson(
  random: DemoRandom,
  ctx: Context,
  state: PeopleState,
  spec: PersonSpec,
): { person: DemoPerson; female: boolean } {
  const id = random.uuid();
  const female = random.chance(0.5);
  const sex: Sex = female ? 'F' : 'M';
  const birthDecade: Decade = spec.kinds.includes(PersonKind.STUDENT)
    ? '2000s'
    : random.weighted(PROFESSIONAL_DECADES);
  const firstName = random.pick(FIRST_NAMES_BY_DECADE[birthDecade][sex]);
  const lastName = frenchSurname(random);
  const slug = state.slugs.take(slugBase(`${firstName} ${lastName}`));
  state.count += 1;
  const email = `${slugify(firstName, 40)}.${slugify(lastName, 40)}.${state.count}@example.org`;
  const digits = random.faker.string.numeric(8);
  const phone = `+33 ${random.chance(0.85) ? 6 : 7} ${digits.replace(/(\d\d)(?=\d)/g, '$1 ')}`;
  const person: DemoPerson = {
    id,
    slug,
    firstName,
    lastName,
    sex,
    birthDecade,
    titleForm: titleFormOf(random, sex),
    kinds: spec.kinds,
    headline: null,
    bioFr: null,
    bioEn: null,
    skills: planSkills(random, spec.crafts),
    city: spec.commune.name,
    postcode: spec.commune.postcode,
    lat: random.jitter(spec.commune.lat, 0.02),
    lng: random.jitter(spec.commune.lng, 0.02),
    mobilityKm: spec.mobilityKm,
    siteId: null,
    schoolId: null,
    programmeId: null,
    graduationYear: null,
    playingAgeMin: null,
    playingAgeMax: null,
    accents: [],
    specialSkills: [],
    email,
    phone,
    website: random.chance(0.25) ? `https://${slug}.example` : null,
    showreelUrl: null,
    filmographyUrl: null,
    visibility: planVisibility(random),
    consentDirectory: random.chance(0.95),
    consentBrochure: random.chance(0.6),
    verified: random.chance(0.5),
    lastReviewedOn: isoDay(ctx.today - random.int(0, 730) * DAY_MS),
    crafts: spec.crafts.map((craftSlug, i) => ({ craftSlug, isPrimary: i === 0 })),
    languages: spec.languages,
    credits: [],
    availability: [],
    affiliations: [],
  };
  return { person, female };
}
