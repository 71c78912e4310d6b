import { Site } from '@crossroads/directory';
import { In, MoreThan } from 'typeorm';
import type { BaseDocument, SearchIndexDefinition } from './search-index.definition';
import { SearchType } from './search-type.enum';
import { BASE_SETTINGS } from './shared-settings';

export interface SiteDocument extends BaseDocument {
  name: string;
  city: string;
  /** Its own slug, so a `sites` filter finds the site itself too. */
  site: string;
  descriptionFr: string;
  descriptionEn: string;
  facilities: string[];
  _geo: { lat: number; lng: number };
}

function toDocument(site: Site): SiteDocument {
  return {
    id: site.id,
    slug: site.slug,
    name: site.name,
    city: site.city,
    site: site.slug,
    descriptionFr: site.descriptionFr,
    descriptionEn: site.descriptionEn,
    facilities: site.facilities,
    _geo: { lat: site.lat, lng: site.lng },
    isDemo: false,
    updatedAt: site.updatedAt.getTime(),
  };
}

export const siteIndex: SearchIndexDefinition<SiteDocument> = {
  documentType: 'site',
  searchType: SearchType.SITE,
  name: 'sites',
  highlightAttributes: ['name', 'city'],
  filterAttributes: ['city', 'site'],
  facets: { cities: 'city', sites: 'site' },
  geo: true,
  settings: {
    ...BASE_SETTINGS,
    searchableAttributes: ['name', 'city', 'facilities', 'descriptionFr', 'descriptionEn'],
    filterableAttributes: ['city', 'site', '_geo'],
    sortableAttributes: ['name', '_geo'],
  },
  load: async (manager, ids) =>
    (await manager.getRepository(Site).findBy({ id: In([...ids]) })).map(toDocument),
  loadPage: async (manager, afterId, limit) =>
    (
      await manager.getRepository(Site).find({
        where: afterId ? { id: MoreThan(afterId) } : {},
        order: { id: 'ASC' },
        take: limit,
      })
    ).map(toDocument),
  hitAttributes: ['name', 'city'],
  hitText: (site) => ({ title: site.name, subtitle: site.city }),
};
