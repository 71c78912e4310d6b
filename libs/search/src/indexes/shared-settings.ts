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

/**
 * What every index shares; each definition adds its attributes. `attribute` ranks before `proximity` (Meilisearch's
 * default is the reverse): the trade a person practises (an early attribute) outranks a bio that mentions the trade
 * next to the searched place; graded relevance rose from MRR 0.938 to 0.969 with it (docs/BENCHMARKS.md).
 */
export const BASE_SETTINGS: Settings = {
  rankingRules: ['words', 'typo', 'attribute', 'proximity', 'sort', 'exactness'],
  stopWords: STOP_WORDS,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  proximityPrecision: 'byAttribute',
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
};
