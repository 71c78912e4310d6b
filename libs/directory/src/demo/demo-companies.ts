import { CompanyKind, WorkFormat } from '../shared/directory.enums';
import { makeSiren } from '../shared/siren';
import {
  COMPANY_KINDS,
  FOREIGN_NAME_PATTERNS,
  FOREIGN_WORDS,
  FOREIGN_WORDS_MASCULINE_FR,
  SIZE_BANDS,
  WORDS,
  WORDS_MASCULINE,
} from './demo-companies.data';
import { Context, STREAM_COMPANIES, streamFaker } from './demo-context';
import { FOREIGN_COUNTRIES, ForeignCountry } from './demo-places.data';
import { DemoRandom } from './demo-random';
import { FRENCH_COMPANIES_PER_SCALE } from './demo-scale';
import { fill, frenchSurname, listEn, listFr, lowerFirst, slugBase, UniqueNames } from './demo-text';
import type { DemoCompany, DemoSiteRef } from './demo-types';
import { FORMAT_LABELS } from './demo-works.data';

/** The demo companies of a replica: French ones of every kind first, then the foreign partners. */

export interface CompanyRegistry {
  slugs: UniqueNames;
  sirens: UniqueNames;
}

/** A few tries for a name no other company has; past them, the slug gets a suffix. */
function distinctName(registry: CompanyRegistry, draw: () => string): string {
  let name = draw();
  for (let attempt = 1; attempt < 8 && registry.slugs.has(slugBase(name)); attempt++) name = draw();
  return name;
}

function companyFormats(random: DemoRandom, kinds: readonly CompanyKind[]): WorkFormat[] {
  const formats = new Set<WorkFormat>();
  for (const kind of kinds) {
    for (const format of random.some(COMPANY_KINDS[kind].formats, 1, 3)) formats.add(format);
  }
  return [...formats];
}

function companyDescriptions(
  name: string,
  kinds: readonly CompanyKind[],
  formats: readonly WorkFormat[],
  city: string,
  founded: number,
  where: { siteName?: string; country?: ForeignCountry },
): { descriptionFr: string; descriptionEn: string } {
  const [main, second] = kinds.map((kind) => COMPANY_KINDS[kind]);
  const placeFr = where.country ? `${city} (${where.country.labelFr})` : city;
  const placeEn = where.country ? `${city} (${where.country.labelEn})` : city;
  const fr = [`${name} : ${lowerFirst(main.labelFr)} à ${placeFr} depuis ${founded}.`];
  const en = [`${name}: ${lowerFirst(main.labelEn)} in ${placeEn} since ${founded}.`];
  if (second) {
    fr.push(`Également : ${lowerFirst(second.labelFr)}.`);
    en.push(`Also: ${lowerFirst(second.labelEn)}.`);
  }
  if (formats.length > 0) {
    fr.push(`Spécialités : ${listFr(formats.map((f) => FORMAT_LABELS[f][0]))}.`);
    en.push(`Specialities: ${listEn(formats.map((f) => FORMAT_LABELS[f][1]))}.`);
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

function siteName(site: DemoSiteRef): string {
  return (
    site.name ??
    site.slug
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' ')
  );
}

function frenchCompany(random: DemoRandom, ctx: Context, registry: CompanyRegistry): DemoCompany {
  const id = random.uuid();
  const kind = ctx.frenchCompanyKinds.pick(random);
  const profile = COMPANY_KINDS[kind];
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
      W: random.pick(WORDS),
      M: random.pick(WORDS_MASCULINE),
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
    sizeBand: random.weighted(SIZE_BANDS),
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
  random: DemoRandom,
  ctx: Context,
  registry: CompanyRegistry,
  country: ForeignCountry,
): DemoCompany {
  const id = random.uuid();
  const kind = ctx.foreignCompanyKinds.pick(random);
  const kinds = [kind];
  if (random.chance(0.2)) {
    const extra = random.pick(COMPANY_KINDS[kind].related);
    if (!kinds.includes(extra)) kinds.push(extra);
  }
  const formats = companyFormats(random, kinds);
  const city = random.pick(country.cities);
  const animation = kind === CompanyKind.ANIMATION;
  const patterns = FOREIGN_NAME_PATTERNS[city.language].filter((p) => /Anima/.test(p) === animation);
  const pattern = FOREIGN_KIND_PATTERNS[kind] ?? random.pick(patterns);
  const name = distinctName(registry, () =>
    fill(pattern, {
      S: random.pick(country.surnames),
      W: random.pick(FOREIGN_WORDS[city.language]),
      M: random.pick(FOREIGN_WORDS_MASCULINE_FR),
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
    sizeBand: random.weighted(SIZE_BANDS),
    website: `https://${slug}.example`,
    ...companyDescriptions(name, kinds, formats, city.name, founded, { country }),
  };
}

export function planCompanies(ctx: Context, replica: number, registry: CompanyRegistry): DemoCompany[] {
  const random = new DemoRandom(streamFaker(ctx.seed, replica, STREAM_COMPANIES));
  const companies: DemoCompany[] = [];
  for (let i = 0; i < FRENCH_COMPANIES_PER_SCALE; i++) companies.push(frenchCompany(random, ctx, registry));
  for (const country of FOREIGN_COUNTRIES) {
    for (let i = 0; i < country.share; i++) companies.push(foreignCompany(random, ctx, registry, country));
  }
  return companies;
}
