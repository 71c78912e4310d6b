import { Faker, base, en, fr } from '@faker-js/faker';
import { COMMUNES, CommuneDefinition } from '../commune/communes.data';
import { frenchTitle } from '../craft/craft-forms';
import { CRAFTS } from '../craft/crafts.data';
import {
  CompanyKind,
  LanguageLevel,
  PersonKind,
  ProgrammeLevel,
  SizeBand,
  TitleForm,
  Visibility,
  WorkFormat,
} from '../shared/directory.enums';
import { slugify } from '../shared/slug';
import * as V from './demo-data';
import {
  FIRST_NAMES_BY_DECADE,
  FRENCH_SURNAMES,
  PROFESSIONAL_DECADES,
  type Decade,
  type Sex,
} from './demo-names.data';
import { makeSiren } from '../shared/siren';

/**
 * Deterministic demo data of the directory: companies, professionals, students and demo programmes, generated
 * from a seed with faker (never Math.random nor the clock: "today" is a parameter). Pure: the reference rows it
 * links to (crafts, schools, programmes, sites) come in as plain lookups, so it runs without a database.
 *
 * Scale N repeats the scale-1 population N times ("replicas"), each replica from its own faker stream, with
 * slugs, e-mails and SIRENs unique across all of them. Replica 1 of any scale is the scale-1 plan.
 */

/** 160: room for the million-people benchmark (`seed --scale 150`, issue 18). */
export const DEMO_MAX_SCALE = 160;
export const FRENCH_COMPANIES_PER_SCALE = 300;
export const FOREIGN_COMPANIES_PER_SCALE = V.FOREIGN_COUNTRIES.reduce((sum, c) => sum + c.share, 0);
export const PROFESSIONALS_PER_SCALE = 3000;
export const STUDENTS_PER_SCALE = 3500;
/** Real plus demo programmes the students are spread over. */
export const PROGRAMMES_TOTAL = 60;
/** Directors of photography near Tourcoing, fluent in English and free next month, per replica. */
export const FEATURED_DOPS_PER_SCALE = 10;
export const TOURCOING = { lat: 50.72, lng: 3.16 } as const;

// ------------------------------------------------------------------------------------------------ inputs

export interface DemoSchoolRef {
  id: string;
  slug: string;
  city: string;
}

export interface DemoProgrammeRef {
  id: string;
  schoolId: string;
  slug?: string;
  title?: string;
  /** Kebab-case discipline (e.g. 'animation'): students' crafts follow it. */
  discipline?: string | null;
}

export interface DemoSiteRef {
  id: string;
  slug: string;
  city: string;
  lat: number;
  lng: number;
  name?: string;
}

/** The reference rows the demo data links to, read from the database by the seeder (fixtures in tests). */
export interface DemoReference {
  craftSlugs: readonly string[];
  schools: readonly DemoSchoolRef[];
  /** The real programmes; demo programmes are added up to PROGRAMMES_TOTAL. */
  programmes: readonly DemoProgrammeRef[];
  sites: readonly DemoSiteRef[];
  /** Values already used in the database, never generated. */
  taken?: {
    personSlugs?: Iterable<string>;
    companySlugs?: Iterable<string>;
    programmeSlugs?: Iterable<string>;
    sirens?: Iterable<string>;
  };
}

export interface DemoPlanOptions {
  seed: number;
  /** Integer 1–100: multiplies companies and people. */
  scale?: number;
  /** Availability is planned in the 12 months after this day (UTC). */
  today: Date;
}

// ------------------------------------------------------------------------------------------------ rows

export interface DemoCompany {
  id: string;
  slug: string;
  name: string;
  siren: string | null;
  /** ISO 3166-1 alpha-2 */
  country: string;
  kinds: CompanyKind[];
  formats: WorkFormat[];
  city: string;
  postcode: string | null;
  lat: number;
  lng: number;
  siteId: string | null;
  sizeBand: SizeBand;
  website: string;
  descriptionFr: string;
  descriptionEn: string;
}

export interface DemoProgramme {
  id: string;
  slug: string;
  schoolId: string;
  title: string;
  level: ProgrammeLevel;
  discipline: string;
  durationYears: number;
  yearlyIntake: number;
  languages: string[];
}

export interface DemoPersonCraft {
  craftSlug: string;
  isPrimary: boolean;
}

export interface DemoPersonLanguage {
  /** ISO 639-1 */
  language: string;
  level: LanguageLevel;
}

export interface DemoCredit {
  id: string;
  title: string;
  year: number;
  format: WorkFormat;
  craftSlug: string | null;
  companyId: string | null;
  companyName: string | null;
}

export interface DemoAvailability {
  id: string;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD, inclusive */
  endsOn: string;
  note: string | null;
}

export interface DemoAffiliation {
  id: string;
  companyId: string;
  role: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface DemoVisibility {
  email: Visibility;
  phone: Visibility;
  links: Visibility;
  availability: Visibility;
}

export interface DemoPerson {
  id: string;
  slug: string;
  firstName: string;
  lastName: string;
  /** Only in the plan (never stored): picks the first name and keeps the title form consistent with it. */
  sex: Sex;
  /** Decade of birth the first name is typical of (INSEE fichier des prénoms, demo-names.data.ts). */
  birthDecade: Decade;
  titleForm: TitleForm;
  kinds: PersonKind[];
  headline: string | null;
  bioFr: string | null;
  bioEn: string | null;
  skills: string[];
  city: string;
  postcode: string;
  lat: number;
  lng: number;
  mobilityKm: number;
  siteId: string | null;
  schoolId: string | null;
  programmeId: string | null;
  graduationYear: number | null;
  playingAgeMin: number | null;
  playingAgeMax: number | null;
  accents: string[];
  specialSkills: string[];
  email: string;
  phone: string;
  website: string | null;
  showreelUrl: string | null;
  filmographyUrl: string | null;
  visibility: DemoVisibility;
  consentDirectory: boolean;
  consentBrochure: boolean;
  verified: boolean;
  /** YYYY-MM-DD */
  lastReviewedOn: string;
  crafts: DemoPersonCraft[];
  languages: DemoPersonLanguage[];
  credits: DemoCredit[];
  availability: DemoAvailability[];
  affiliations: DemoAffiliation[];
}

export interface DemoPlanCounts {
  companies: number;
  professionals: number;
  students: number;
  /** professionals + students */
  people: number;
  /** Demo programmes to create. */
  programmes: number;
}

export interface DemoPlan {
  seed: number;
  scale: number;
  /** YYYY-MM-DD */
  today: string;
  /** The demo programmes to create (is_demo, slug 'demo-…'), attached to real schools. */
  programmes: DemoProgramme[];
  /** Every programme the students are spread over: the real ones, then the demo ones. */
  programmeIds: string[];
  /** Every demo company, replica by replica (French ones first, then foreign partners, Belgium first). */
  companies: DemoCompany[];
  counts: DemoPlanCounts;
  /**
   * Every demo person, replica by replica (professionals, then students), generated lazily so that scale 100
   * never sits in memory. Each call starts over and yields the same people.
   */
  people(): Generator<DemoPerson>;
}

// ------------------------------------------------------------------------------------------------ helpers

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of a UTC timestamp. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utcMidnight(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** The calendar month after `today` (UTC), as inclusive YYYY-MM-DD bounds. */
export function monthAfter(today: Date): { startsOn: string; endsOn: string } {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  return { startsOn: isoDay(Date.UTC(year, month + 1, 1)), endsOn: isoDay(Date.UTC(year, month + 2, 0)) };
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

/** A faker stream per (seed, replica, purpose): replicas never depend on one another. */
function streamFaker(seed: number, replica: number, stream: number): Faker {
  const faker = new Faker({ locale: [fr, en, base] });
  faker.seed(((seed >>> 0) * 1_000_003 + replica * 16 + stream) % 2 ** 32);
  return faker;
}

const STREAM_PROGRAMMES = 0;
const STREAM_COMPANIES = 1;
const STREAM_PEOPLE = 2;

class WeightedTable<T> {
  private readonly values: T[] = [];
  private readonly cumulative: number[] = [];
  readonly total: number;

  constructor(entries: V.Weighted<T>) {
    let total = 0;
    for (const [value, weight] of entries) {
      if (weight <= 0) continue;
      total += weight;
      this.values.push(value);
      this.cumulative.push(total);
    }
    if (total === 0) throw new Error('A weighted table needs a positive weight');
    this.total = total;
  }

  pick(random: Random): T {
    const x = random.int(0, this.total - 1);
    let i = 0;
    while (this.cumulative[i] <= x) i++;
    return this.values[i];
  }
}

const WEIGHTED_TABLES = new WeakMap<object, WeightedTable<unknown>>();

/** The few random draws the generator needs, all from one faker stream. */
class Random {
  constructor(readonly faker: Faker) {}

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  chance(probability: number): boolean {
    return this.faker.datatype.boolean({ probability });
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  /** Distinct items, between min and max of them. */
  some<T>(items: readonly T[], min: number, max: number): T[] {
    return this.faker.helpers.arrayElements(items, {
      min: Math.min(min, items.length),
      max: Math.min(max, items.length),
    });
  }

  weighted<T>(entries: V.Weighted<T>): T {
    let table = WEIGHTED_TABLES.get(entries) as WeightedTable<T> | undefined;
    if (!table) WEIGHTED_TABLES.set(entries, (table = new WeightedTable(entries)));
    return table.pick(this);
  }

  jitter(value: number, amount: number): number {
    return round5(value + this.faker.number.float({ min: -amount, max: amount }));
  }

  uuid(): string {
    return this.faker.string.uuid();
  }
}

/** Unique values: the base, else base-2, base-3… (never one of the taken ones). */
class UniqueNames {
  private readonly taken: Set<string>;
  private readonly next = new Map<string, number>();

  constructor(taken?: Iterable<string>) {
    this.taken = new Set(taken);
  }

  take(base: string): string {
    let candidate = base;
    if (this.taken.has(candidate)) {
      let n = this.next.get(base) ?? 2;
      do candidate = `${base}-${n++}`;
      while (this.taken.has(candidate));
      this.next.set(base, n);
    }
    this.taken.add(candidate);
    return candidate;
  }

  has(value: string): boolean {
    return this.taken.has(value);
  }
}

/** Slugs are ≤ 120 characters: the base keeps room for a "-N" suffix. */
const slugBase = (text: string) => slugify(text, 110);

function fill(pattern: string, words: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_match, key: string) => words[key] ?? '');
}

const CRAFT_BY_SLUG = new Map(CRAFTS.map((craft) => [craft.slug, craft]));

/** A craft's labels, the French one in the person's title form (masculine when none is given). */
function craftLabels(
  slug: string,
  form: TitleForm = TitleForm.MASCULINE,
): { fr: string; en: string; department: string } {
  const craft = CRAFT_BY_SLUG.get(slug);
  return craft
    ? { fr: frenchTitle(craft, form), en: craft.labelEn, department: craft.department }
    : { fr: slug, en: slug, department: 'other' };
}

/** "Studio son" → "studio son", but "VFX studio" stays. */
function lowerFirst(text: string): string {
  return /^.[A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function listFr(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

function listEn(items: readonly string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// ------------------------------------------------------------------------------------------------ context

interface ProgrammeSlot {
  id: string;
  schoolId: string;
  title: string;
  discipline: string;
}

interface Context {
  seed: number;
  scale: number;
  today: number;
  todayYear: number;
  /** Last day of the month after today. */
  nextMonthEnd: number;
  craftSlugs: string[];
  craftSet: Set<string>;
  communes: WeightedTable<CommuneDefinition>;
  nearTourcoing: CommuneDefinition[];
  communeByName: Map<string, CommuneDefinition>;
  sites: DemoSiteRef[];
  siteTable: WeightedTable<DemoSiteRef> | null;
  schools: DemoSchoolRef[];
  schoolById: Map<string, DemoSchoolRef>;
  programmes: ProgrammeSlot[];
  professionalKinds: WeightedTable<PersonKind>;
  technicianDepartments: WeightedTable<string[]>;
  kindCrafts: Map<PersonKind, string[]>;
  disciplineCrafts: Map<string, string[]>;
  frenchCompanyKinds: WeightedTable<CompanyKind>;
  foreignCompanyKinds: WeightedTable<CompanyKind>;
}

const FOREIGN_KIND_WEIGHTS: V.Weighted<CompanyKind> = [
  [CompanyKind.PRODUCTION, 45],
  [CompanyKind.ANIMATION, 15],
  [CompanyKind.VFX, 8],
  [CompanyKind.POST_PRODUCTION, 8],
  [CompanyKind.DISTRIBUTION, 6],
  [CompanyKind.SALES_AGENT, 6],
  [CompanyKind.GAME_STUDIO, 6],
  [CompanyKind.IMMERSIVE_XR, 4],
  [CompanyKind.SOUND, 2],
];

/** Tenants per site: Plaine Images is the largest. */
const SITE_WEIGHTS: Readonly<Record<string, number>> = {
  'plaine-images': 6,
  'serre-numerique': 3,
  'arenberg-creative-mine': 2,
};

function buildContext(reference: DemoReference, seed: number, scale: number, today: Date): Context {
  const craftSlugs = [...new Set(reference.craftSlugs)].sort();
  const craftSet = new Set(craftSlugs);
  const known = (slugs: readonly string[]) => {
    const found = slugs.filter((slug) => craftSet.has(slug));
    return found.length > 0 ? found : craftSlugs;
  };
  const todayMs = utcMidnight(today);
  const todayDate = new Date(todayMs);
  const sites = [...reference.sites].sort((a, b) => a.slug.localeCompare(b.slug));
  const schools = [...reference.schools].sort((a, b) => a.slug.localeCompare(b.slug));
  const schoolById = new Map(schools.map((school) => [school.id, school]));
  const programmes = [...reference.programmes]
    .filter((programme) => schoolById.has(programme.schoolId))
    .sort((a, b) => (a.slug ?? a.id).localeCompare(b.slug ?? b.id))
    .map((programme) => ({
      id: programme.id,
      schoolId: programme.schoolId,
      title: programme.title ?? programme.slug ?? 'Programme',
      discipline: programme.discipline ?? 'default',
    }));
  const kindCrafts = new Map<PersonKind, string[]>(
    Object.entries(V.KIND_CRAFTS).map(([kind, slugs]) => [kind as PersonKind, known(slugs)]),
  );
  const disciplineCrafts = new Map(
    Object.entries(V.DISCIPLINE_CRAFTS).map(([discipline, slugs]) => [discipline, known(slugs)]),
  );
  const technicianDepartments = V.TECHNICIAN_DEPARTMENTS.map(
    ([slugs, weight]) => [slugs.filter((slug) => craftSet.has(slug)), weight] as const,
  ).filter(([slugs]) => slugs.length > 0);
  return {
    seed,
    scale,
    today: todayMs,
    todayYear: todayDate.getUTCFullYear(),
    nextMonthEnd: Date.UTC(todayDate.getUTCFullYear(), todayDate.getUTCMonth() + 2, 0),
    craftSlugs,
    craftSet,
    communes: new WeightedTable(COMMUNES.map((c) => [c, V.COMMUNE_WEIGHTS[c.name] ?? 1] as const)),
    // 20 km from the centre of Tourcoing, so that ±0.02° of jitter stays well within 30 km.
    nearTourcoing: COMMUNES.filter((commune) => distanceKm(commune, TOURCOING) <= 20),
    communeByName: new Map(COMMUNES.map((commune) => [commune.name, commune])),
    sites,
    siteTable: sites.length
      ? new WeightedTable(sites.map((site) => [site, SITE_WEIGHTS[site.slug] ?? 1] as const))
      : null,
    schools,
    schoolById,
    programmes,
    professionalKinds: new WeightedTable(V.PROFESSIONAL_KINDS),
    technicianDepartments: new WeightedTable(
      technicianDepartments.length > 0 ? technicianDepartments : [[craftSlugs, 1]],
    ),
    kindCrafts,
    disciplineCrafts,
    frenchCompanyKinds: new WeightedTable(
      Object.entries(V.COMPANY_KINDS).map(
        ([kind, profile]) => [kind as CompanyKind, profile.weight] as const,
      ),
    ),
    foreignCompanyKinds: new WeightedTable(FOREIGN_KIND_WEIGHTS),
  };
}

// ------------------------------------------------------------------------------------------------ programmes

const DURATION: Record<ProgrammeLevel, number> = {
  [ProgrammeLevel.BAC_PLUS_2]: 2,
  [ProgrammeLevel.BAC_PLUS_3]: 3,
  [ProgrammeLevel.BAC_PLUS_5]: 5,
  [ProgrammeLevel.POST_MASTER]: 1,
  [ProgrammeLevel.DOCTORATE]: 3,
  [ProgrammeLevel.OTHER]: 1,
};

function planProgrammes(ctx: Context, slugs: UniqueNames): DemoProgramme[] {
  const needed = Math.max(0, PROGRAMMES_TOTAL - ctx.programmes.length);
  if (needed === 0 || ctx.schools.length === 0) return [];
  const random = new Random(streamFaker(ctx.seed, 0, STREAM_PROGRAMMES));
  const schoolsByDiscipline = new Map<string, DemoSchoolRef[]>();
  for (const programme of ctx.programmes) {
    const list = schoolsByDiscipline.get(programme.discipline) ?? [];
    const school = ctx.schoolById.get(programme.schoolId)!;
    if (!list.includes(school)) list.push(school);
    schoolsByDiscipline.set(programme.discipline, list);
  }
  const templates = random.faker.helpers.shuffle([...V.PROGRAMME_TEMPLATES]);
  const programmes: DemoProgramme[] = [];
  for (let k = 0; k < needed; k++) {
    const template = templates[k % templates.length];
    const round = Math.floor(k / templates.length);
    const title = round === 0 ? template.title : `${template.title} — parcours ${round + 1}`;
    const sameDiscipline = schoolsByDiscipline.get(template.discipline);
    const school =
      sameDiscipline && random.chance(0.75) ? random.pick(sameDiscipline) : random.pick(ctx.schools);
    const international = ['games', 'vfx', 'xr', 'animation'].includes(template.discipline);
    programmes.push({
      id: random.uuid(),
      slug: slugs.take(slugify(`demo-${school.slug}-${title}`, 110)),
      schoolId: school.id,
      title,
      level: template.level,
      discipline: template.discipline,
      durationYears: template.level === ProgrammeLevel.OTHER ? random.int(1, 3) : DURATION[template.level],
      yearlyIntake: random.int(2, 18) * 5,
      languages: random.chance(international ? 0.4 : 0.1) ? ['fr', 'en'] : ['fr'],
    });
  }
  return programmes;
}

// ------------------------------------------------------------------------------------------------ companies

interface CompanyRegistry {
  slugs: UniqueNames;
  sirens: UniqueNames;
}

/** A few tries for a name no other company has; past them, the slug gets a suffix. */
function distinctName(registry: CompanyRegistry, draw: () => string): string {
  let name = draw();
  for (let attempt = 1; attempt < 8 && registry.slugs.has(slugBase(name)); attempt++) name = draw();
  return name;
}

function companyFormats(random: Random, kinds: readonly CompanyKind[]): WorkFormat[] {
  const formats = new Set<WorkFormat>();
  for (const kind of kinds) {
    for (const format of random.some(V.COMPANY_KINDS[kind].formats, 1, 3)) formats.add(format);
  }
  return [...formats];
}

function companyDescriptions(
  name: string,
  kinds: readonly CompanyKind[],
  formats: readonly WorkFormat[],
  city: string,
  founded: number,
  where: { siteName?: string; country?: V.ForeignCountry },
): { descriptionFr: string; descriptionEn: string } {
  const [main, second] = kinds.map((kind) => V.COMPANY_KINDS[kind]);
  const placeFr = where.country ? `${city} (${where.country.labelFr})` : city;
  const placeEn = where.country ? `${city} (${where.country.labelEn})` : city;
  const fr = [`${name} : ${lowerFirst(main.labelFr)} à ${placeFr} depuis ${founded}.`];
  const en = [`${name}: ${lowerFirst(main.labelEn)} in ${placeEn} since ${founded}.`];
  if (second) {
    fr.push(`Également : ${lowerFirst(second.labelFr)}.`);
    en.push(`Also: ${lowerFirst(second.labelEn)}.`);
  }
  if (formats.length > 0) {
    fr.push(`Spécialités : ${listFr(formats.map((f) => V.FORMAT_LABELS[f][0]))}.`);
    en.push(`Specialities: ${listEn(formats.map((f) => V.FORMAT_LABELS[f][1]))}.`);
  }
  if (where.siteName) {
    fr.push(`Sur le site de ${where.siteName}.`);
    en.push(`Based at ${where.siteName}.`);
  }
  if (where.country) {
    fr.push('Partenaire de coproduction de projets des Hauts-de-France.');
    en.push('Co-production partner of projects from Hauts-de-France.');
  }
  return { descriptionFr: fr.join(' '), descriptionEn: en.join(' ') };
}

function frenchSurname(random: Random): string {
  return random.chance(0.35) ? random.pick(V.REGIONAL_SURNAMES) : random.pick(FRENCH_SURNAMES);
}

/** Women mostly write their titles in the feminine, men in the masculine; some of each choose inclusive. */
function titleFormOf(random: Random, sex: Sex): TitleForm {
  if (random.chance(0.15)) return TitleForm.INCLUSIVE;
  return sex === 'F' ? TitleForm.FEMININE : TitleForm.MASCULINE;
}

function siteName(site: DemoSiteRef): string {
  return (
    site.name ??
    site.slug
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' ')
  );
}

function frenchCompany(random: Random, ctx: Context, registry: CompanyRegistry): DemoCompany {
  const id = random.uuid();
  const kind = ctx.frenchCompanyKinds.pick(random);
  const profile = V.COMPANY_KINDS[kind];
  const kinds = [kind];
  if (random.chance(0.25)) {
    const extra = random.pick(profile.related);
    if (!kinds.includes(extra)) kinds.push(extra);
  }
  const formats = companyFormats(random, kinds);
  const name = distinctName(registry, () =>
    fill(random.pick(profile.names), {
      S: frenchSurname(random),
      S2: frenchSurname(random),
      W: random.pick(V.WORDS),
      M: random.pick(V.WORDS_MASCULINE),
    }),
  );
  const slug = registry.slugs.take(slugBase(name));
  let siren: string;
  do siren = makeSiren(random.int(30_000_000, 99_999_999));
  while (registry.sirens.has(siren));
  registry.sirens.take(siren);
  const site = ctx.siteTable && random.chance(0.2) ? ctx.siteTable.pick(random) : null;
  const commune = site ? ctx.communeByName.get(site.city) : ctx.communes.pick(random);
  const founded = random.int(1985, ctx.todayYear - 1);
  const city = site?.city ?? commune!.name;
  return {
    id,
    slug,
    name,
    siren,
    country: 'FR',
    kinds,
    formats,
    city,
    postcode: commune?.postcode ?? null,
    lat: site ? site.lat : random.jitter(commune!.lat, 0.02),
    lng: site ? site.lng : random.jitter(commune!.lng, 0.02),
    siteId: site?.id ?? null,
    sizeBand: random.weighted(V.SIZE_BANDS),
    website: `https://${slug}.example`,
    ...companyDescriptions(name, kinds, formats, city, founded, {
      siteName: site ? siteName(site) : undefined,
    }),
  };
}

/** Kinds whose foreign trade names follow one international pattern. */
const FOREIGN_KIND_PATTERNS: Partial<Record<CompanyKind, string>> = {
  [CompanyKind.GAME_STUDIO]: '{W} Games',
  [CompanyKind.VFX]: '{W} VFX',
  [CompanyKind.SALES_AGENT]: '{W} International',
  [CompanyKind.SOUND]: '{W} Sound',
  [CompanyKind.IMMERSIVE_XR]: '{W} XR',
};

function foreignCompany(
  random: Random,
  ctx: Context,
  registry: CompanyRegistry,
  country: V.ForeignCountry,
): DemoCompany {
  const id = random.uuid();
  const kind = ctx.foreignCompanyKinds.pick(random);
  const kinds = [kind];
  if (random.chance(0.2)) {
    const extra = random.pick(V.COMPANY_KINDS[kind].related);
    if (!kinds.includes(extra)) kinds.push(extra);
  }
  const formats = companyFormats(random, kinds);
  const city = random.pick(country.cities);
  const animation = kind === CompanyKind.ANIMATION;
  const patterns = V.FOREIGN_NAME_PATTERNS[city.language].filter((p) => /Anima/.test(p) === animation);
  const pattern = FOREIGN_KIND_PATTERNS[kind] ?? random.pick(patterns);
  const name = distinctName(registry, () =>
    fill(pattern, {
      S: random.pick(country.surnames),
      W: random.pick(V.FOREIGN_WORDS[city.language]),
      M: random.pick(V.FOREIGN_WORDS_MASCULINE_FR),
    }),
  );
  const slug = registry.slugs.take(slugBase(name));
  const founded = random.int(1980, ctx.todayYear - 1);
  return {
    id,
    slug,
    name,
    siren: null,
    country: country.iso2,
    kinds,
    formats,
    city: city.name,
    postcode: city.postcode,
    lat: random.jitter(city.lat, 0.01),
    lng: random.jitter(city.lng, 0.01),
    siteId: null,
    sizeBand: random.weighted(V.SIZE_BANDS),
    website: `https://${slug}.example`,
    ...companyDescriptions(name, kinds, formats, city.name, founded, { country }),
  };
}

function planCompanies(ctx: Context, replica: number, registry: CompanyRegistry): DemoCompany[] {
  const random = new Random(streamFaker(ctx.seed, replica, STREAM_COMPANIES));
  const companies: DemoCompany[] = [];
  for (let i = 0; i < FRENCH_COMPANIES_PER_SCALE; i++) companies.push(frenchCompany(random, ctx, registry));
  for (const country of V.FOREIGN_COUNTRIES) {
    for (let i = 0; i < country.share; i++) companies.push(foreignCompany(random, ctx, registry, country));
  }
  return companies;
}

// ------------------------------------------------------------------------------------------------ people

interface PeopleState {
  slugs: UniqueNames;
  /** People generated so far: numbers the e-mail addresses. */
  count: number;
}

interface ReplicaCompanies {
  french: DemoCompany[];
  foreign: DemoCompany[];
  byFormat: Map<WorkFormat, DemoCompany[]>;
}

function replicaCompanies(companies: readonly DemoCompany[]): ReplicaCompanies {
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

const LEVELS_OTHER: V.Weighted<LanguageLevel> = [
  [LanguageLevel.FLUENT, 20],
  [LanguageLevel.PROFESSIONAL, 35],
  [LanguageLevel.BASIC, 45],
];

const LEVELS_ENGLISH: V.Weighted<LanguageLevel> = [
  [LanguageLevel.FLUENT, 30],
  [LanguageLevel.PROFESSIONAL, 40],
  [LanguageLevel.BASIC, 30],
];

const LEVELS_ENGLISH_STUDENT: V.Weighted<LanguageLevel> = [
  [LanguageLevel.FLUENT, 25],
  [LanguageLevel.PROFESSIONAL, 45],
  [LanguageLevel.BASIC, 30],
];

function planLanguages(random: Random, englishShare: number, student: boolean): DemoPersonLanguage[] {
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

function planVisibility(random: Random): DemoVisibility {
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

function creditTitle(random: Random, format: WorkFormat): string {
  const english =
    (format === WorkFormat.ANIMATED_SERIES ||
      format === WorkFormat.VIDEO_GAME ||
      format === WorkFormat.XR ||
      format === WorkFormat.TRANSMEDIA) &&
    random.chance(0.6);
  if (english) {
    return fill(random.pick(V.TITLE_PATTERNS_EN), {
      W: random.pick(V.TITLE_WORDS_EN),
      V: random.pick(V.TITLE_WORDS_EN),
    });
  }
  const head = random.pick(V.TITLE_HEADS_FR);
  return random.chance(0.6) ? `${head} ${random.pick(V.TITLE_TAILS_FR)}` : head;
}

function planSkills(random: Random, crafts: readonly string[]): string[] {
  const pool = new Set<string>();
  for (const craft of crafts) {
    for (const skill of V.DEPARTMENT_SKILLS[craftLabels(craft).department] ?? []) pool.add(skill);
  }
  return random.some([...pool], 1, 5);
}

function periods(
  random: Random,
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

/** What every person has: identity, contact, place, languages, crafts, consent. */
function basePerson(
  random: Random,
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

function professionalCrafts(random: Random, ctx: Context, kind: PersonKind): string[] {
  if (kind === PersonKind.TECHNICIAN) {
    const department = ctx.technicianDepartments.pick(random);
    const crafts = random.some(department, 1, random.chance(0.3) ? 3 : 2);
    if (random.chance(0.1)) {
      const other = random.pick(ctx.technicianDepartments.pick(random));
      if (!crafts.includes(other)) crafts.push(other);
    }
    return crafts.slice(0, 3);
  }
  const pool = ctx.kindCrafts.get(kind) ?? ctx.craftSlugs;
  if (pool.length === 0) return [];
  // The first three of a pool are the usual primary crafts of the kind.
  const primary = random.chance(0.7) ? random.pick(pool.slice(0, 3)) : random.pick(pool);
  const others = random.some(
    pool.filter((slug) => slug !== primary),
    0,
    2,
  );
  return [primary, ...others];
}

const CREDIT_COUNTS: V.Weighted<number> = [
  [0, 10],
  [1, 15],
  [2, 20],
  [3, 20],
  [4, 15],
  [5, 10],
  [6, 10],
];
const AVAILABILITY_COUNTS: V.Weighted<number> = [
  [0, 30],
  [1, 35],
  [2, 25],
  [3, 10],
];
const AFFILIATION_COUNTS: V.Weighted<number> = [
  [0, 50],
  [1, 40],
  [2, 10],
];

const EXTERNAL_COMPANY_SUFFIXES = ['Films', 'Productions', 'Pictures', 'Studio'];

function professional(
  random: Random,
  ctx: Context,
  state: PeopleState,
  companies: ReplicaCompanies,
  featured: boolean,
): DemoPerson {
  const dop = 'director-of-photography';
  const kind = featured ? PersonKind.TECHNICIAN : ctx.professionalKinds.pick(random);
  const kinds = [kind];
  const extraKinds = V.EXTRA_KINDS[kind];
  if (!featured && extraKinds && random.chance(0.15)) kinds.push(random.pick(extraKinds));
  const crafts = featured
    ? random.chance(0.5)
      ? [dop, 'camera-operator']
      : [dop]
    : professionalCrafts(random, ctx, kind);
  const languages = planLanguages(random, 0.6, false);
  if (featured) {
    const level = random.chance(0.5) ? LanguageLevel.FLUENT : LanguageLevel.PROFESSIONAL;
    const english = languages.find((l) => l.language === 'en');
    if (!english) languages.push({ language: 'en', level });
    else if (english.level === LanguageLevel.BASIC) english.level = level;
  }
  const { person, female } = basePerson(random, ctx, state, {
    kinds,
    crafts: crafts.filter((slug) => ctx.craftSet.has(slug)),
    commune: featured ? random.pick(ctx.nearTourcoing) : ctx.communes.pick(random),
    languages,
    mobilityKm: random.weighted(V.MOBILITY_KM),
  });
  if (featured) {
    person.consentDirectory = true;
    person.visibility.availability = Visibility.PUBLIC;
  }

  // Credits, most recent first.
  const maxYear = Math.min(2026, ctx.todayYear + 1);
  const creditCount = random.weighted(CREDIT_COUNTS);
  for (let k = 0; k < creditCount; k++) {
    const craftSlug =
      person.crafts.length === 0
        ? null
        : k === 0 || random.chance(0.7)
          ? person.crafts[0].craftSlug
          : random.pick(person.crafts).craftSlug;
    const formats = V.DEPARTMENT_FORMATS[craftSlug ? craftLabels(craftSlug).department : 'default'];
    const format = random.pick(formats ?? V.DEPARTMENT_FORMATS.default);
    const candidates = companies.byFormat.get(format);
    const company = candidates && random.chance(0.85) ? random.pick(candidates) : null;
    person.credits.push({
      id: random.uuid(),
      title: creditTitle(random, format),
      year: Math.max(random.int(2005, maxYear), random.int(2005, maxYear)),
      format,
      craftSlug,
      companyId: company?.id ?? null,
      companyName: company ? null : `${random.pick(V.WORDS)} ${random.pick(EXTERNAL_COMPANY_SUFFIXES)}`,
    });
  }
  person.credits.sort((a, b) => b.year - a.year);

  // Availability: the featured DoPs are free from (at the latest) tomorrow to the end of next month and beyond.
  if (featured) {
    const start = ctx.today + random.int(1, 3) * DAY_MS;
    const end = Math.max(ctx.nextMonthEnd, ctx.today + 31 * DAY_MS) + random.int(0, 21) * DAY_MS;
    person.availability.push({
      id: random.uuid(),
      startsOn: isoDay(Math.min(start, ctx.nextMonthEnd)),
      endsOn: isoDay(end),
      note: random.pick(['Disponible pour tournage', 'Available for international co-productions', null]),
    });
  } else {
    person.availability.push(
      ...periods(random, ctx, random.weighted(AVAILABILITY_COUNTS), V.AVAILABILITY_NOTES),
    );
  }

  // Affiliations; a current one at a site's tenant places the person at the site.
  const affiliationCount = random.weighted(AFFILIATION_COUNTS);
  for (let k = 0; k < affiliationCount; k++) {
    const pool = random.chance(0.85) || companies.foreign.length === 0 ? companies.french : companies.foreign;
    if (pool.length === 0) break;
    const company = random.pick(pool);
    if (person.affiliations.some((a) => a.companyId === company.id)) continue;
    const start = ctx.today - random.int(90, 3650) * DAY_MS;
    const current = random.chance(0.6);
    const end = current ? null : Math.min(start + random.int(60, 1500) * DAY_MS, ctx.today - DAY_MS);
    const role =
      kind === PersonKind.ENTREPRENEUR
        ? random.pick(female ? ['Fondatrice', 'Gérante', 'Associée'] : ['Fondateur', 'Gérant', 'Associé'])
        : person.crafts.length > 0
          ? craftLabels(person.crafts[0].craftSlug, person.titleForm).fr
          : 'Collaborateur';
    person.affiliations.push({
      id: random.uuid(),
      companyId: company.id,
      role,
      startsOn: isoDay(start),
      endsOn: end === null ? null : isoDay(Math.max(end, start)),
    });
    if (current && company.siteId && !person.siteId) person.siteId = company.siteId;
  }

  // Actors' details.
  if (kinds.includes(PersonKind.ACTOR)) {
    const age = random.int(18, 75);
    person.playingAgeMin = Math.max(5, age - random.int(2, 6));
    person.playingAgeMax = Math.min(99, age + random.int(2, 8));
    person.accents = random.some(V.ACCENTS, 0, 3);
    person.specialSkills = random.some(V.SPECIAL_SKILLS, 0, 4);
  } else if (kinds.includes(PersonKind.VOICE_ACTOR)) {
    person.accents = random.some(V.ACCENTS, 1, 3);
  }

  // Links, headline, bios.
  const visual = kinds.some((k) =>
    [
      PersonKind.ACTOR,
      PersonKind.VOICE_ACTOR,
      PersonKind.ARTIST,
      PersonKind.DIRECTOR,
      PersonKind.TECHNICIAN,
    ].includes(k),
  );
  if (featured || (visual && random.chance(0.4)))
    person.showreelUrl = `https://showreel.example/${person.slug}`;
  if (person.credits.length >= 3 && random.chance(0.3))
    person.filmographyUrl = `https://films.example/${person.slug}`;
  const labels = person.crafts.slice(0, 2).map((c) => craftLabels(c.craftSlug, person.titleForm));
  const french = random.chance(0.6);
  person.headline = labels.length
    ? `${labels.map((l) => (french ? l.fr : l.en)).join(' · ')} — ${person.city}`
    : null;
  const years = random.int(1, 30);
  const main = labels[0] ?? { fr: 'Professionnel de l’image', en: 'Screen professional' };
  const formats = [...new Set(person.credits.map((c) => c.format))].slice(0, 2);
  const formatsFr = formats.length
    ? listFr(formats.map((f) => `des ${V.FORMAT_LABELS[f][0]}`))
    : 'des projets variés';
  const formatsEn = formats.length
    ? listEn(formats.map((f) => V.FORMAT_LABELS[f][1]))
    : 'all kinds of projects';
  const last = person.credits[0];
  const travels = person.mobilityKm >= 200;
  const bioFr =
    `${main.fr} depuis ${years} an${years > 1 ? 's' : ''}, je travaille surtout sur ${formatsFr}` +
    `${last ? `, dernièrement « ${last.title} » (${last.year})` : ''}. J’habite à ${person.city}` +
    `${travels ? ' et je me déplace volontiers en France, en Belgique et au-delà' : ''}.`;
  const bioEn =
    `${main.en} for ${years} year${years > 1 ? 's' : ''}, mostly on ${formatsEn}` +
    `${last ? `, most recently "${last.title}" (${last.year})` : ''}. Based in ${person.city}` +
    `${travels ? ', happy to travel across France, Belgium and beyond' : ''}.`;
  const bios = random.int(1, 10);
  person.bioFr = bios <= 9 ? bioFr : null;
  person.bioEn = bios <= 7 || bios === 10 ? bioEn : null;
  return person;
}

const STUDENT_FORMATS: Readonly<Record<string, WorkFormat>> = {
  games: WorkFormat.VIDEO_GAME,
  xr: WorkFormat.XR,
  'visual-arts': WorkFormat.VIDEO_ART,
  journalism: WorkFormat.DOCUMENTARY,
};

const STUDENT_MOBILITY: V.Weighted<number> = [
  [20, 20],
  [50, 35],
  [100, 25],
  [200, 10],
  [500, 10],
];

function student(
  random: Random,
  ctx: Context,
  state: PeopleState,
  programme: ProgrammeSlot | null,
): DemoPerson {
  const school = programme ? ctx.schoolById.get(programme.schoolId) : undefined;
  const schoolCommune = school ? ctx.communeByName.get(school.city) : undefined;
  const commune = schoolCommune && random.chance(0.7) ? schoolCommune : ctx.communes.pick(random);
  const discipline = programme?.discipline ?? 'default';
  const pool = ctx.disciplineCrafts.get(discipline) ?? ctx.disciplineCrafts.get('default') ?? ctx.craftSlugs;
  const crafts = random.some(pool, 1, 2);
  const { person, female } = basePerson(random, ctx, state, {
    kinds: [PersonKind.STUDENT],
    crafts,
    commune,
    languages: planLanguages(random, 0.8, true),
    mobilityKm: random.weighted(STUDENT_MOBILITY),
  });
  person.schoolId = programme?.schoolId ?? null;
  person.programmeId = programme?.id ?? null;
  const graduationYear = random.int(2024, 2030);
  person.graduationYear = graduationYear;

  const maxYear = Math.min(graduationYear, ctx.todayYear);
  const creditCount = random.pick([0, 0, 1, 1, 2]);
  for (let k = 0; k < creditCount && maxYear >= 2005; k++) {
    const format = STUDENT_FORMATS[discipline] ?? WorkFormat.SHORT_FILM;
    person.credits.push({
      id: random.uuid(),
      title: creditTitle(random, format),
      year: random.int(Math.max(2005, maxYear - 3), maxYear),
      format,
      craftSlug: crafts[0] ?? null,
      companyId: null,
      companyName: null,
    });
  }
  person.credits.sort((a, b) => b.year - a.year);
  person.availability.push(
    ...periods(random, ctx, random.pick([0, 1, 1, 2]), [null, 'Stage / alternance', 'Stage de fin d’études']),
  );
  if (random.chance(0.3)) person.showreelUrl = `https://showreel.example/${person.slug}`;

  const label = crafts.length ? craftLabels(crafts[0], person.titleForm) : { fr: 'Image', en: 'Screen' };
  const title = programme?.title ?? 'Formation aux métiers de l’image';
  const studentFr = female ? 'Étudiante' : 'Étudiant';
  person.headline = `${random.chance(0.6) ? studentFr : 'Student'} — ${title}`.slice(0, 200);
  const bioFr = `${studentFr} en « ${title} » (promotion ${graduationYear}). Spécialité : ${lowerFirst(label.fr)}. J’habite à ${person.city}.`;
  const bioEn = `Student in "${title}" (class of ${graduationYear}), focusing on ${lowerFirst(label.en)}. Based in ${person.city}.`;
  const bios = random.int(1, 10);
  person.bioFr = bios <= 8 ? bioFr : null;
  person.bioEn = bios >= 5 ? bioEn : null;
  return person;
}

function* replicaPeople(
  ctx: Context,
  replica: number,
  companies: readonly DemoCompany[],
  programmes: readonly ProgrammeSlot[],
  state: PeopleState,
): Generator<DemoPerson> {
  const random = new Random(streamFaker(ctx.seed, replica, STREAM_PEOPLE));
  const ofReplica = replicaCompanies(companies);
  const featuredEvery = Math.floor(PROFESSIONALS_PER_SCALE / FEATURED_DOPS_PER_SCALE);
  const canFeature = ctx.craftSet.has('director-of-photography') && ctx.nearTourcoing.length > 0;
  for (let i = 0; i < PROFESSIONALS_PER_SCALE; i++) {
    const featured = canFeature && i % featuredEvery === Math.floor(featuredEvery / 2);
    yield professional(random, ctx, state, ofReplica, featured);
  }
  for (let j = 0; j < STUDENTS_PER_SCALE; j++) {
    // Every programme gets students first, then they are spread at random.
    const programme =
      programmes.length === 0 ? null : j < programmes.length ? programmes[j] : random.pick(programmes);
    yield student(random, ctx, state, programme);
  }
}

// ------------------------------------------------------------------------------------------------ plan

export function planDemoDirectory(reference: DemoReference, options: DemoPlanOptions): DemoPlan {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1 || scale > DEMO_MAX_SCALE) {
    throw new RangeError(`scale must be an integer from 1 to ${DEMO_MAX_SCALE}, got ${scale}`);
  }
  if (!Number.isInteger(options.seed)) throw new RangeError(`seed must be an integer, got ${options.seed}`);
  if (Number.isNaN(options.today.getTime())) throw new RangeError('today is not a valid date');
  const ctx = buildContext(reference, options.seed, scale, options.today);

  const programmes = planProgrammes(ctx, new UniqueNames(reference.taken?.programmeSlugs));
  const slots: ProgrammeSlot[] = [
    ...ctx.programmes,
    ...programmes.map(({ id, schoolId, title, discipline }) => ({ id, schoolId, title, discipline })),
  ];

  const registry: CompanyRegistry = {
    slugs: new UniqueNames(reference.taken?.companySlugs),
    sirens: new UniqueNames(reference.taken?.sirens),
  };
  const companies: DemoCompany[] = [];
  for (let replica = 0; replica < scale; replica++) companies.push(...planCompanies(ctx, replica, registry));
  const perReplica = companies.length / scale;
  const takenPersonSlugs = reference.taken?.personSlugs ? [...reference.taken.personSlugs] : [];

  const professionals = PROFESSIONALS_PER_SCALE * scale;
  const students = STUDENTS_PER_SCALE * scale;
  return {
    seed: options.seed,
    scale,
    today: isoDay(ctx.today),
    programmes,
    programmeIds: slots.map((slot) => slot.id),
    companies,
    counts: {
      companies: companies.length,
      professionals,
      students,
      people: professionals + students,
      programmes: programmes.length,
    },
    *people() {
      const state: PeopleState = { slugs: new UniqueNames(takenPersonSlugs), count: 0 };
      for (let replica = 0; replica < scale; replica++) {
        const ofReplica = companies.slice(replica * perReplica, (replica + 1) * perReplica);
        yield* replicaPeople(ctx, replica, ofReplica, slots, state);
      }
    },
  };
}
