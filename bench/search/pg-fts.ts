import { SearchIndexes } from '@crossroads/search';
import type { AppConfig } from '@crossroads/core';
import type { Meilisearch } from 'meilisearch';
import type { Pool } from 'pg';

/**
 * The PostgreSQL alternative to Meilisearch, built by the benchmark only (never in the product schema): one table
 * of the same public documents the search indexes hold, a weighted `tsvector` over unaccented text (name first,
 * trade names next, descriptions last), pg_trgm on names and trade names for typos, GIN indexes on the filter
 * arrays, a bounding box plus haversine for geo, and facet counts by GROUP BY over the matched rows. Typos: a
 * query word missing from the vocabulary (`bench_words`, from ts_stat) is widened to its closest vocabulary words
 * by trigram similarity, the spelling approach of the PostgreSQL manual (pg_trgm, "Text Search Integration").
 */

type Document = Record<string, unknown> & { id: string; slug: string; _geo?: { lat: number; lng: number } };

const TYPES: Record<string, string> = {
  people: 'PERSON',
  companies: 'COMPANY',
  schools: 'SCHOOL',
  sites: 'SITE',
  projects: 'PROJECT',
  festivals: 'FESTIVAL',
};
const WEIGHTS = ['A', 'B', 'B', 'C', 'C', 'C', 'C', 'C', 'C', 'C', 'C', 'C'];

export const PG_FTS_SETUP = `
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE OR REPLACE FUNCTION bench_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
  DROP TABLE IF EXISTS bench_fts;
  CREATE TABLE bench_fts (
    type text NOT NULL, id text NOT NULL, slug text NOT NULL, title text NOT NULL,
    kinds text[] NOT NULL, crafts text[] NOT NULL, languages text[] NOT NULL,
    city text, site text, country text, lat float8, lng float8, available_days int[] NOT NULL,
    a text, b text, c text, d text, names text, doc tsvector,
    PRIMARY KEY (type, id))`;

const PG_FTS_INDEXES = `
  UPDATE bench_fts SET
    names = bench_unaccent(coalesce(a, '') || ' ' || coalesce(b, '')),
    doc = setweight(to_tsvector('simple', bench_unaccent(coalesce(a, ''))), 'A')
       || setweight(to_tsvector('simple', bench_unaccent(coalesce(b, ''))), 'B')
       || setweight(to_tsvector('simple', bench_unaccent(coalesce(c, ''))), 'C')
       || setweight(to_tsvector('simple', bench_unaccent(coalesce(d, ''))), 'D');
  CREATE INDEX ON bench_fts USING gin (doc);
  CREATE INDEX ON bench_fts USING gin (names gin_trgm_ops);
  CREATE INDEX ON bench_fts USING gin (kinds);
  CREATE INDEX ON bench_fts USING gin (crafts);
  CREATE INDEX ON bench_fts USING gin (languages);
  CREATE INDEX ON bench_fts USING gin (available_days);
  CREATE INDEX ON bench_fts (city);
  CREATE INDEX ON bench_fts (site);
  CREATE INDEX ON bench_fts (lat, lng);
  DROP TABLE IF EXISTS bench_words;
  CREATE TABLE bench_words AS SELECT word FROM ts_stat('SELECT doc FROM bench_fts');
  CREATE UNIQUE INDEX ON bench_words (word);
  CREATE INDEX ON bench_words USING gin (word gin_trgm_ops);
  ANALYZE bench_fts;
  ANALYZE bench_words`;

const text = (value: unknown): string =>
  Array.isArray(value)
    ? value.filter((v) => typeof v === 'string').join(' ')
    : typeof value === 'string'
      ? value
      : '';
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Reads every document of every index (prefix `prefix`) and loads the PostgreSQL alternative from them. */
export async function buildPgFts(pool: Pool, meili: Meilisearch, prefix: string): Promise<number> {
  await pool.query(PG_FTS_SETUP);
  const indexes = new SearchIndexes({ SEARCH_INDEX_PREFIX: prefix } as AppConfig);
  let total = 0;
  for (const definition of indexes.all) {
    const type = TYPES[definition.name];
    const searchable = definition.settings.searchableAttributes ?? [];
    for (let offset = 0; ; offset += 5000) {
      const page = await meili.index(indexes.uid(definition)).getDocuments<Document>({ offset, limit: 5000 });
      if (page.results.length === 0) break;
      const rows = page.results.map((doc) => {
        const buckets: Record<string, string[]> = { A: [], B: [], C: [], D: [] };
        searchable.forEach((attribute, i) =>
          buckets[i === searchable.length - 1 && i > 1 ? 'D' : (WEIGHTS[i] ?? 'C')].push(
            text(doc[attribute]),
          ),
        );
        return {
          type,
          id: doc.id,
          slug: doc.slug,
          title: String(doc.name ?? doc.slug),
          kinds: list(doc.kinds),
          crafts: list(doc.crafts),
          languages: list(doc.languages),
          city: (doc.city as string) ?? null,
          site: (doc.site as string) ?? null,
          country: (doc.country as string) ?? null,
          lat: doc._geo?.lat ?? null,
          lng: doc._geo?.lng ?? null,
          available_days: list(doc.availableDays).map(Number),
          a: buckets.A.join(' '),
          b: buckets.B.join(' '),
          c: buckets.C.join(' '),
          d: buckets.D.join(' '),
        };
      });
      await pool.query(
        `INSERT INTO bench_fts (type, id, slug, title, kinds, crafts, languages, city, site, country, lat, lng,
                                available_days, a, b, c, d)
         SELECT type, id, slug, title, kinds, crafts, languages, city, site, country, lat, lng,
                available_days, a, b, c, d
           FROM json_to_recordset($1::json) AS r(type text, id text, slug text, title text, kinds text[],
                crafts text[], languages text[], city text, site text, country text, lat float8, lng float8,
                available_days int[], a text, b text, c text, d text)`,
        [JSON.stringify(rows)],
      );
      total += rows.length;
    }
  }
  await pool.query(PG_FTS_INDEXES);
  return total;
}

/** Words of a query, unaccented and lower-cased. */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The words AND-ed, the last one as a prefix (search-as-you-type); a word with spelling alternatives (a typo's
 * closest vocabulary words) matches any of them.
 */
export function toTsQuery(words: string[], alternatives: Record<string, string[]> = {}): string | null {
  if (words.length === 0) return null;
  return words
    .map((word, i) => {
      const self = i === words.length - 1 ? `${word}:*` : word;
      const others = (alternatives[word] ?? []).filter((other) => other !== word);
      return others.length ? `(${[self, ...others].join(' | ')})` : self;
    })
    .join(' & ');
}

/** For each word of 4 letters or more that no document holds, its 3 closest vocabulary words (trigrams). */
const ALTERNATIVES_SQL = `
  SELECT q.word, array(SELECT w.word FROM bench_words w WHERE w.word % q.word
                        ORDER BY similarity(w.word, q.word) DESC, w.word LIMIT 3) AS alternatives
    FROM unnest($1::text[]) AS q(word)
   WHERE length(q.word) >= 4 AND NOT EXISTS (SELECT 1 FROM bench_words w WHERE w.word = q.word)`;

async function alternativesOf(pool: Pool, words: string[]): Promise<Record<string, string[]>> {
  if (words.length === 0) return {};
  const { rows } = await pool.query<{ word: string; alternatives: string[] }>(ALTERNATIVES_SQL, [words]);
  return Object.fromEntries(rows.map((row) => [row.word, row.alternatives]));
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

export interface PgSearchInput {
  query?: string;
  types?: string[];
  kinds?: string[];
  companyKinds?: string[];
  festivalKinds?: string[];
  crafts?: string[];
  languages?: string[];
  cities?: string[];
  sites?: string[];
  near?: { lat: number; lng: number; radiusKm: number };
  availableFrom?: string;
  availableTo?: string;
  first?: number;
}

const SEARCH_SQL = `
  WITH m AS MATERIALIZED (
    SELECT f.type, f.slug, f.title, f.kinds, f.crafts, f.languages, f.city, f.site, f.country,
           CASE WHEN $1::text IS NULL THEN 0
                ELSE ts_rank_cd('{0.1, 0.2, 0.5, 1.0}', f.doc, to_tsquery('simple', $1)) + word_similarity($2, f.names)
           END AS rank,
           CASE WHEN $9::float8 IS NULL THEN NULL
                ELSE 12742 * asin(sqrt(power(sin(radians(f.lat - $9) / 2), 2)
                     + cos(radians($9)) * cos(radians(f.lat)) * power(sin(radians(f.lng - $10) / 2), 2)))
           END AS km
      FROM bench_fts f
     WHERE ($1::text IS NULL OR f.doc @@ to_tsquery('simple', $1) OR $2 <% f.names)
       AND f.type = ANY($3::text[])
       AND ($4::text[] IS NULL OR f.kinds && $4)
       AND ($5::text[] IS NULL OR f.crafts && $5)
       AND ($6::text[] IS NULL OR f.languages && $6)
       AND ($7::text[] IS NULL OR f.city = ANY($7))
       AND ($8::text[] IS NULL OR f.site = ANY($8))
       AND ($9::float8 IS NULL OR (f.lat BETWEEN $9 - $11 / 111.0 AND $9 + $11 / 111.0
            AND f.lng BETWEEN $10 - $11 / (111.0 * cos(radians($9))) AND $10 + $11 / (111.0 * cos(radians($9)))))
       AND ($12::int[] IS NULL OR f.available_days @> $12)
  ), r AS MATERIALIZED (SELECT * FROM m WHERE $9::float8 IS NULL OR km <= $11)
  SELECT (SELECT count(*)::int FROM r) AS total,
         (SELECT coalesce(json_agg(h), '[]') FROM (
            SELECT type, slug, title, round(km::numeric, 1) AS "distanceKm" FROM r
             ORDER BY CASE WHEN $9::float8 IS NULL THEN -rank ELSE km END, slug LIMIT $13) h) AS hits,
         (SELECT coalesce(json_agg(json_build_array(name, value, n)), '[]') FROM (
            SELECT 'kinds' AS name, v AS value, count(*) AS n FROM r, unnest(kinds) v WHERE type = 'PERSON' GROUP BY v
            UNION ALL SELECT 'crafts', v, count(*) FROM r, unnest(crafts) v GROUP BY v
            UNION ALL SELECT 'languages', v, count(*) FROM r, unnest(languages) v GROUP BY v
            UNION ALL SELECT 'cities', city, count(*) FROM r WHERE city IS NOT NULL GROUP BY city
            UNION ALL SELECT 'sites', site, count(*) FROM r WHERE site IS NOT NULL GROUP BY site
            UNION ALL SELECT 'companyKinds', v, count(*) FROM r, unnest(kinds) v WHERE type = 'COMPANY' GROUP BY v
            UNION ALL SELECT 'countries', country, count(*) FROM r WHERE country IS NOT NULL GROUP BY country
         ) f) AS facets`;

/** Named after the facets, as in the API: an index honours a filter when it reports the facet of that name. */
const LIST_FILTERS = [
  'kinds',
  'companyKinds',
  'festivalKinds',
  'crafts',
  'languages',
  'cities',
  'sites',
] as const;
const DEFINITIONS = new SearchIndexes({ SEARCH_INDEX_PREFIX: '' } as AppConfig).all;

/** The types whose index can honour every filter asked for, by the API's own rule (SearchService.applies). */
function typesFor(input: PgSearchInput): string[] {
  return DEFINITIONS.filter(
    (definition) =>
      (!input.types?.length || input.types.includes(definition.searchType)) &&
      LIST_FILTERS.every((field) => !input[field]?.length || definition.facets[field] !== undefined) &&
      (!input.near || definition.geo) &&
      (!input.availableFrom || definition.filterAttributes.includes('availableDays')),
  ).map((definition) => definition.searchType as string);
}

/** The same inputs as `search(input)`; an index that cannot honour a filter takes no part, as in the API. */
export async function pgSearch(pool: Pool, input: PgSearchInput) {
  const types = typesFor(input);
  const days =
    input.availableFrom && input.availableTo
      ? Array.from(
          { length: dayNumber(input.availableTo) - dayNumber(input.availableFrom) + 1 },
          (_, i) => dayNumber(input.availableFrom!) + i,
        )
      : null;
  const query = input.query ?? '';
  const words = queryWords(query);
  const tsQuery = toTsQuery(words, await alternativesOf(pool, words));
  const none = (values?: string[]) => (values?.length ? values : null);
  const { rows } = await pool.query(SEARCH_SQL, [
    tsQuery,
    query.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
    types,
    // Each kinds filter leaves only its own type (typesFor), and two of them leave none: one column serves all three.
    none(input.kinds ?? input.companyKinds ?? input.festivalKinds),
    none(input.crafts),
    none(input.languages),
    none(input.cities),
    none(input.sites),
    input.near?.lat ?? null,
    input.near?.lng ?? null,
    input.near?.radiusKm ?? null,
    days,
    input.first ?? 20,
  ]);
  return rows[0] as { total: number; hits: { type: string; slug: string }[]; facets: unknown[] };
}
