import { createServer } from 'node:http';
import { Pool } from 'pg';
import { pgSearch } from './pg-fts';

/**
 * The PostgreSQL alternative behind plain HTTP, in its own process like the API: POST a search input as JSON, get
 * total, hits and facets back. No GraphQL layer, so the comparison favours it if anything.
 */
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
});
createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    pgSearch(pool, JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'))
      .then((result) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(result));
      })
      .catch((error: Error) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: error.message }));
      });
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
