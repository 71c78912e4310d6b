import { Fragment } from 'react';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Splits the API's highlight (matches in <mark>, everything else HTML-escaped) into text and <mark> parts, so it is
 * rendered as React text: no HTML from the server reaches the DOM as markup.
 */
export function highlightParts(highlight: string): { text: string; marked: boolean }[] {
  return highlight
    .split(/(<mark>.*?<\/mark>)/g)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('<mark>') && part.endsWith('</mark>')
        ? { text: unescape(part.slice(6, -7)), marked: true }
        : { text: unescape(part), marked: false },
    );
}

export function Highlight({ html }: { html: string }) {
  return (
    <>
      {highlightParts(html).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  );
}
