import type { EntityManager } from 'typeorm';
import type { BaseDocument, SearchIndexDefinition } from './search-index.definition';
import { SearchType } from './search-type.enum';
import { BASE_SETTINGS } from './shared-settings';

export interface SchoolDocument extends BaseDocument {
  name: string;
  city: string;
  site: string | null;
  siteName: string | null;
  description: string[];
  programmes: string[];
  disciplines: string[];
  levels: string[];
  _geo?: { lat: number; lng: number };
}

interface SchoolRow {
  id: string;
  slug: string;
  name: string;
  city: string;
  description_fr: string;
  description_en: string;
  is_demo: boolean;
  updated_at: Date;
  site_slug: string | null;
  site_name: string | null;
  lat: number | null;
  lng: number | null;
  programmes: string[];
  disciplines: string[];
  levels: string[];
}

/** A school's position is its site's, else its commune's when the commune is known. */
const SELECT = `
  SELECT sc.id, sc.slug, sc.name, sc.city, sc.description_fr, sc.description_en, sc.is_demo, sc.updated_at,
         s.slug AS site_slug, s.name AS site_name,
         COALESCE(s.lat, cm.lat) AS lat, COALESCE(s.lng, cm.lng) AS lng,
         COALESCE(array_agg(DISTINCT p.title) FILTER (WHERE p.id IS NOT NULL), '{}') AS programmes,
         COALESCE(array_agg(DISTINCT p.discipline) FILTER (WHERE p.id IS NOT NULL), '{}') AS disciplines,
         COALESCE(array_agg(DISTINCT p.level) FILTER (WHERE p.id IS NOT NULL), '{}') AS levels
    FROM school sc
    LEFT JOIN site s ON s.id = sc.site_id
    LEFT JOIN commune cm ON lower(cm.name) = lower(sc.city)
    LEFT JOIN programme p ON p.school_id = sc.id`;
const GROUP = `GROUP BY sc.id, s.slug, s.name, s.lat, s.lng, cm.lat, cm.lng`;

function toDocument(row: SchoolRow): SchoolDocument {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    city: row.city,
    site: row.site_slug,
    siteName: row.site_name,
    description: [row.description_fr, row.description_en].filter(Boolean),
    programmes: row.programmes,
    disciplines: row.disciplines,
    levels: row.levels,
    ...(row.lat !== null && row.lng !== null && { _geo: { lat: row.lat, lng: row.lng } }),
    isDemo: row.is_demo,
    updatedAt: row.updated_at.getTime(),
  };
}

export const schoolIndex: SearchIndexDefinition<SchoolDocument> = {
  documentType: 'school',
  searchType: SearchType.SCHOOL,
  name: 'schools',
  highlightAttributes: ['name', 'programmes'],
  filterAttributes: ['city', 'site', 'disciplines', 'levels'],
  facets: { cities: 'city', sites: 'site' },
  geo: true,
  settings: {
    ...BASE_SETTINGS,
    searchableAttributes: ['name', 'programmes', 'disciplines', 'city', 'siteName', 'description'],
    filterableAttributes: ['city', 'site', 'disciplines', 'levels', '_geo'],
    sortableAttributes: ['name', '_geo'],
  },
  load: async (manager: EntityManager, ids) =>
    ((await manager.query(`${SELECT} WHERE sc.id = ANY($1::uuid[]) ${GROUP}`, [ids])) as SchoolRow[]).map(
      toDocument,
    ),
  loadPage: async (manager: EntityManager, afterId, limit) =>
    (
      (await manager.query(
        `${SELECT} WHERE ($1::uuid IS NULL OR sc.id > $1) ${GROUP} ORDER BY sc.id LIMIT $2`,
        [afterId, limit],
      )) as SchoolRow[]
    ).map(toDocument),
  hitAttributes: ['name', 'siteName', 'city'],
  hitText: (school) => ({ title: school.name, subtitle: school.siteName ?? school.city }),
};
