import { slugify } from '@crossroads/core';
import { DemoRandom, seededFaker, type Weighted } from '@crossroads/directory/demo';
import {
  FundStatus,
  PartnerRole,
  ProjectFormat,
  ProjectStage,
  ProjectVisibility,
} from '../shared/coproduction.enums';
import type {
  CoproductionDemoPlan,
  CoproductionDemoReference,
  DemoCompanyRef,
  DemoEditionRef,
  DemoProfile,
  DemoProject,
} from './demo-types';
import * as V from './demo-vocabulary';

/**
 * Deterministic co-production demo data: ~150 projects of the region's demo companies across every format, with
 * budgets, financing, funds and target editions, and co-production profiles for the foreign partner companies
 * (and some French ones). Pure: the companies, affiliations and editions come in as plain rows, so the same seed
 * and the same directory give the same data, without a database.
 */

export const DEMO_PROJECTS = 150;
/** Share of French production-side companies that also get a profile (regional co-producers). */
const FRENCH_PROFILE_SHARE = 0.2;

const FORMATS = new Set<string>(Object.values(ProjectFormat));

/** What each kind of company co-produces, when its own formats say little. */
const KIND_FORMATS: Readonly<Record<string, readonly ProjectFormat[]>> = {
  PRODUCTION: [
    ProjectFormat.FEATURE_FILM,
    ProjectFormat.DOCUMENTARY,
    ProjectFormat.TV_SERIES,
    ProjectFormat.SHORT_FILM,
  ],
  ANIMATION: [ProjectFormat.ANIMATED_SERIES, ProjectFormat.FEATURE_FILM, ProjectFormat.SHORT_FILM],
  VFX: [ProjectFormat.FEATURE_FILM, ProjectFormat.TV_SERIES, ProjectFormat.XR],
  POST_PRODUCTION: [ProjectFormat.FEATURE_FILM, ProjectFormat.DOCUMENTARY, ProjectFormat.TV_FILM],
  DISTRIBUTION: [ProjectFormat.FEATURE_FILM, ProjectFormat.DOCUMENTARY],
  SALES_AGENT: [
    ProjectFormat.FEATURE_FILM,
    ProjectFormat.ANIMATED_SERIES,
    ProjectFormat.TV_SERIES,
    ProjectFormat.DOCUMENTARY,
  ],
  GAME_STUDIO: [ProjectFormat.VIDEO_GAME, ProjectFormat.XR],
  IMMERSIVE_XR: [ProjectFormat.XR, ProjectFormat.TRANSMEDIA, ProjectFormat.VIDEO_ART],
  SOUND: [ProjectFormat.FEATURE_FILM, ProjectFormat.ANIMATED_SERIES],
  BROADCASTER: [
    ProjectFormat.TV_SERIES,
    ProjectFormat.ANIMATED_SERIES,
    ProjectFormat.DOCUMENTARY,
    ProjectFormat.TV_FILM,
  ],
  PUBLISHER: [ProjectFormat.VIDEO_GAME],
};

const KIND_ROLES: Readonly<Record<string, readonly PartnerRole[]>> = {
  PRODUCTION: [PartnerRole.MINORITY_COPRODUCER, PartnerRole.MAJORITY_COPRODUCER],
  ANIMATION: [PartnerRole.MINORITY_COPRODUCER, PartnerRole.SERVICE_ANIMATION],
  VFX: [PartnerRole.SERVICE_VFX, PartnerRole.MINORITY_COPRODUCER],
  POST_PRODUCTION: [PartnerRole.SERVICE_VFX],
  DISTRIBUTION: [PartnerRole.DISTRIBUTOR],
  SALES_AGENT: [PartnerRole.SALES_AGENT],
  GAME_STUDIO: [PartnerRole.PUBLISHER, PartnerRole.MINORITY_COPRODUCER],
  IMMERSIVE_XR: [PartnerRole.MINORITY_COPRODUCER, PartnerRole.SERVICE_VFX],
  SOUND: [PartnerRole.MINORITY_COPRODUCER],
  BROADCASTER: [PartnerRole.BROADCASTER],
  PUBLISHER: [PartnerRole.PUBLISHER],
};

const COUNTRY_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  FR: ['fr', 'en'],
  BE: ['fr', 'nl', 'en'],
  DE: ['de', 'en'],
  NL: ['nl', 'en'],
  LU: ['fr', 'de', 'en'],
  CA: ['fr', 'en'],
  ES: ['es', 'en'],
  IT: ['it', 'en'],
  GB: ['en'],
  CH: ['fr', 'de', 'it', 'en'],
};

const PARTNER_COUNTRIES = ['BE', 'DE', 'NL', 'LU', 'CA', 'ES', 'IT', 'GB', 'CH'];
const SIZE_FACTOR: Readonly<Record<string, number>> = {
  SOLO: 0.3,
  MICRO: 0.5,
  SMALL: 1,
  MEDIUM: 1.6,
  LARGE: 2.5,
};
/** Companies that make projects in the region. */
const OWNER_KINDS = new Set(['PRODUCTION', 'ANIMATION', 'GAME_STUDIO', 'IMMERSIVE_XR']);

/** Faker's own weighted draw (a float), not the directory's integer table: the demo projects were drawn so. */
class ProjectRandom extends DemoRandom {
  override weighted<T>(entries: Weighted<T>): T {
    return this.faker.helpers.weightedArrayElement(entries.map(([value, weight]) => ({ value, weight })));
  }
}

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? key);
}

/** Budgets rounded to a round figure: €10,000 steps above €100,000, €1,000 below. */
function roundBudget(value: number): number {
  const step = value >= 100_000 ? 10_000 : 1_000;
  return Math.max(step, Math.round(value / step) * step);
}

/** The next edition of each festival on or after today (else its latest), by festival slug. */
function nextEditions(editions: readonly DemoEditionRef[], today: string): Map<string, DemoEditionRef> {
  const byFestival = new Map<string, DemoEditionRef>();
  const sorted = [...editions].sort(
    (a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id),
  );
  for (const edition of sorted) {
    const current = byFestival.get(edition.festivalSlug);
    if (!current || current.startsOn < today) byFestival.set(edition.festivalSlug, edition);
  }
  return byFestival;
}

function profileFormats(company: DemoCompanyRef): ProjectFormat[] {
  const own = company.formats.filter((f) => FORMATS.has(f)) as ProjectFormat[];
  const byKind = company.kinds.flatMap((kind) => KIND_FORMATS[kind] ?? []);
  return [...new Set([...own, ...byKind])].slice(0, 5);
}

function planProfile(
  random: ProjectRandom,
  company: DemoCompanyRef,
  editions: Map<string, DemoEditionRef>,
): DemoProfile {
  const formats = profileFormats(company);
  const bands = formats.map((f) => V.BUDGET_BANDS[f]);
  const factor = SIZE_FACTOR[company.sizeBand ?? 'SMALL'] ?? 1;
  const min = roundBudget(Math.min(...bands.map(([lo]) => lo)) * Math.min(1, factor));
  const max = roundBudget(Math.max(...bands.map(([, hi]) => hi)) * factor);
  const roles = [
    ...new Set(company.kinds.flatMap((kind) => KIND_ROLES[kind] ?? [PartnerRole.MINORITY_COPRODUCER])),
  ];
  const genres = [...new Set(formats.flatMap((f) => random.some(V.GENRES[f], 1, 2)))].slice(0, 6);
  const others = PARTNER_COUNTRIES.filter((c) => c !== company.country);
  const coproductionCountries = [...new Set(['FR', ...random.some(others, 0, 3)])].filter(
    (c) => c !== company.country,
  );
  const trackRecord = Array.from({ length: random.int(0, 6) }, () => {
    const format = random.pick(formats);
    const partners = [
      company.country,
      ...(random.chance(0.8) ? ['FR'] : []),
      ...(random.chance(0.3) ? [random.pick(others)] : []),
    ];
    return {
      title: fill(random.pick(V.TITLE_PATTERNS), titleWords(random)),
      year: random.int(2012, 2025),
      countries: [...new Set(partners)],
      format,
    };
  }).sort((a, b) => b.year - a.year || a.title.localeCompare(b.title));
  const festivals = [...new Set(formats.flatMap((f) => V.TARGET_FESTIVALS[f]))].sort();
  const attending = random
    .some(festivals, 0, 4)
    .concat(formats.includes(ProjectFormat.ANIMATED_SERIES) && random.chance(0.85) ? ['annecy'] : [])
    .flatMap((slug) => (editions.has(slug) ? [editions.get(slug)!.id] : []));
  return {
    companyId: company.id,
    formats,
    genres,
    coproductionCountries,
    budgetMinEur: min,
    budgetMaxEur: Math.max(min, max),
    rolesOffered: roles,
    languages: [...(COUNTRY_LANGUAGES[company.country] ?? ['en'])],
    trackRecord,
    seeksProjects: random.chance(0.8),
    attendingEditionIds: [...new Set(attending)],
  };
}

function titleWords(random: ProjectRandom): Record<string, string> {
  return {
    N: random.pick(V.NOUNS_PLURAL),
    P: random.pick(V.PLACES),
    M: random.pick(V.NOUNS_MASCULINE),
    F: random.pick(V.NOUNS_FEMININE),
    A: random.pick(V.ADJECTIVES),
    Y: String(random.int(1914, 2024)),
  };
}

/** Formats an owner company of these kinds makes. */
function ownerFormats(company: DemoCompanyRef): readonly (readonly [ProjectFormat, number])[] {
  const allowed = new Set(profileFormats(company));
  const weights = V.FORMAT_WEIGHTS.filter(([format]) => allowed.has(format));
  return weights.length > 0 ? weights : V.FORMAT_WEIGHTS;
}

function planProject(
  random: ProjectRandom,
  owner: DemoCompanyRef,
  format: ProjectFormat,
  team: string[],
  editions: Map<string, DemoEditionRef>,
  slugs: Set<string>,
): DemoProject {
  const words = titleWords(random);
  const title = fill(random.pick(V.TITLE_PATTERNS), words);
  let slug = slugify(title);
  for (let n = 2; slugs.has(slug); n++) slug = `${slugify(title)}-${n}`;
  slugs.add(slug);
  const stage = random.weighted(V.STAGE_WEIGHTS);
  const [lo, hi] = V.BUDGET_BANDS[format];
  const budgetEur = roundBudget(lo + (hi - lo) * random.faker.number.float({ min: 0, max: 1 }) ** 1.6);
  const [sLo, sHi] = V.SECURED_SHARE[stage];
  const financingSecuredEur = Math.min(
    budgetEur,
    roundBudget(budgetEur * random.faker.number.float({ min: sLo, max: sHi })),
  );
  const interactive = format === ProjectFormat.XR || format === ProjectFormat.TRANSMEDIA;
  const countriesSought = [
    ...new Set([
      ...(interactive || random.chance(0.6) ? ['BE'] : []),
      ...random.some(PARTNER_COUNTRIES, 0, 2),
    ]),
  ].sort();
  const fundSlugs = random.some(V.FUNDS_BY_FORMAT[format], 1, 3);
  if (interactive && countriesSought.includes('BE') && !fundSlugs.includes('pictanovo-wallimage-interactive'))
    fundSlugs.push('pictanovo-wallimage-interactive');
  const obtainedShare = stage === ProjectStage.WRITING || stage === ProjectStage.DEVELOPMENT ? 0.2 : 0.6;
  const festivals = random.some(V.TARGET_FESTIVALS[format], 1, 2);
  const genres = random.some(V.GENRES[format], 1, 3);
  const logline = fill(random.pick(V.LOGLINE_PATTERNS), {
    P: words.P,
    who: random.pick(V.WHO),
    what: random.pick(V.WHAT),
    when: random.pick(V.WHEN),
    event: random.pick(V.EVENTS),
    secret: random.pick(V.SECRETS),
  });
  const visibility = random.weighted([
    [ProjectVisibility.PUBLIC, 60],
    [ProjectVisibility.MEMBERS, 25],
    [ProjectVisibility.PRIVATE, 15],
  ] as const);
  return {
    id: random.uuid(),
    slug,
    title,
    logline: logline.charAt(0).toUpperCase() + logline.slice(1),
    synopsis: `${logline.charAt(0).toUpperCase() + logline.slice(1)} A ${genres.join(', ')} project developed in Hauts-de-France, looking for partners to complete its financing.`,
    format,
    genres,
    stage,
    budgetEur,
    financingSecuredEur,
    languages: random.chance(0.25) ? ['fr', 'en'] : ['fr'],
    countriesSought,
    rolesSought: random.some(V.ROLES_SOUGHT[format], 1, 3),
    ownerCompanyId: owner.id,
    funds: fundSlugs.map((fund) => {
      const status = random.chance(obtainedShare) ? FundStatus.OBTAINED : FundStatus.APPLIED;
      return {
        fund,
        status,
        amountEur: random.chance(0.7)
          ? roundBudget(budgetEur * random.faker.number.float({ min: 0.03, max: 0.15 }))
          : null,
      };
    }),
    targetEditionIds: festivals.flatMap((slug) => (editions.has(slug) ? [editions.get(slug)!.id] : [])),
    visibility,
    team: random
      .some(team, 0, 3)
      .map((personId, i) => ({ personId, role: i === 0 ? 'producer' : random.pick(V.TEAM_ROLES) })),
  };
}

export function planCoproductionDemo(
  reference: CoproductionDemoReference,
  options: { seed: number; today: Date; projects?: number },
): CoproductionDemoPlan {
  const random = new ProjectRandom(seededFaker(((options.seed >>> 0) * 7_919 + 61) % 2 ** 32));
  const today = options.today.toISOString().slice(0, 10);
  const editions = nextEditions(reference.editions, today);
  const companies = [...reference.companies].sort((a, b) => a.slug.localeCompare(b.slug));
  const teamOf = new Map<string, string[]>();
  for (const a of [...reference.affiliations].sort((x, y) => x.personId.localeCompare(y.personId))) {
    teamOf.set(a.companyId, [...(teamOf.get(a.companyId) ?? []), a.personId]);
  }

  const profiles: DemoProfile[] = [];
  for (const company of companies) {
    const foreign = company.country !== 'FR';
    const regionalPartner =
      !foreign && company.kinds.some((k) => KIND_ROLES[k]) && random.chance(FRENCH_PROFILE_SHARE);
    if (foreign || regionalPartner) profiles.push(planProfile(random, company, editions));
  }

  const owners = companies.filter((c) => c.country === 'FR' && c.kinds.some((kind) => OWNER_KINDS.has(kind)));
  const projects: DemoProject[] = [];
  const slugs = new Set(reference.takenProjectSlugs ?? []);
  const count = options.projects ?? DEMO_PROJECTS;
  // Every format at least once, then weighted: the region makes all of them.
  const formats = [
    ...Object.values(ProjectFormat),
    ...Array.from({ length: Math.max(0, count - 10) }, () => random.weighted(V.FORMAT_WEIGHTS)),
  ];
  for (const format of formats.slice(0, count)) {
    const candidates = owners.filter((o) => ownerFormats(o).some(([f]) => f === format));
    const owner = random.pick(candidates.length > 0 ? candidates : owners);
    if (!owner) break;
    projects.push(planProject(random, owner, format, teamOf.get(owner.id) ?? [], editions, slugs));
  }
  return { projects, profiles };
}
