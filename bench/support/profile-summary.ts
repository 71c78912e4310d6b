import { readFileSync } from 'node:fs';

/**
 * Where a V8 CPU profile of the API (`BENCH_API_PROFILE=<dir> npm run bench -- api-overhead`) spends its time:
 * self time per layer, as a share of the busy (non-idle) time. `node -r ./scripts/register-paths.cjs
 * bench/support/profile-summary.ts <file.cpuprofile>…`
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** First matching layer wins: order from the most specific. */
const LAYERS: [string, RegExp][] = [
  ['list-cost walk (graphql-query-complexity)', /graphql-query-complexity|graphql\/list-cost/],
  ['graphql-armor rules', /graphql-armor/],
  ['NUL check', /reject-nul-characters/],
  ['GraphQL parse', /graphql\/language\//],
  ['GraphQL validation', /graphql\/validation\//],
  ['GraphQL execution', /graphql\/(execution|type|jsutils|utilities)\//],
  ['Apollo Server pipeline', /@apollo\//],
  ['Nest GraphQL / guards / pipes', /@nestjs\/(graphql|apollo|core|common)|libs\/(auth|core)\/src/],
  ['class-validator / transformer', /class-validator|class-transformer|validator\//],
  ['logging (pino)', /pino|nestjs-pino|sonic-boom/],
  [
    'helmet / express / throttler',
    /helmet|express|body-parser|@nestjs\/throttler|raw-body|iconv|finalhandler|router/,
  ],
  ['search service (facets, highlights, hits)', /libs\/search\/src/],
  ['Meilisearch client', /node_modules\/meilisearch/],
  [
    'HTTP / undici / streams (Node)',
    /undici|node:(http|net|_http|stream|internal\/streams)|^node:internal\/(deps\/undici|http)/,
  ],
  ['TypeScript on-the-fly (ts-node / swc register)', /ts-node|@swc|source-map|typescript\//],
];

export function summarize(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const layers = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') {
      if (functionName === '(idle)') idle += micros;
      else busy += micros;
      layers.set(functionName, (layers.get(functionName) ?? 0) + (functionName === '(idle)' ? 0 : micros));
      continue;
    }
    busy += micros;
    const layer =
      functionName === '(garbage collector)'
        ? 'garbage collector'
        : (LAYERS.find(([, pattern]) => pattern.test(url))?.[0] ??
          (url.includes('node_modules')
            ? `other: ${/node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1]}`
            : url.startsWith('node:') || url === ''
              ? 'Node internals / native'
              : 'other app code'));
    layers.set(layer, (layers.get(layer) ?? 0) + micros);
    const key = `${functionName || '(anonymous)'} ${url.replace(/.*node_modules\//, '')}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
  }
  const share = (micros: number) => `${((100 * micros) / busy).toFixed(1)} %`;
  return {
    busySeconds: busy / 1e6,
    idleSeconds: idle / 1e6,
    layers: [...layers]
      .filter(([, m]) => m > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([name, m]) => [name, share(m), m / 1e6] as const),
    functions: [...functions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([name, m]) => [name, share(m)] as const),
  };
}

if (require.main === module) {
  for (const file of process.argv.slice(2)) {
    const summary = summarize(JSON.parse(readFileSync(file, 'utf8')) as Profile);
    console.log(
      `${file}: busy ${summary.busySeconds.toFixed(1)} s, idle ${summary.idleSeconds.toFixed(1)} s`,
    );
    for (const [name, share, seconds] of summary.layers)
      console.log(`  ${share.padStart(7)}  ${seconds.toFixed(2)} s  ${name}`);
    console.log('  top functions (self):');
    for (const [name, share] of summary.functions) console.log(`  ${share.padStart(7)}  ${name}`);
  }
}
