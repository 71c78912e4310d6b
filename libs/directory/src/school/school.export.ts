import type { KeysetExport } from '@crossroads/core';

/** Schools for the spreadsheet export (transfer): the import template's columns. */
export const SCHOOLS_EXPORT: KeysetExport = {
  type: 'schools',
  sql: () => `
    SELECT c.id, c.name, c.slug, c.city, s.slug AS site, c.website, c.description_fr, c.description_en
    FROM school c LEFT JOIN site s ON s.id = c.site_id
    WHERE c.id > $1 {where}
    ORDER BY c.id LIMIT $2`,
  filters: {
    city: (param) => `lower(c.city) = lower(${param})`,
    site: (param) => `s.slug = ${param}`,
  },
};
