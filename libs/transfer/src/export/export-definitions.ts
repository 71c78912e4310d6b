import { COMPANY_COLUMNS } from '../definitions/companies.import';
import { PEOPLE_COLUMNS } from '../definitions/people.columns';
import { PROJECT_COLUMNS } from '../definitions/projects.import';
import { SCHOOL_COLUMNS } from '../definitions/schools.import';
import type { ImportType } from '../import/import-definition';
import type { ExportDefinition } from './export-definition';

const names = (columns: readonly { name: string }[]) => columns.map((column) => column.name);

const PEOPLE: ExportDefinition = {
  type: 'people',
  columns: names(PEOPLE_COLUMNS),
  privateColumns: ['email', 'phone'],
  // Without private data: only people who consented to the directory, links only when shown to everyone.
  sql: (includePrivate) => `
    SELECT p.id, p.first_name, p.last_name, p.email, p.slug, p.phone, p.kinds, p.title_form,
      ARRAY(SELECT craft_slug FROM person_craft WHERE person_id = p.id ORDER BY is_primary DESC, craft_slug) AS crafts,
      ARRAY(SELECT language || ':' || level FROM person_language WHERE person_id = p.id ORDER BY language) AS languages,
      p.headline, p.city, p.postcode, p.lat, p.lng, p.mobility_km, s.slug AS site, sc.slug AS school,
      pr.slug AS programme, p.graduation_year,
      ${['website', 'showreel_url', 'filmography_url']
        .map((column) =>
          includePrivate
            ? `p.${column}`
            : `CASE WHEN coalesce(p.visibility->>'links', 'PUBLIC') = 'PUBLIC' THEN p.${column} END AS ${column}`,
        )
        .join(', ')},
      p.skills, p.bio_fr, p.bio_en, p.consent_directory, p.consent_brochure
    FROM person p
    LEFT JOIN site s ON s.id = p.site_id
    LEFT JOIN school sc ON sc.id = p.school_id
    LEFT JOIN programme pr ON pr.id = p.programme_id
    WHERE p.id > $1 ${includePrivate ? '' : 'AND p.consent_directory'} {where}
    ORDER BY p.id LIMIT $2`,
  filters: {
    kind: (param) => `p.kinds @> ARRAY[upper(${param})]`,
    craft: (param) =>
      `EXISTS (SELECT 1 FROM person_craft c WHERE c.person_id = p.id AND c.craft_slug = ${param})`,
    language: (param) =>
      `EXISTS (SELECT 1 FROM person_language l WHERE l.person_id = p.id AND l.language = lower(${param}))`,
    city: (param) => `lower(p.city) = lower(${param})`,
    site: (param) => `s.slug = ${param}`,
    school: (param) => `sc.slug = ${param}`,
    programme: (param) => `pr.slug = ${param}`,
  },
};

const COMPANIES: ExportDefinition = {
  type: 'companies',
  columns: names(COMPANY_COLUMNS),
  privateColumns: [],
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

const SCHOOLS: ExportDefinition = {
  type: 'schools',
  columns: names(SCHOOL_COLUMNS),
  privateColumns: [],
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

// Without private data: PUBLIC and MEMBERS projects only (a PRIVATE project is its team's and staff's).
const PROJECTS: ExportDefinition = {
  type: 'projects',
  columns: names(PROJECT_COLUMNS),
  privateColumns: [],
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

export const EXPORT_DEFINITIONS: Record<ImportType, ExportDefinition> = {
  people: PEOPLE,
  companies: COMPANIES,
  schools: SCHOOLS,
  projects: PROJECTS,
};
