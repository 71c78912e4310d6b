/** A craft's names in the trade: labels, synonyms and abbreviations. */
export interface CraftNames {
  labelFr: string;
  labelEn: string;
  synonyms: readonly string[];
}

/**
 * Meilisearch synonyms from the taxonomy: every name of a craft finds every other one (chef opérateur ⇄ DoP ⇄
 * cinematographer). Names are lower-cased; Meilisearch already ignores accents and case when matching.
 */
export function craftSynonyms(crafts: readonly CraftNames[]): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {};
  for (const craft of crafts) {
    const names = [
      ...new Set([craft.labelFr, craft.labelEn, ...craft.synonyms].map((n) => n.trim().toLowerCase())),
    ];
    for (const name of names) {
      synonyms[name] ??= new Set();
      for (const other of names) if (other !== name) synonyms[name].add(other);
    }
  }
  return Object.fromEntries(Object.entries(synonyms).map(([name, others]) => [name, [...others].sort()]));
}
