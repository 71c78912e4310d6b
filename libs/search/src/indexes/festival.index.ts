import type { EntityManager } from 'typeorm';
import type { BaseDocument, SearchIndexDefinition } from './search-index.definition';
import { SearchType } from './search-type.enum';
import { BASE_SETTINGS } from './shared-settings';

export interface FestivalDocument extends BaseDocument {
  name: string;
  city: string;
  country: string;
  kinds: string[];
  formats: string[];
  /** Names of its markets and forums across editions (MIFA, EFM…), so they find the festival. */
  markets: string[];
  years: number[];
}

interface FestivalRow {
  id: string;
  slug: string;
  name: string;
  city: string;
  country: string;
  kinds: string[];
  formats: string[];
  markets: string[];
  years: number[];
  updated_at: Date;
}

const SELECT = `
  SELECT f.id, f.slug, f.name, f.city, f.country, f.kinds, f.formats, f.updated_at,
         coalesce(array_agg(DISTINCT e.market_name) FILTER (WHERE e.market_name IS NOT NULL), '{}') AS markets,
         coalesce(array_agg(DISTINCT e.year) FILTER (WHERE e.year IS NOT NULL), '{}') AS years
    FROM festival f LEFT JOIN festival_edition e ON e.festival_id = f.id`;

function toDocument(row: FestivalRow): FestivalDocument {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    city: row.city,
    country: row.country,
    kinds: row.kinds,
    formats: row.formats,
    markets: row.markets,
    years: row.years.map(Number),
    isDemo: false,
    updatedAt: row.updated_at.getTime(),
  };
}

export const festivalIndex: SearchIndexDefinition<FestivalDocument> = {
  documentType: 'festival',
  searchType: SearchType.FESTIVAL,
  name: 'festivals',
  highlightAttributes: ['name', 'city'],
  filterAttributes: ['kinds', 'formats', 'country', 'city'],
  // `formats` as on companies and projects: the `formats` filter keeps festivals too, so they count in its facet.
  facets: { festivalKinds: 'kinds', festivalCountries: 'country', cities: 'city', formats: 'formats' },
  geo: false,
  settings: {
    ...BASE_SETTINGS,
    searchableAttributes: ['name', 'markets', 'city', 'kinds', 'country'],
    filterableAttributes: ['kinds', 'formats', 'country', 'city', 'years'],
    sortableAttributes: ['name'],
  },
  load: async (manager: EntityManager, ids) =>
    (
      (await manager.query(`${SELECT} WHERE f.id = ANY($1::uuid[]) GROUP BY f.id`, [ids])) as FestivalRow[]
    ).map(toDocument),
  loadPage: async (manager: EntityManager, afterId, limit) =>
    (
      (await manager.query(
        `${SELECT} WHERE ($1::uuid IS NULL OR f.id > $1) GROUP BY f.id ORDER BY f.id LIMIT $2`,
        [afterId, limit],
      )) as FestivalRow[]
    ).map(toDocument),
  hitAttributes: ['name', 'city', 'country'],
  hitText: (festival) => ({ title: festival.name, subtitle: `${festival.city} · ${festival.country}` }),
};
