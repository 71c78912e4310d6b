import {
  CRAFTS,
  currentVerifiedMembership,
  endedVerifiedMembership,
  frenchTitle,
  peopleSiteIdsSql,
  personSiteIdsSql,
  resolveCraft,
  TitleForm,
  Visibility,
} from '@crossroads/directory';
import { hasMark, markWhole, unmarked } from '../query/highlight';
import type { EntityManager } from 'typeorm';
import { availableDays, HORIZON_DAYS } from './availability-days';
import {
  CRAFT_NAME_ATTRIBUTES,
  craftNameFields,
  craftNamesWhole,
  personQueryText,
  type CraftNameAttribute,
} from './craft-names';
import type { BaseDocument, SearchIndexDefinition } from './search-index.definition';
import { SearchType } from './search-type.enum';
import { BASE_SETTINGS } from './shared-settings';

/** Levels at which someone "speaks" a language for a search filter (BASIC does not count). */
const WORKING_LEVELS = ['NATIVE', 'FLUENT', 'PROFESSIONAL'];

export interface PersonDocument extends BaseDocument, Record<CraftNameAttribute, string[]> {
  name: string;
  kinds: string[];
  headline: string | null;
  bio: string[];
  skills: string[];
  crafts: string[];
  /** French title in the form the person chose, then the English one, for each craft: what hits show. */
  craftLabels: string[];
  /** How the person's titles are written (FEMININE, MASCULINE, INCLUSIVE). */
  titleForm: TitleForm;
  /** Every name of two words or more of their crafts glued into one word: a whole title matches (craft-names.ts). */
  craftNamesWhole: string[];
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
  title_form: TitleForm;
  headline: string | null;
  bio_fr: string | null;
  bio_en: string | null;
  skills: string[];
  city: string | null;
  lat: number | null;
  lng: number | null;
  visibility: { availability?: Visibility };
  is_demo: boolean;
  updated_at: Date;
  site_slugs: string[];
  site_names: string[];
  school_slug: string | null;
  school_name: string | null;
  programme_title: string | null;
  crafts: {
    slug: string;
    labelFr: string;
    labelFrFeminine: string | null;
    labelFrInclusive: string | null;
    labelEn: string;
    department: string;
    synonyms: string[];
  }[];
  languages: { language: string; level: string }[];
  availability: { from: string; to: string }[];
  companies: string[];
}

/** The people in the index: those who consented to the public directory (`p` is the person row). */
const SEARCHABLE = 'p.consent_directory';

/**
 * Only public data, only for people who consented to the public directory: the people `where` selects (a
 * condition on `p`, with its own ORDER BY / LIMIT if any), then each of their lists with one join over all of
 * them, not one sub-select per person: the relay and the reindex load thousands at once (docs/BENCHMARKS.md).
 */
const selectPeople = (where: string) => `
  WITH people AS MATERIALIZED (
    SELECT p.id, p.slug, p.first_name, p.last_name, p.kinds, p.title_form, p.headline, p.bio_fr, p.bio_en, p.skills, p.city,
           p.lat, p.lng, p.visibility, p.is_demo, p.updated_at, p.site_id, p.school_id, p.programme_id
      FROM person p WHERE ${SEARCHABLE} AND ${where}),
  sites AS (
    SELECT ps.person_id, array_agg(s.slug ORDER BY s.slug) AS site_slugs, array_agg(s.name ORDER BY s.slug) AS site_names
      FROM ${peopleSiteIdsSql('people')} AS ps JOIN site s ON s.id = ps.site_id GROUP BY ps.person_id),
  crafts AS (
    SELECT pc.person_id, json_agg(json_build_object('slug', c.slug, 'labelFr', c.label_fr,
                                  'labelFrFeminine', c.label_fr_feminine, 'labelFrInclusive', c.label_fr_inclusive,
                                  'labelEn', c.label_en, 'department', c.department_slug, 'synonyms', c.synonyms)
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
     WHERE ${currentVerifiedMembership('af')} GROUP BY af.person_id)
  SELECT p.id, p.slug, p.first_name, p.last_name, p.kinds, p.title_form, p.headline, p.bio_fr, p.bio_en, p.skills, p.city,
         p.lat, p.lng, p.visibility, p.is_demo, p.updated_at,
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
  SELECT p.id, p.slug, p.first_name, p.last_name, p.kinds, p.title_form, p.headline, p.bio_fr, p.bio_en, p.skills, p.city,
         p.lat, p.lng, p.visibility, p.is_demo, p.updated_at,
         COALESCE((SELECT array_agg(s.slug ORDER BY s.slug) FROM site s WHERE s.id IN ${personSiteIdsSql('p')}), '{}')
           AS site_slugs,
         COALESCE((SELECT array_agg(s.name ORDER BY s.slug) FROM site s WHERE s.id IN ${personSiteIdsSql('p')}), '{}')
           AS site_names,
         sc.slug AS school_slug, sc.name AS school_name,
         pr.title AS programme_title,
         COALESCE((SELECT json_agg(json_build_object('slug', c.slug, 'labelFr', c.label_fr,
                                'labelFrFeminine', c.label_fr_feminine, 'labelFrInclusive', c.label_fr_inclusive,
                                'labelEn', c.label_en, 'department', c.department_slug, 'synonyms', c.synonyms) ORDER BY pc.is_primary DESC, pc.craft_slug)
                     FROM person_craft pc JOIN craft c ON c.slug = pc.craft_slug WHERE pc.person_id = p.id), '[]')
           AS crafts,
         COALESCE((SELECT json_agg(json_build_object('language', l.language, 'level', l.level) ORDER BY l.language)
                     FROM person_language l WHERE l.person_id = p.id), '[]') AS languages,
         COALESCE((SELECT json_agg(json_build_object('from', a.starts_on, 'to', a.ends_on) ORDER BY a.starts_on)
                     FROM availability a WHERE a.person_id = p.id), '[]') AS availability,
         COALESCE((SELECT array_agg(DISTINCT co.name) FROM affiliation af JOIN company co ON co.id = af.company_id
                    WHERE af.person_id = p.id AND ${currentVerifiedMembership('af')}), '{}') AS companies
    FROM person p
    LEFT JOIN school sc ON sc.id = p.school_id
    LEFT JOIN programme pr ON pr.id = p.programme_id
   WHERE ${SEARCHABLE}`;

/** Up to this many ids, SELECT_FEW; beyond, the set-wise query. */
const FEW = 50;
const LOAD = selectPeople('p.id = ANY($1::uuid[])');
const LOAD_PAGE = selectPeople('($1::uuid IS NULL OR p.id > $1) ORDER BY p.id LIMIT $2');
const LOAD_VERSIONS = `
  SELECT p.id, p.updated_at FROM person p
   WHERE ${SEARCHABLE} AND ($1::uuid IS NULL OR p.id > $1) ORDER BY p.id LIMIT $2`;

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
    craftLabels: row.crafts.flatMap((craft) => [frenchTitle(craft, row.title_form), craft.labelEn]),
    titleForm: row.title_form,
    ...craftNameFields(row.crafts),
    craftNamesWhole: craftNamesWhole(row.crafts),
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
    isDemo: row.is_demo,
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
    // People are found by job title, and a person holds up to ten: the words of a query must sit together in one
    // title (proximity, measured word by word) before the shorter title wins (attribute). With `attribute` first,
    // "cheffe" from "Cheffe électricienne" and "opératrice" from "Opératrice grue" outranked the DoPs' "cheffe
    // opératrice" (judged set at demo scale: precision@10 0.954 → 0.998, docs/SEARCH-RELEVANCE.md).
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    proximityPrecision: 'byWord',
    searchableAttributes: [
      'name',
      // Every name of the person's crafts, shortest names first: "chef opérateur" is a DoP (a 2-word name)
      // before it is the start of "Chef opérateur du son" (3 words once "du" is out). See craft-names.ts.
      ...CRAFT_NAME_ATTRIBUTES,
      'craftLabels',
      'headline',
      'skills',
      'companies',
      'schoolName',
      'programme',
      'city',
      'siteName',
      'bio',
      // Whole titles glued into one word, which the query gets too when it names a craft: only the holders of
      // that title match every word (craft-names.ts, docs/SEARCH-RELEVANCE.md).
      'craftNamesWhole',
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
    // Every name of a craft is in the document itself (craftNames1…5): no engine synonyms, which matched
    // "chef opérateur" inside "chef opérateur du son" as well as the DoP's names.
    synonyms: {},
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
  loadVersions: async (manager: EntityManager, afterId, limit) =>
    ((await manager.query(LOAD_VERSIONS, [afterId, limit])) as Pick<PersonRow, 'id' | 'updated_at'>[]).map(
      (row) => ({ id: row.id, updatedAt: row.updated_at.getTime() }),
    ),
  // A person's companies and the sites they bring are their current memberships: one that ends by date, with no
  // edit, must leave the document (its company names, its sites). And a document holds the days a person is free up
  // to HORIZON_DAYS after the day it was built: as the horizon moves, the free days it reaches must come in.
  changedByDate: (days) => `
    SELECT af.person_id AS id FROM affiliation af JOIN person p ON p.id = af.person_id
     WHERE ${SEARCHABLE} AND ${endedVerifiedMembership('af', days)}
    UNION
    SELECT a.person_id AS id FROM availability a JOIN person p ON p.id = a.person_id
     WHERE ${SEARCHABLE} AND a.ends_on > current_date - ${Math.trunc(days)} + ${HORIZON_DAYS}
       AND a.starts_on <= current_date + ${HORIZON_DAYS}`,
  queryText: personQueryText,
  // "chef opérateur" matches a synonym, not the person's own title: the highlight is then the title of the craft
  // it names, written in the person's form (Directrice de la photographie), or its English title for an English
  // reader (Director of Photography), as the subtitle is.
  matchedHighlight: {
    attributes: CRAFT_NAME_ATTRIBUTES,
    highlight: (person, formatted, lang) => {
      const matched = CRAFT_NAME_ATTRIBUTES.flatMap((name) => formatted[name] ?? []).find(hasMark);
      const slug = matched && resolveCraft(unmarked(matched));
      const craft = slug && CRAFTS.find((c) => c.slug === slug);
      if (!craft) return undefined;
      return markWhole(lang === 'en' ? craft.labelEn : frenchTitle(craft, person.titleForm));
    },
  },
  hitAttributes: ['name', 'craftLabels', 'headline', 'city', 'titleForm'],
  // craftLabels holds each craft's French title (in the person's form) then its English one, primary craft first.
  hitText: (person, lang) => ({
    title: person.name,
    subtitle:
      [person.craftLabels[lang === 'en' ? 1 : 0] ?? person.headline, person.city]
        .filter(Boolean)
        .join(' · ') || null,
  }),
};
