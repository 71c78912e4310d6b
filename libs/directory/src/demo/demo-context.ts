import { COMMUNES, CommuneDefinition } from '../commune/communes.data';
import { CompanyKind, PersonKind } from '../shared/directory.enums';
import { COMPANY_KINDS } from './demo-companies.data';
import { DISCIPLINE_CRAFTS, KIND_CRAFTS, TECHNICIAN_DEPARTMENTS } from './demo-crafts.data';
import { utcMidnight } from './demo-days';
import { PROFESSIONAL_KINDS } from './demo-people.data';
import { COMMUNE_WEIGHTS } from './demo-places.data';
import { seededFaker, Weighted, WeightedTable } from './demo-random';
import { TOURCOING } from './demo-scale';
import type { DemoReference, DemoSchoolRef, DemoSiteRef } from './demo-types';

/** What every part of the demo plan reads: the reference rows sorted, the weighted tables built once. */

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** A faker stream per (seed, replica, purpose): replicas never depend on one another. */
export function streamFaker(seed: number, replica: number, stream: number) {
  return seededFaker(((seed >>> 0) * 1_000_003 + replica * 16 + stream) % 2 ** 32);
}

export const STREAM_PROGRAMMES = 0;
export const STREAM_COMPANIES = 1;
export const STREAM_PEOPLE = 2;

export interface ProgrammeSlot {
  id: string;
  schoolId: string;
  title: string;
  discipline: string;
}

export interface Context {
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

const FOREIGN_KIND_WEIGHTS: Weighted<CompanyKind> = [
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

export function buildContext(reference: DemoReference, seed: number, scale: number, today: Date): Context {
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
    Object.entries(KIND_CRAFTS).map(([kind, slugs]) => [kind as PersonKind, known(slugs)]),
  );
  const disciplineCrafts = new Map(
    Object.entries(DISCIPLINE_CRAFTS).map(([discipline, slugs]) => [discipline, known(slugs)]),
  );
  const technicianDepartments = TECHNICIAN_DEPARTMENTS.map(
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
    communes: new WeightedTable(COMMUNES.map((c) => [c, COMMUNE_WEIGHTS[c.name] ?? 1] as const)),
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
    professionalKinds: new WeightedTable(PROFESSIONAL_KINDS),
    technicianDepartments: new WeightedTable(
      technicianDepartments.length > 0 ? technicianDepartments : [[craftSlugs, 1]],
    ),
    kindCrafts,
    disciplineCrafts,
    frenchCompanyKinds: new WeightedTable(
      Object.entries(COMPANY_KINDS).map(([kind, profile]) => [kind as CompanyKind, profile.weight] as const),
    ),
    foreignCompanyKinds: new WeightedTable(FOREIGN_KIND_WEIGHTS),
  };
}
