import type { Settings } from 'meilisearch';

/**
 * Articles, prepositions and conjunctions of French and English. Kept short on purpose: words such as "de" and
 * "la" stay searchable inside job titles ("directeur de la photographie") because synonyms match whole phrases.
 */
export const STOP_WORDS = [
  'le',
  'les',
  'un',
  'une',
  'et',
  'ou',
  'aux',
  'the',
  'an',
  'and',
  'or',
  'of',
  'for',
];

/** What every index shares; each definition adds its attributes. */
export const BASE_SETTINGS: Settings = {
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  stopWords: STOP_WORDS,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  proximityPrecision: 'byAttribute',
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
};
