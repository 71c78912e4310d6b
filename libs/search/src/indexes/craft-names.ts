import { craftTerms, CRAFTS } from '@crossroads/directory';
import { STOP_WORDS } from './shared-settings';

/**
 * French articles and prepositions inside job titles. They stay in the documents (so "chargée de production"
 * keeps its words two apart) but leave the people queries: "de" bridged two titles of one person ("chargée de
 * développement" + "directrice de production" answered "chargée de production"), and Meilisearch stop words
 * would make every pair of words count as adjacent.
 */
export const TITLE_STOP_WORDS = ['de', 'du', 'des', 'la', 'l', 'd'];

/**
 * The index's own stop words leave people queries too: a stop word in a query made Meilisearch count every pair
 * of words as adjacent ("head of make-up" answered hairdressers who also do make-up).
 */
const TITLE_STOP = new RegExp(
  `(^|[\\s'’])(?:${[...TITLE_STOP_WORDS, ...STOP_WORDS].join('|')})(?:['’]|(?=\\s|$))`,
  'giu',
);

let shortNames: Set<string> | undefined;

/** Craft names of three characters at most (PA, DA, DoP, DIT, 1st AD is longer): abbreviations, not prefixes. */
function isShortCraftName(query: string): boolean {
  shortNames ??= new Set(
    CRAFTS.flatMap((craft) => craftTerms(craft))
      .map((name) => name.toLowerCase())
      .filter((name) => /^[\p{L}\d]{1,3}$/u.test(name)),
  );
  return shortNames.has(query.toLowerCase());
}

/**
 * A people query as sent to the engine: without the prepositions of titles ("directrice de la photographie" →
 * "directrice photographie") and inclusive endings (réalisateur·rice → réalisateur), and a whole craft abbreviation (PA, DA, DoP) followed by a space, which tells
 * Meilisearch to match the word itself and not every word it starts ("pa" → painter, pâtissier…).
 */
export function personQueryText(query: string): string {
  const stripped = stripTitle(query) || query;
  if (isShortCraftName(stripped)) return `${stripped} `;
  const whole = wholeCraftName(stripped);
  return whole ? `${stripped} ${whole} ` : stripped;
}

/**
 * A title without inclusive endings (régisseur·euse → régisseur: alone, "euse" or "rice" bridged two titles of
 * one person, "Régisseur·euse" + "Chauffeur·euse plateau" answering "régisseur·euse de plateau") nor the
 * prepositions and articles of titles.
 */
function stripTitle(title: string): string {
  return title
    .replace(/(\p{L})·\p{L}+/gu, '$1')
    .replace(TITLE_STOP, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name of two words or more glued into one word, lower case and without accents ("Sous-cheffe électricienne" →
 * "souscheffeelectricienne"): `craftNamesWhole` holds these, so a query naming a whole title matches one word
 * that only the holders of that title have. Each word of the query alone could not tell them from someone with
 * two related titles ("Cheffe électricienne" + "Sous-cheffe machiniste"): every pair of query words is adjacent
 * in one of their titles, and the `attribute` rule scores each word by its best attribute.
 */
export function gluedName(name: string): string | undefined {
  const words = nameWords(stripTitle(name));
  if (words.length < 2) return undefined;
  return words.join('').normalize('NFD').replace(/\p{M}/gu, '');
}

let gluedNames: string[] | undefined;

/**
 * The glued name of the craft a query names, spelled right: the query's own glued words, or the one name they
 * are one typo away from ("sous-cheffe électrcienne" → souscheffeelectricienne). Undefined for any other query,
 * which is left as it is: "monteuse Lyon" is two typos from "monteuse son", and an extra word that the engine
 * matched with typos would put the sound editors first.
 */
function wholeCraftName(query: string): string | undefined {
  const glued = gluedName(query);
  if (!glued) return undefined;
  gluedNames ??= [
    ...new Set(
      CRAFTS.flatMap((craft) => craftTerms(craft))
        .map(gluedName)
        .filter((name): name is string => !!name),
    ),
  ];
  if (gluedNames.includes(glued)) return glued;
  const near = gluedNames.filter((name) => withinEdits(glued, name, 1));
  return near.length === 1 ? near[0] : undefined;
}

/** Whether two words are at most `max` edits apart (Levenshtein). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    if (Math.min(...current) > max) return false;
    previous = current;
  }
  return previous[b.length] <= max;
}

/** A craft's names in the trade: French labels in every form, English label, synonyms and abbreviations. */
export interface CraftNames {
  labelFr: string;
  labelFrFeminine?: string | null;
  labelFrInclusive?: string | null;
  labelEn: string;
  synonyms: readonly string[];
}

/** How many searchable attributes hold craft names: names of 1, 2, 3, 4 and 5 or more words. */
export const CRAFT_NAME_BUCKETS = 5;

/** craftNames1 … craftNames5, in ranking order: a short name that holds every query word is the better match. */
export const CRAFT_NAME_ATTRIBUTES = Array.from(
  { length: CRAFT_NAME_BUCKETS },
  (_, i) => `craftNames${i + 1}` as const,
);
export type CraftNameAttribute = (typeof CRAFT_NAME_ATTRIBUTES)[number];

const STOP = new Set([...STOP_WORDS, ...TITLE_STOP_WORDS]);

/** Words of a name as Meilisearch counts them: split on spaces, apostrophes, hyphens and dots, stop words out. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s'’\-·./()]+/)
    .filter((word) => word && !STOP.has(word));
}

/** What a person's documents need of one craft's names, worked out once per craft (below). */
interface CraftTerms {
  /** Each distinct name with its lower-case form and the bucket (words − 1) it is filed in. */
  names: { name: string; key: string; bucket: number }[];
  /** Its names of two words or more, glued (see `gluedName`). */
  glued: string[];
}

/**
 * The terms of each craft, by content: a reindex builds a hundred thousand documents from a few hundred crafts,
 * and deriving the French forms and glued names was most of the CPU of building a person document. Keyed by
 * every field the terms depend on, so an edited craft gets new terms; cleared when it grows past any real
 * taxonomy (edits leave old keys behind).
 */
const termsCache = new Map<string, CraftTerms>();
const TERMS_CACHE_LIMIT = 5_000;

function termsOf(craft: CraftNames): CraftTerms {
  const cacheKey = [
    craft.labelFr,
    craft.labelFrFeminine ?? '',
    craft.labelFrInclusive ?? '',
    craft.labelEn,
    ...craft.synonyms,
  ].join('\u0000');
  let terms = termsCache.get(cacheKey);
  if (!terms) {
    const names = craftTerms(craft);
    terms = {
      names: names.map((name) => ({
        name,
        key: name.toLowerCase(),
        bucket: Math.max(1, Math.min(CRAFT_NAME_BUCKETS, nameWords(name).length)) - 1,
      })),
      glued: names.map(gluedName).filter((name): name is string => !!name),
    };
    if (termsCache.size >= TERMS_CACHE_LIMIT) termsCache.clear();
    termsCache.set(cacheKey, terms);
  }
  return terms;
}

/**
 * Every name of the person's crafts, filed by its number of words. Meilisearch's `attribute` rule ranks an
 * earlier attribute first, so "chef opérateur" matched whole in craftNames2 (director of photography) ranks above
 * the same two words inside "chef opérateur du son" in craftNames4 (sound mixer), whatever the order of names
 * in a document; Meilisearch synonyms could not do this (docs/SEARCH-RELEVANCE.md).
 */
export function craftNameFields(crafts: readonly CraftNames[]): Record<CraftNameAttribute, string[]> {
  const fields = Object.fromEntries(CRAFT_NAME_ATTRIBUTES.map((a) => [a, [] as string[]])) as Record<
    CraftNameAttribute,
    string[]
  >;
  const seen = new Set<string>();
  for (const craft of crafts) {
    for (const { name, key, bucket } of termsOf(craft).names) {
      if (seen.has(key)) continue;
      seen.add(key);
      fields[CRAFT_NAME_ATTRIBUTES[bucket]].push(name);
    }
  }
  return fields;
}

/** Every name of two words or more of the person's crafts, glued into one word (see `gluedName`). */
export function craftNamesWhole(crafts: readonly CraftNames[]): string[] {
  return [...new Set(crafts.flatMap((craft) => termsOf(craft).glued))];
}
