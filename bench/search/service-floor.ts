// The API's own work for a search with nothing around it, for `bench api-overhead`: SearchService as the API runs it
// (the request it builds, the Meilisearch client over node:http, hits and facets) and the answer to the benchmark's
// GraphQL selection as JSON, behind bare node:http. No Express, helmet, logging, body limits, Apollo, Nest, input
// validation, throttling or GraphQL execution: not a way to serve anything, the ceiling of any API that does this
// work on these cores.
import { loadConfig } from '@crossroads/core';
import { meiliSearchClientProvider, SearchIndexes, SearchService } from '@crossroads/search';
import { createServer, IncomingMessage } from 'node:http';

// Gone with the benchmark, however it ends (a kill skips its finally).
process.on('disconnect', () => process.exit());

// The API's configuration for these variables, defaults included (MEILI_SEARCH_CONCURRENCY: the same cap).
const config = loadConfig({ MEILI_URL: process.env.MEILI_URL, MEILI_API_KEY: process.env.MEILI_API_KEY });
const service = new SearchService(meiliSearchClientProvider.useFactory(config), new SearchIndexes(config), {
  ready: async () => undefined,
} as never);

const read = (stream: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });

/** What `SEARCH_QUERY` (query-mix.ts) selects, in its order, as GraphQL would answer it. */
async function answer(body: string): Promise<string> {
  const { variables } = JSON.parse(body) as { variables: { input: object } };
  const result = await service.search(variables.input as never, { facets: true, hits: true });
  const search = {
    totalHits: result.totalHits,
    processingTimeMs: result.processingTimeMs,
    pageInfo: { hasNextPage: result.pageInfo.hasNextPage, endCursor: result.pageInfo.endCursor },
    facets: result.facets.map(({ name, values }) => ({
      name,
      values: values.map(({ value, count }) => ({ value, count })),
    })),
    hits: result.hits.map(({ type, slug, title, subtitle, highlight, score, distanceKm }) => ({
      type,
      slug,
      title,
      subtitle,
      highlight,
      score,
      distanceKm,
    })),
  };
  return JSON.stringify({ data: { search } });
}

createServer((request, response) => {
  read(request)
    .then(answer)
    .then(
      (json) => {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        response.end(json);
      },
      (error: Error) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(error.message);
      },
    );
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('listening'));
