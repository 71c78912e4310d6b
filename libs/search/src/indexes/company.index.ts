import type { EntityManager } from 'typeorm';
import type { BaseDocument, SearchIndexDefinition } from './search-index.definition';
import { SearchType } from './search-type.enum';
import { BASE_SETTINGS } from './shared-settings';

export interface CompanyDocument extends BaseDocument {
  name: string;
  kinds: string[];
  formats: string[];
  country: string;
  city: string;
  site: string | null;
  siteName: string | null;
  description: string[];
  /** From the co-production profile, when the company has one. */
  genres: string[];
  coproductionCountries: string[];
  rolesOffered: string[];
  seeksProjects: boolean;
  _geo?: { lat: number; lng: number };
}

interface CompanyRow {
  id: string;
  slug: string;
  name: string;
  kinds: string[];
  formats: string[];
  country: string;
  city: string;
  lat: number | null;
  lng: number | null;
  description_fr: string;
  description_en: string;
  is_demo: boolean;
  updated_at: Date;
  site_slug: string | null;
  site_name: string | null;
  profile_formats: string[] | null;
  genres: string[] | null;
  coproduction_countries: string[] | null;
  roles_offered: string[] | null;
  seeks_projects: boolean | null;
}

const SELECT = `
  SELECT c.id, c.slug, c.name, c.kinds, c.formats, c.country, c.city, c.lat, c.lng, c.description_fr,
         c.description_en, c.is_demo, GREATEST(c.updated_at, cp.updated_at) AS updated_at, s.slug AS site_slug,
         s.name AS site_name, cp.formats AS profile_formats, cp.genres, cp.coproduction_countries,
         cp.roles_offered, cp.seeks_projects
    FROM company c LEFT JOIN site s ON s.id = c.site_id
    LEFT JOIN coproduction_profile cp ON cp.company_id = c.id
   WHERE true`;

function toDocument(row: CompanyRow): CompanyDocument {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kinds: row.kinds,
    formats: [...new Set([...row.formats, ...(row.profile_formats ?? [])])],
    country: row.country,
    city: row.city,
    site: row.site_slug,
    siteName: row.site_name,
    description: [row.description_fr, row.description_en].filter(Boolean),
    genres: row.genres ?? [],
    coproductionCountries: row.coproduction_countries ?? [],
    rolesOffered: row.roles_offered ?? [],
    seeksProjects: row.seeks_projects ?? false,
    ...(row.lat !== null && row.lng !== null && { _geo: { lat: row.lat, lng: row.lng } }),
    isDemo: row.is_demo,
    updatedAt: row.updated_at.getTime(),
  };
}

export const companyIndex: SearchIndexDefinition<CompanyDocument> = {
  documentType: 'company',
  searchType: SearchType.COMPANY,
  name: 'companies',
  highlightAttributes: ['name', 'city'],
  filterAttributes: ['kinds', 'formats', 'country', 'city', 'site', 'genres'],
  facets: {
    companyKinds: 'kinds',
    countries: 'country',
    cities: 'city',
    sites: 'site',
    formats: 'formats',
    genres: 'genres',
  },
  geo: true,
  settings: {
    ...BASE_SETTINGS,
    searchableAttributes: ['name', 'kinds', 'city', 'siteName', 'country', 'description', 'genres'],
    filterableAttributes: [
      'kinds',
      'formats',
      'country',
      'city',
      'site',
      'genres',
      'coproductionCountries',
      'rolesOffered',
      'seeksProjects',
      '_geo',
    ],
    sortableAttributes: ['name', '_geo'],
  },
  load: async (manager: EntityManager, ids) =>
    ((await manager.query(`${SELECT} AND c.id = ANY($1::uuid[])`, [ids])) as CompanyRow[]).map(toDocument),
  loadPage: async (manager: EntityManager, afterId, limit) =>
    (
      (await manager.query(`${SELECT} AND ($1::uuid IS NULL OR c.id > $1) ORDER BY c.id LIMIT $2`, [
        afterId,
        limit,
      ])) as CompanyRow[]
    ).map(toDocument),
  hitAttributes: ['name', 'city', 'country'],
  hitText: (company) => ({ title: company.name, subtitle: `${company.city} · ${company.country}` }),
};
