// The thinnest API there can be, for `bench api-overhead`: each POST body goes to Meilisearch's /multi-search as it
// came and the answer comes back as it went (no parsing, validation, GraphQL or middleware). Whatever the real API
// costs beyond this process is its own; what this process costs, any layer in front of Meilisearch costs.
const http = require('node:http');

// Gone with the benchmark, however it ends (a kill skips its finally).
process.on('disconnect', () => process.exit());

const target = new URL(process.env.MEILI_URL);
// MAX_SOCKETS caps the requests in flight to Meilisearch, the others waiting in order (`bench in-flight`); unset: none.
const cap = Number(process.env.MAX_SOCKETS ?? 0);
const agent = new http.Agent({ keepAlive: true, maxFreeSockets: 32, ...(cap > 0 && { maxSockets: cap }) });
const forwarded = {
  'content-type': 'application/json',
  authorization: `Bearer ${process.env.MEILI_API_KEY}`,
  'accept-encoding': 'identity',
};

const read = (stream, done) => {
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  stream.on('end', () => done(Buffer.concat(chunks)));
};

http
  .createServer((request, response) =>
    read(request, (body) => {
      const outgoing = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: '/multi-search',
          method: 'POST',
          agent,
          headers: { ...forwarded, 'content-length': body.length },
        },
        (answer) =>
          read(answer, (text) => {
            response.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json' });
            response.end(text);
          }),
      );
      outgoing.on('error', () => response.writeHead(502).end());
      outgoing.end(body);
    }),
  )
  .listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('listening'));
