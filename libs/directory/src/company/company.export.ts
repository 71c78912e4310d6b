import type { KeysetExport } from '@crossroads/core';

/** Companies for the spreadsheet export (transfer): the import template's columns. */
export const COMPANIES_EXPORT: KeysetExport = {
  type: 'companies',
  sql: () => `
    SELECT c.id, c.name, c.siren, c.slug, c.country, c.city, c.postcode, c.lat, c.lng, c.kinds, c.formats,
      s.slug AS site, c.size_band, c.website, c.description_fr, c.description_en
    FROM company c LEFT JOIN site s ON s.id = c.site_id
    WHERE c.id > $1 {where}
    ORDER BY c.id LIMIT $2`,
  filters: {
    kind: (param) => `c.kinds @> ARRAY[upper(${param})]`,
    format: (param) => `c.formats @> ARRAY[upper(${param})]`,
    country: (param) => `c.country = upper(${param})`,
    city: (param) => `lower(c.city) = lower(${param})`,
    site: (param) => `s.slug = ${param}`,
  },
};
