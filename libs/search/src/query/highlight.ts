const PRE = '\u0001';
const POST = '\u0002';
export const HIGHLIGHT_TAGS = { highlightPreTag: PRE, highlightPostTag: POST };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Meilisearch marks matches with private control characters; the text is HTML-escaped first and only then are
 * the marks turned into <mark> tags, so indexed content can never inject markup.
 */
export function toSafeHighlight(formatted: string): string {
  return formatted
    .replace(/[&<>"']/g, (char) => ESCAPES[char])
    .replaceAll(PRE, '<mark>')
    .replaceAll(POST, '</mark>');
}

/** Wraps a whole text in the engine's marks. */
export function markWhole(text: string): string {
  return `${PRE}${text}${POST}`;
}

/** The text without the engine's marks. */
export function unmarked(formatted: string): string {
  return formatted.replaceAll(PRE, '').replaceAll(POST, '');
}

export function hasMark(formatted: unknown): formatted is string {
  return typeof formatted === 'string' && formatted.includes(PRE);
}
