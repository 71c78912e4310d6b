/**
 * Deterministic generator of malformed and hostile GraphQL requests: the same seed gives the same requests.
 * Each request is raw (method, content type, body bytes) so broken JSON and wrong encodings can be sent.
 */
export interface FuzzRequest {
  category: string;
  method: 'GET' | 'POST';
  contentType: string;
  /** For GET: the query string (without `?`). */
  body: string;
}

/** mulberry32: small, fast, seedable. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_STRINGS = [
  '" OR 1 = 1',
  "' OR '1'='1' --",
  'Lille" OR kinds = "ADMIN',
  'x") OR _geoRadius(0, 0, 99999999',
  'a\\" OR b = \\"',
  '); DROP TABLE person; --',
  '_geoRadius(50, 3, 1e12)',
  'availableDays EXISTS',
  'kinds IN [TECHNICIAN] OR 1',
  '%00\u0000null byte',
  '\u202e\u2066bidi\u2069',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎬🎥',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '../../../../etc/passwd',
  '\ud800',
  'NaN',
  '-1',
  '9'.repeat(400),
];

export function generateFuzzRequests(count: number, seed = 9): FuzzRequest[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const int = (max: number) => Math.floor(next() * max);
  const hostile = () => (next() < 0.15 ? 'x'.repeat(100 + int(20_000)) : pick(HOSTILE_STRINGS));
  const json = (query: string, variables?: unknown, extra: object = {}) =>
    JSON.stringify({ query, ...(variables !== undefined && { variables }), ...extra });
  const post = (category: string, body: string, contentType = 'application/json'): FuzzRequest => ({
    category,
    method: 'POST',
    contentType,
    body,
  });

  const generators: (() => FuzzRequest)[] = [
    // Broken JSON
    () => {
      const valid = json('{ sites { totalCount } }');
      return post('broken JSON', valid.slice(0, int(valid.length)) + pick(['', '}', ']', '\\', '"', ',,']));
    },
    () =>
      post(
        'broken JSON',
        pick(['', 'null', '[]', '"query"', '{"query": 1}', '{"query": null}', '{]', 'undefined']),
      ),
    () => post('broken JSON', String.fromCharCode(...Array.from({ length: 1 + int(200) }, () => int(256)))),
    () =>
      post(
        'wrong content type',
        json('{ sites { totalCount } }'),
        pick(['text/plain', 'application/xml', 'multipart/form-data; boundary=x', '']),
      ),
    // Wrong types
    () =>
      post(
        'wrong types',
        json(`query ($input: SearchInput!) { search(input: $input) { totalHits } }`, {
          input: pick([
            { first: 'ten' },
            { first: -5 },
            { first: 1e12 },
            { query: 42 },
            { types: 'PERSON' },
            { types: ['NOPE'] },
            { near: { lat: 'north', lng: 3, radiusKm: 1 } },
            { near: { lat: 91, lng: 3, radiusKm: 1 } },
            { near: { lat: 50, lng: 3, radiusKm: 1e9 } },
            { availableFrom: '2027-02-30', availableTo: '2027-03-01' },
            { availableFrom: '2027-01-01', availableTo: '2028-01-01' },
            { availableFrom: '2027-03-01' },
            { after: '!!!not-a-cursor' },
            { cities: Array.from({ length: 500 }, (_, i) => `c${i}`) },
            { kinds: [null] },
            null,
            'string',
          ]),
        }),
      ),
    () =>
      post(
        'wrong types',
        json(`{ people(first: ${pick(['-1', '0', '"x"', '1000000', 'null', '1.5'])}) { totalCount } }`),
      ),
    () =>
      post(
        'wrong types',
        json(
          `{ person(${pick(['id: 12', 'id: "not-a-uuid"', 'slug: 7', 'id: "00000000-0000-0000-0000-000000000000"', ''])}) { name } }`,
        ),
      ),
    () =>
      post(
        'wrong types',
        json('query ($f: Int) { people(first: $f) { totalCount } }', { f: pick(['x', {}, [], 1e40, true]) }),
      ),
    // Huge strings
    () =>
      post(
        'huge strings',
        json(`query ($q: String) { search(input: { query: $q }) { totalHits } }`, {
          q: 'é'.repeat(int(60_000)),
        }),
      ),
    () =>
      post('huge strings', json(`{ search(input: { query: "${'a'.repeat(int(90_000))}" }) { totalHits } }`)),
    () => post('huge strings', json('{ sites { totalCount } }', { pad: 'x'.repeat(100_000 + int(500_000)) })),
    () => post('huge strings', json(`{ suggest(prefix: ${JSON.stringify(hostile())}, limit: 5) { slug } }`)),
    // Deep, aliased, repeated, fragment cycles, directives
    () => {
      const depth = 5 + int(40);
      let selection = 'name';
      for (let i = 0; i < depth; i++)
        selection = i % 2 ? `companies { ${selection} }` : `people { edges { node { ${selection} } } }`;
      return post('deep queries', json(`{ companies(first: 5) { edges { node { ${selection} } } } }`));
    },
    () =>
      post(
        'aliased queries',
        json(
          `{ ${Array.from({ length: 10 + int(300) }, (_, i) => `a${i}: sites { totalCount }`).join(' ')} }`,
        ),
      ),
    () =>
      post(
        'aliased queries',
        json(
          `{ ${Array.from({ length: 5 + int(100) }, (_, i) => `s${i}: search(input: { query: "chef" }) { totalHits }`).join(' ')} }`,
        ),
      ),
    () =>
      post(
        'fragment cycles',
        json(
          'query { sites { ...A } } fragment A on SiteConnection { ...B } fragment B on SiteConnection { ...A }',
        ),
      ),
    () => post('directives', json(`{ sites ${'@include(if: true) '.repeat(5 + int(200))} { totalCount } }`)),
    () =>
      post(
        'batched',
        JSON.stringify(Array.from({ length: 1 + int(50) }, () => ({ query: '{ sites { totalCount } }' }))),
      ),
    () =>
      post(
        'introspection',
        json('{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }'),
      ),
    // Filter injection
    () =>
      post(
        'filter injection',
        json(`query ($input: SearchInput!) { search(input: $input) { totalHits hits { slug } } }`, {
          input: {
            query: pick(['', 'chef', hostile()]).slice(0, 200),
            [pick(['kinds', 'crafts', 'languages', 'cities', 'sites'])]: [hostile().slice(0, 100)],
          },
        }),
      ),
    () => post('filter injection', json(`{ person(slug: ${JSON.stringify(hostile())}) { name } }`)),
    () =>
      post(
        'filter injection',
        json(`{ people(filter: { cities: [${JSON.stringify(pick(HOSTILE_STRINGS))}] }) { totalCount } }`),
      ),
    // Unauthorised writes and unknown operations
    () =>
      post(
        'unauthorised mutations',
        json(`mutation { deletePerson(id: "${pick(['x', '00000000-0000-0000-0000-000000000000'])}") }`),
      ),
    () =>
      post(
        'unauthorised mutations',
        json(
          `mutation { login(email: ${JSON.stringify(hostile().slice(0, 300))}, password: "x") { accessToken } }`,
        ),
      ),
    () =>
      post(
        'invalid documents',
        json(
          pick([
            '{',
            'query {',
            '{ nope }',
            'mutation',
            '{ sites { totalCount } } { sites }',
            'subscription { x }',
            '{ sites { totalCount',
            '#'.repeat(5000),
          ]),
        ),
      ),
    () =>
      post(
        'invalid documents',
        json('query A { sites { totalCount } } query B { sites { totalCount } }', undefined, {
          operationName: pick(['C', null, 5]),
        }),
      ),
    () => ({
      category: 'GET requests',
      method: 'GET',
      contentType: '',
      body: pick([
        'query=%7Bsites%7BtotalCount%7D%7D',
        'query=mutation%7Blogout(refreshToken%3A%22x%22)%7D',
        'query=%7B',
        'variables=%7Bbroken',
        '',
      ]),
    }),
  ];
  return Array.from({ length: count }, () => pick(generators)());
}
