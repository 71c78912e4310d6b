import { CRAFTS, peopleSiteIdsSql, personSiteIdsSql, Visibility } from '@crossroads/directory';
import type { EntityManager } from 'typeorm';
import { availableDays } from './availability-days';
import { craftSynonyms } from './craft-synonyms';
import type { BaseDocument, SearchIndexDefinition } from './search-index.definition';
import { SearchType } from './search-type.enum';
import { BASE_SETTINGS } from './shared-settings';

/** Levels at which someone "speaks" a language for a search filter (BASIC does not count). */
const WORKING_LEVELS = ['NATIVE', 'FLUENT', 'PROFESSIONAL'];

export interface PersonDocument extends BaseDocument {
  name: string;
  kinds: string[];
  headline: string | null;
  bio: string[];
  skills: string[];
  crafts: string[];
  craftLabels: string[];
  /** Every name of the person's crafts (labels, synonyms, abbreviations), so typos and exact titles match them. */
  craftNames: string[];
  departments: string[];
  languages: string[];
  city: string | null;
  /** Every site the person belongs to: their own, their school's or programme's, their current companies'. */
  site: string[];
  siteName: string[];
  school: string | null;
  schoolName: string | null;
  programme: string | null;
  companies: string[];
  availableDays: number[];
  _geo?: { lat: number; lng: number };
}

interface PersonRow {
  id: string;
  slug: string;
  first_name: string;
  last_name: string;
  kinds: string[];
  headline: string | null;
  bio_fr: string | null;
  bio_en: string | null;
  skills: string[];
  city: string | null;
  lat: number | null;
  lng: number | null;
  visibility: { availability?: Visibility };
  updated_at: Date;
  site_slugs: string[];
  site_names: string[];
  school_slug: string | null;
  school_name: string | null;
  programme_title: string | null;
  crafts: { slug: string; fr: string; en: string; department: string; synonyms: string[] }[];
  languages: { language: string; level: string }[];
  availability: { from: string; to: string }[];
  companies: string[];
}

/**
 * Only public data, only for people who consented to the public directory: the people `where` selects (a
 * condition on `p`, with its own ORDER BY / LIMIT if any), then each of their lists with one join over all of
 * them, not one sub-select per person: the relay and the reindex load thousands at once (docs/BENCHMARKS.md).
 */
const selectPeople = (where: string) => `
  WITH people AS MATERIALIZED (
    SELECT p.id, p.slug, p.first_name, p.last_name, p.kinds, p.headline, p.bio_fr, p.bio_en, p.skills, p.city,
           p.lat, p.lng, p.visibility, p.updated_at, p.site_id, p.school_id, p.programme_id
      FROM person p WHERE p.consent_directory AND ${where}),
  sites AS (
    SELECT ps.person_id, array_agg(s.slug ORDER BY s.slug) AS site_slugs, array_agg(s.name ORDER BY s.slug) AS site_names
      FROM ${peopleSiteIdsSql('people')} AS ps JOIN site s ON s.id = ps.site_id GROUP BY ps.person_id),
  crafts AS (
    SELECT pc.person_id, json_agg(json_build_object('slug', c.slug, 'fr', c.label_fr, 'en', c.label_en,
                                                    'department', c.department_slug, 'synonyms', c.synonyms)
                                  ORDER BY pc.is_primary DESC, pc.craft_slug) AS crafts
      FROM people JOIN person_craft pc ON pc.person_id = people.id JOIN craft c ON c.slug = pc.craft_slug
     GROUP BY pc.person_id),
  languages AS (
    SELECT l.person_id, json_agg(json_build_object('language', l.language, 'level', l.level) ORDER BY l.language) AS languages
      FROM people JOIN person_language l ON l.person_id = people.id GROUP BY l.person_id),
  availability AS (
    SELECT a.person_id, json_agg(json_build_object('from', a.starts_on, 'to', a.ends_on) ORDER BY a.starts_on) AS availability
      FROM people JOIN availability a ON a.person_id = people.id GROUP BY a.person_id),
  companies AS (
    SELECT af.person_id, array_agg(DISTINCT co.name) AS companies
      FROM people JOIN affiliation af ON af.person_id = people.id JOIN company co ON co.id = af.company_id
     WHERE af.status = 'VERIFIED' GROUP BY af.person_id)
  SELECT p.id, p.slug, p.first_name, p.last_name, p.kinds, p.headline, p.bio_fr, p.bio_en, p.skills, p.city,
         p.lat, p.lng, p.visibility, p.updated_at,
         COALESCE(st.site_slugs, '{}') AS site_slugs, COALESCE(st.site_names, '{}') AS site_names,
         sc.slug AS school_slug, sc.name AS school_name, pr.title AS programme_title,
         COALESCE(cr.crafts, '[]') AS crafts, COALESCE(la.languages, '[]') AS languages,
         COALESCE(av.availability, '[]') AS availability, COALESCE(co.companies, '{}') AS companies
    FROM people p
    LEFT JOIN school sc ON sc.id = p.school_id
    LEFT JOIN programme pr ON pr.id = p.programme_id
    LEFT JOIN sites st ON st.person_id = p.id
    LEFT JOIN crafts cr ON cr.person_id = p.id
    LEFT JOIN languages la ON la.person_id = p.id
    LEFT JOIN availability av ON av.person_id = p.id
    LEFT JOIN companies co ON co.person_id = p.id
   ORDER BY p.id`;

/**
 * The same rows for a few people (a single edit through the relay): one index probe per list and person, which
 * needs no statistics, where the set-wise joins above may scan a list's whole table when the planner misjudges
 * the batch (right after a bulk load, before autovacuum has analysed it).
 */
const SELECT_FEW = `
  SELECT p.id, p.slug, p.first_name, p.last_name, p.kinds, p.headline, p.bio_fr, p.bio_en, p.skills, p.city,
         p.lat, p.lng, p.visibility, p.updated_at,
         COALESCE((SELECT array_agg(s.slug ORDER BY s.slug) FROM site s WHERE s.id IN ${personSiteIdsSql('p')}), '{}')
           AS site_slugs,
         COALESCE((SELECT array_agg(s.name ORDER BY s.slug) FROM site s WHERE s.id IN ${personSiteIdsSql('p')}), '{}')
           AS site_names,
         sc.slug AS school_slug, sc.name AS school_name,
         pr.title AS programme_title,
         COALESCE((SELECT json_agg(json_build_object('slug', c.slug, 'fr', c.label_fr, 'en', c.label_en,
                                                     'department', c.department_slug, 'synonyms', c.synonyms) ORDER BY pc.is_primary DESC, pc.craft_slug)
                     FROM person_craft pc JOIN craft c ON c.slug = pc.craft_slug WHERE pc.person_id = p.id), '[]')
           AS crafts,
         COALESCE((SELECT json_agg(json_build_object('language', l.language, 'level', l.level) ORDER BY l.language)
                     FROM person_language l WHERE l.person_id = p.id), '[]') AS languages,
         COALESCE((SELECT json_agg(json_build_object('from', a.starts_on, 'to', a.ends_on) ORDER BY a.starts_on)
                     FROM availability a WHERE a.person_id = p.id), '[]') AS availability,
         COALESCE((SELECT array_agg(DISTINCT co.name) FROM affiliation af JOIN company co ON co.id = af.company_id
                    WHERE af.person_id = p.id AND af.status = 'VERIFIED'), '{}') AS companies
    FROM person p
    LEFT JOIN school sc ON sc.id = p.school_id
    LEFT JOIN programme pr ON pr.id = p.programme_id
   WHERE p.consent_directory`;

/** Up to this many ids, SELECT_FEW; beyond, the set-wise query. */
const FEW = 50;
const LOAD = selectPeople('p.id = ANY($1::uuid[])');
const LOAD_PAGE = selectPeople('($1::uuid IS NULL OR p.id > $1) ORDER BY p.id LIMIT $2');

function toDocument(row: PersonRow, today: Date): PersonDocument {
  const availabilityPublic = (row.visibility?.availability ?? Visibility.PUBLIC) === Visibility.PUBLIC;
  return {
    id: row.id,
    slug: row.slug,
    name: `${row.first_name} ${row.last_name}`,
    kinds: row.kinds,
    headline: row.headline,
    bio: [row.bio_fr, row.bio_en].filter((bio): bio is string => Boolean(bio)),
    skills: row.skills,
    crafts: row.crafts.map((craft) => craft.slug),
    craftLabels: row.crafts.flatMap((craft) => [craft.fr, craft.en]),
    craftNames: row.crafts.flatMap((craft) => craft.synonyms),
    departments: [...new Set(row.crafts.map((craft) => craft.department))],
    languages: row.languages.filter((l) => WORKING_LEVELS.includes(l.level)).map((l) => l.language.trim()),
    city: row.city,
    site: row.site_slugs,
    siteName: row.site_names,
    school: row.school_slug,
    schoolName: row.school_name,
    programme: row.programme_title,
    companies: row.companies,
    availableDays: availabilityPublic ? availableDays(row.availability, today) : [],
    ...(row.lat !== null && row.lng !== null && { _geo: { lat: row.lat, lng: row.lng } }),
    updatedAt: row.updated_at.getTime(),
  };
}

export const personIndex: SearchIndexDefinition<PersonDocument> = {
  documentType: 'person',
  searchType: SearchType.PERSON,
  name: 'people',
  highlightAttributes: ['name', 'craftLabels', 'headline', 'companies', 'schoolName'],
  filterAttributes: [
    'kinds',
    'crafts',
    'languages',
    'city',
    'site',
    'school',
    'availableDays',
    'departments',
  ],
  facets: { kinds: 'kinds', crafts: 'crafts', languages: 'languages', cities: 'city', sites: 'site' },
  geo: true,
  settings: {
    ...BASE_SETTINGS,
    searchableAttributes: [
      'name',
      // Trade names before labels: "chef opérateur" is a DoP before it is the start of "Chef opérateur du son".
      'craftNames',
      'craftLabels',
      'headline',
      'skills',
      'companies',
      'schoolName',
      'programme',
      'city',
      'siteName',
      'bio',
    ],
    filterableAttributes: [
      'kinds',
      'crafts',
      'departments',
      'languages',
      'city',
      'site',
      'school',
      'availableDays',
      '_geo',
    ],
    sortableAttributes: ['name', '_geo'],
    synonyms: craftSynonyms(CRAFTS),
  },
  load: async (manager: EntityManager, ids) =>
    (
      (await manager.query(ids.length <= FEW ? `${SELECT_FEW} AND p.id = ANY($1::uuid[])` : LOAD, [
        ids,
      ])) as PersonRow[]
    ).map((row) => toDocument(row, new Date())),
  loadPage: async (manager: EntityManager, afterId, limit) =>
    ((await manager.query(LOAD_PAGE, [afterId, limit])) as PersonRow[]).map((row) =>
      toDocument(row, new Date()),
    ),
  hitAttributes: ['name', 'craftLabels', 'headline', 'city'],
  hitText: (person) => ({
    title: person.name,
    subtitle: [person.craftLabels[0] ?? person.headline, person.city].filter(Boolean).join(' · ') || null,
  }),
};
