/**
 * The search requests the web app (apps/web/src/search/SearchPage.tsx) sends for one search of the mix, as a
 * visitor produces them. Every change of the query box sends the search at once without facets; once the query
 * has not changed for 300 ms the facets of that first page are asked alone (`withFacets = !after && settled`, no
 * hits: the last keystroke's are on screen, its answer taken to come within those 300 ms), or with the hits when
 * no keystroke asked for them (filters only); "next page"
 * sends the first page's end cursor, without facets. Identical variables are one urql operation: a keystroke that
 * only adds a space (trimmed away) sends nothing new.
 */

/** `typed`: one request per keystroke; `pasted`: the whole query at once (a paste, a suggestion picked). */
export type Typing = 'typed' | 'pasted';

export type WebAppKind = 'keystroke' | 'settled' | 'next page';

export interface WebAppRequest {
  kind: WebAppKind;
  variables: { input: Record<string, unknown>; withFacets: boolean; withHits: boolean };
}

/** The web app's page size (search-url.ts, PAGE_SIZE): it always sends `first: 20`. */
const PAGE_SIZE = 20;

/** The fields of toSearchInput (search-url.ts), in its order: the JSON body the web app sends. */
const INPUT_FIELDS = [
  'types',
  'kinds',
  'companyKinds',
  'festivalKinds',
  'crafts',
  'languages',
  'cities',
  'sites',
  'near',
  'availableFrom',
  'availableTo',
];

/**
 * A mix input as toSearchInput shapes it: `first: 20`, the trimmed query only when not empty, then the filters (the
 * mix's filters are taken as in place while the query is typed).
 */
export function webAppInput(
  input: Record<string, unknown>,
  query = String(input.query ?? ''),
): Record<string, unknown> {
  const shaped: Record<string, unknown> = { first: PAGE_SIZE };
  if (query.trim()) shaped.query = query.trim();
  for (const field of INPUT_FIELDS) if (input[field] !== undefined) shaped[field] = input[field];
  return shaped;
}

/** The distinct, non-empty trimmed prefixes of `query`, keystroke by keystroke, ending with the whole query. */
export function keystrokeQueries(query: string): string[] {
  const sent: string[] = [];
  for (let end = 1; end <= query.length; end++) {
    const prefix = query.slice(0, end).trim();
    if (prefix && prefix !== sent.at(-1)) sent.push(prefix);
  }
  return sent;
}

/** What typing (or pasting) one mix input's query sends, up to the settled first page with facets. */
export function firstPageRequests(input: Record<string, unknown>, typing: Typing): WebAppRequest[] {
  const query = String(input.query ?? '').trim();
  const changes = query === '' ? [] : typing === 'typed' ? keystrokeQueries(query) : [query];
  return [
    ...changes.map((prefix) => ({
      kind: 'keystroke' as const,
      variables: { input: webAppInput(input, prefix), withFacets: false, withHits: true },
    })),
    {
      kind: 'settled',
      variables: { input: webAppInput(input), withFacets: true, withHits: changes.length === 0 },
    },
  ];
}

/** The "next page" button on a settled first page whose end cursor is `after`. */
export function nextPageRequest(settled: WebAppRequest, after: string): WebAppRequest {
  return {
    kind: 'next page',
    variables: { input: { ...settled.variables.input, after }, withFacets: false, withHits: true },
  };
}
