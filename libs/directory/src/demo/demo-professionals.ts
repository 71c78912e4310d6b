import { LanguageLevel, PersonKind, Visibility } from '../shared/directory.enums';
import type { Context } from './demo-context';
import { DEPARTMENT_FORMATS } from './demo-crafts.data';
import { DAY_MS, isoDay } from './demo-days';
import { ACCENTS, AVAILABILITY_NOTES, EXTRA_KINDS, MOBILITY_KM, SPECIAL_SKILLS } from './demo-people.data';
import {
  basePerson,
  creditTitle,
  PeopleState,
  periods,
  planLanguages,
  ReplicaCompanies,
} from './demo-person-base';
import type { DemoRandom, Weighted } from './demo-random';
import { craftLabels, listEn, listFr } from './demo-text';
import type { DemoPerson } from './demo-types';
import { WORDS } from './demo-companies.data';
import { FORMAT_LABELS } from './demo-works.data';

/** The demo professionals: crafts by kind, credits at the demo companies, availability, affiliations, bios. */

function professionalCrafts(random: DemoRandom, ctx: Context, kind: PersonKind): string[] {
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

const CREDIT_COUNTS: Weighted<number> = [
  [0, 10],
  [1, 15],
  [2, 20],
  [3, 20],
  [4, 15],
  [5, 10],
  [6, 10],
];
const AVAILABILITY_COUNTS: Weighted<number> = [
  [0, 30],
  [1, 35],
  [2, 25],
  [3, 10],
];
const AFFILIATION_COUNTS: Weighted<number> = [
  [0, 50],
  [1, 40],
  [2, 10],
];

const EXTERNAL_COMPANY_SUFFIXES = ['Films', 'Productions', 'Pictures', 'Studio'];

export function professional(
  random: DemoRandom,
  ctx: Context,
  state: PeopleState,
  companies: ReplicaCompanies,
  featured: boolean,
): DemoPerson {
  const dop = 'director-of-photography';
  const kind = featured ? PersonKind.TECHNICIAN : ctx.professionalKinds.pick(random);
  const kinds = [kind];
  const extraKinds = EXTRA_KINDS[kind];
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
    mobilityKm: random.weighted(MOBILITY_KM),
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
    const formats = DEPARTMENT_FORMATS[craftSlug ? craftLabels(craftSlug).department : 'default'];
    const format = random.pick(formats ?? DEPARTMENT_FORMATS.default);
    const candidates = companies.byFormat.get(format);
    const company = candidates && random.chance(0.85) ? random.pick(candidates) : null;
    person.credits.push({
      id: random.uuid(),
      title: creditTitle(random, format),
      year: Math.max(random.int(2005, maxYear), random.int(2005, maxYear)),
      format,
      craftSlug,
      companyId: company?.id ?? null,
      companyName: company ? null : `${random.pick(WORDS)} ${random.pick(EXTERNAL_COMPANY_SUFFIXES)}`,
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
      ...periods(random, ctx, random.weighted(AVAILABILITY_COUNTS), AVAILABILITY_NOTES),
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
    person.accents = random.some(ACCENTS, 0, 3);
    person.specialSkills = random.some(SPECIAL_SKILLS, 0, 4);
  } else if (kinds.includes(PersonKind.VOICE_ACTOR)) {
    person.accents = random.some(ACCENTS, 1, 3);
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
    ? listFr(formats.map((f) => `des ${FORMAT_LABELS[f][0]}`))
    : 'des projets variés';
  const formatsEn = formats.length
    ? listEn(formats.map((f) => FORMAT_LABELS[f][1]))
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
