import { craftTerms } from './craft-forms';
import { CRAFTS } from './crafts.data';

/** How the taxonomy compares terms: lower-case, accents stripped, spaces squeezed, trimmed. */
export function normaliseTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

let index: Map<string, string> | undefined;

/**
 * The craft slug a free-text job title names: its slug, French or English label, or one of the trade's synonyms
 * ("chef opérateur", "DoP", "cinematographer" → director-of-photography). Undefined when no craft uses the term.
 */
export function resolveCraft(term: string): string | undefined {
  if (!index) {
    index = new Map();
    for (const craft of CRAFTS) {
      for (const t of [craft.slug, ...craftTerms(craft)]) index.set(normaliseTerm(t), craft.slug);
    }
  }
  return index.get(normaliseTerm(term));
}
