/**
 * The words of a free-text query, read as plain text. Meilisearch gives two characters a meaning in `q`: a double
 * quote opens a phrase (to the end of the query when it is not closed) and a minus starting a word excludes that
 * word. The directory offers neither (docs/SEARCH.md), and a user typing them meant text: `"chef opérateur`
 * (a quote opened while typing) found nothing, the rewrite of people queries landing inside the phrase, and
 * `-chef opérateur` or `monteuse -lille` dropped the very people asked for. Quotes become spaces and a minus starting a
 * word goes; hyphens inside words (Villeneuve-d'Ascq, Jean-Pierre) stay.
 */
export function plainQuery(query: string): string {
  return query.replace(/["“”„]/g, ' ').replace(/(^|\s)[-‐‑−]+/gu, '$1');
}
