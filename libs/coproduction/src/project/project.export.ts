import type { KeysetExport } from '@crossroads/core';

/**
 * Projects for the spreadsheet export (transfer): the import template's columns. Without private data, PUBLIC and
 * MEMBERS projects only (a PRIVATE project is its team's and staff's).
 */
export const PROJECTS_EXPORT: KeysetExport = {
  type: 'projects',
  sql: (includePrivate) => `
    SELECT p.id, p.title, p.slug, p.logline, p.synopsis, p.format, p.genres, p.stage, p.budget_eur AS budget,
      p.financing_secured_eur AS financing_secured, p.languages, p.countries_sought, p.roles_sought,
      c.slug AS owner_company, p.visibility
    FROM project p LEFT JOIN company c ON c.id = p.owner_company_id
    WHERE p.id > $1 ${includePrivate ? '' : "AND p.visibility <> 'PRIVATE'"} {where}
    ORDER BY p.id LIMIT $2`,
  filters: {
    format: (param) => `p.format = upper(${param})`,
    stage: (param) => `p.stage = upper(${param})`,
    genre: (param) => `p.genres @> ARRAY[lower(${param})]`,
    country: (param) => `p.countries_sought @> ARRAY[upper(${param})]`,
    visibility: (param) => `p.visibility = upper(${param})`,
    owner_company: (param) => `c.slug = ${param}`,
  },
};
