import type { KeysetExport } from '@crossroads/core';

/**
 * People for the spreadsheet export (transfer): the import template's columns. Without private data, only people
 * who consented to the directory, and links only when shown to everyone.
 */
export const PEOPLE_EXPORT: KeysetExport = {
  type: 'people',
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
