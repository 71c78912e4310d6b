import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { SearchDocument } from '../../apps/web/src/gql/graphql';
import type { LoadRequest } from '../support/load';
import { firstPageRequests, nextPageRequest, Typing, WebAppRequest } from './web-app-mix';

export interface WebAppMix {
  requests: WebAppRequest[];
  /** Each request's HTTP body and headers as the web app's urql client sent them to the API. */
  http: LoadRequest[];
}

/**
 * The web app's requests for every input, sent once to the API through an urql client set up as the web app's
 * (apps/web/src/api/client.ts: document cache, POST, the generated Search document, anonymous visitor): the bodies
 * (urql adds `__typename`s) and headers are recorded for replay, and each settled first page's end cursor gives
 * its next page.
 */
export async function webAppMix(
  apiUrl: string,
  inputs: Record<string, unknown>[],
  typing: Typing,
): Promise<WebAppMix> {
  const http: LoadRequest[] = [];
  const client = new Client({
    url: `${apiUrl}/graphql`,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetch: async (url, init) => {
      // authFetch's headers for an anonymous visitor; the browser's accept-encoding is left out (no gzip here).
      const headers = { ...(init?.headers as Record<string, string>), 'accept-language': 'fr' };
      http.push({ path: '/graphql', body: String(init?.body), headers });
      return fetch(url, { ...init, headers });
    },
  });
  const requests: WebAppRequest[] = [];
  const send = async (request: WebAppRequest) => {
    requests.push(request);
    const result = await client
      .query(SearchDocument, request.variables as never, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error || !result.data) throw new Error(`web app search failed: ${String(result.error)}`);
    if (
      Boolean(result.data.search.facets) !== request.variables.withFacets ||
      Boolean(result.data.search.hits) !== request.variables.withHits
    )
      throw new Error('facets or hits answered where the web app does not select them, or the reverse');
    return result.data.search;
  };
  for (const input of inputs) {
    const firstPage = firstPageRequests(input, typing);
    // The page shown when typing settles: the last answer that carried hits.
    let shown: Awaited<ReturnType<typeof send>>['pageInfo'];
    for (const request of firstPage) shown = (await send(request)).pageInfo ?? shown;
    const { hasNextPage, endCursor } = shown!;
    if (hasNextPage && endCursor) await send(nextPageRequest(firstPage.at(-1)!, endCursor));
  }
  if (http.length !== requests.length) throw new Error('urql sent a different number of requests');
  return { requests, http: http.map((request, i) => ({ ...request, kind: requests[i].kind })) };
}
