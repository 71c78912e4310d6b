import { Meilisearch, Settings } from 'meilisearch';
import { loadAverage } from '../machine';
import { LoadRequest, runLoad } from '../support/load';
import { meiliProcess, processCpuSeconds } from '../support/processes';
import { benchScale, ScaleEnvironment } from '../support/scale-environment';
import { processingTimes } from './meili-processing';
import { federatedRequests, meiliRequests } from './meili-requests';
import { QUERY_MIX } from './query-mix';
import { keystrokeQueries, webAppInput } from './web-app-mix';

type Federated = { federation: Record<string, unknown>; queries: Record<string, unknown>[] };

/** One index setting changed on every index, from what the API set there. */
const SETTING_VARIANTS: [label: string, change: (current: Settings) => Settings][] = [
  [
    'facet values sorted alphabetically',
    () => ({ faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'alpha' } } }),
  ],
  [
    '50 values per facet (200)',
    () => ({ faceting: { maxValuesPerFacet: 50, sortFacetValuesBy: { '*': 'count' } } }),
  ],
  [
    'typos from 5 and 9 letters (4 and 8)',
    () => ({ typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } } }),
  ],
  [
    'no `proximity` rule',
    (current) => ({ rankingRules: current.rankingRules?.filter((r) => r !== 'proximity') }),
  ],
  [
    'no `exactness` rule',
    (current) => ({ rankingRules: current.rankingRules?.filter((r) => r !== 'exactness') }),
  ],
];

const HIGHLIGHT = ['attributesToHighlight', 'highlightPreTag', 'highlightPostTag'];
const without = (query: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(Object.entries(query).filter(([key]) => !keys.includes(key)));

/** The keystroke requests changed in one part, or narrowed to one index. */
const SHAPES: [label: string, change: (request: Federated) => Federated | null][] = [
  ['as the API sends them', (r) => r],
  ['no highlighting', (r) => ({ ...r, queries: r.queries.map((q) => without(q, HIGHLIGHT)) })],
  [
    "highlighting without a person's craft names (craftNames1…)",
    (r) => ({
      ...r,
      queries: r.queries.map((q) => ({
        ...q,
        attributesToHighlight: (q.attributesToHighlight as string[]).filter(
          (a) => !a.startsWith('craftNames'),
        ),
      })),
    }),
  ],
  [
    'highlighting the first attribute alone',
    (r) => ({
      ...r,
      queries: r.queries.map((q) => ({
        ...q,
        attributesToHighlight: (q.attributesToHighlight as string[]).slice(0, 1),
      })),
    }),
  ],
  ['no ranking score', (r) => ({ ...r, queries: r.queries.map((q) => without(q, ['showRankingScore'])) })],
  ['6 hits instead of 21', (r) => ({ ...r, federation: { ...r.federation, limit: 6 } })],
  [
    'the id alone retrieved',
    (r) => ({ ...r, queries: r.queries.map((q) => ({ ...q, attributesToRetrieve: ['id'] })) }),
  ],
  ...['people', 'companies', 'projects', 'festivals', 'schools', 'sites'].map(
    (index): [string, (r: Federated) => Federated | null] => [
      `the ${index} index alone`,
      (r) => {
        const queries = r.queries.filter((q) => String(q.indexUid).endsWith(index));
        return queries.length ? { ...r, queries } : null;
      },
    ],
  ),
];

/** Keystrokes by the length of the text typed so far. */
const LENGTHS: [label: string, min: number, max: number][] = [
  ['1–2 characters', 1, 2],
  ['3–5 characters', 3, 5],
  ['6 characters or more', 6, Infinity],
];

const SECONDS = 8;
const TURNS = 3;

/**
 * What Meilisearch's own cost per search depends on (issue 18, targets 1 and 2): each index setting the API could
 * loosen, changed on every index then restored, measured right after a baseline; and the parts of a keystroke's
 * request (highlighting, ranking score, hits, retrieved attributes, indexes). Its `processingTimeMs` one request at
 * a time, and its throughput at 4 connections with its CPU per search.
 */
export async function engineLevers(env: ScaleEnvironment): Promise<string> {
  const meili = new Meilisearch({ host: env.services.meiliUrl, apiKey: env.services.meiliApiKey });
  const pid = meiliProcess(env.services.meiliUrl);
  const issueMix = await meiliRequests(QUERY_MIX);
  const typed = QUERY_MIX.flatMap((input) =>
    keystrokeQueries(String(input.query ?? '')).map((query) => ({ input: webAppInput(input, query), query })),
  );
  const keystrokes = (
    await federatedRequests(typed.map(({ input }) => ({ input, facets: false })))
  ).flat() as Federated[];
  if (keystrokes.length !== typed.length) throw new Error('a keystroke sent more than one request');
  const { results } = await meili.getIndexes({ limit: 100 });
  const original = new Map(
    await Promise.all(results.map(async ({ uid }) => [uid, await meili.index(uid).getSettings()] as const)),
  );
  const apply = async (change: (current: Settings) => Settings) => {
    for (const [uid, current] of original) {
      const task = await meili.index(uid).updateSettings(change(current));
      await meili.tasks.waitForTask(task.taskUid, { timeout: 600_000, interval: 200 });
    }
  };
  const restore = ({ faceting, rankingRules, typoTolerance }: Settings): Settings => ({
    faceting,
    rankingRules,
    typoTolerance,
  });
  const throughput = async (requests: object[]) => {
    const load: LoadRequest[] = requests.map((request) => ({
      path: '/multi-search',
      body: JSON.stringify(request),
      headers: { authorization: `Bearer ${env.services.meiliApiKey}` },
    }));
    const cpuBefore = pid ? processCpuSeconds(pid) : 0;
    const result = await runLoad({
      url: env.services.meiliUrl,
      connections: 4,
      seconds: SECONDS,
      requests: load,
    });
    const cpu = pid ? processCpuSeconds(pid) - cpuBefore : 0;
    return { perSecond: result.perSecond, cpuMs: (1000 * cpu) / Math.max(1, result.requests) };
  };
  const measure = async (label: string) => {
    const [issue, keys] = await processingTimes(
      meili,
      [
        ['issue mix', issueMix],
        ['keystrokes', keystrokes],
      ],
      TURNS,
    );
    const issueLoad = await throughput(issueMix);
    const keysLoad = await throughput(keystrokes);
    return `| ${label} | ${issue.mean.toFixed(1)} ms | ${issueLoad.perSecond.toFixed(0)} | ${issueLoad.cpuMs.toFixed(1)} ms | ${keys.mean.toFixed(1)} ms | ${keysLoad.perSecond.toFixed(0)} | ${keysLoad.cpuMs.toFixed(1)} ms |`;
  };

  const loadBefore = loadAverage();
  const settingRows: string[] = [];
  try {
    for (const [label, change] of SETTING_VARIANTS) {
      settingRows.push(await measure('baseline'));
      await apply(change);
      try {
        settingRows.push(await measure(`**${label}**`));
      } finally {
        await apply(restore);
      }
    }
    settingRows.push(await measure('baseline'));
  } finally {
    await apply(restore);
  }
  const shapes = SHAPES.map(([label, change]): [string, object[]] => [
    label,
    keystrokes.map(change).filter((request): request is Federated => request !== null),
  ]);
  const noHighlight = SHAPES.find(([label]) => label === 'no highlighting')![1];
  for (const [label, min, max] of LENGTHS) {
    const some = keystrokes.filter((_, i) => typed[i].query.length >= min && typed[i].query.length <= max);
    shapes.push(
      [`${label}, as sent`, some],
      [`${label}, no highlighting`, some.map(noHighlight) as object[]],
    );
  }
  const shapeTimes = await processingTimes(meili, shapes, TURNS);

  return [
    "## Meilisearch's settings and requests against its cost (issue 18)",
    '',
    `\`seed --scale ${benchScale()}\`. What the engine's own cost per search depends on. Each index setting below is`,
    'changed on every index, measured, then restored, right after a baseline with the settings the API sets. Issue mix:',
    `the ${issueMix.length} faceted searches of \`bench/search/query-mix.ts\`; keystrokes: the ${keystrokes.length} requests the`,
    "web app sends while those queries are typed (hits, no facets). Meilisearch's mean `processingTimeMs` one request",
    `at a time (each request's median of ${TURNS}), then raw throughput at 4 connections for ${SECONDS} s with Meilisearch's`,
    'CPU per request (/proc). No gzip.',
    '',
    '| Settings | issue mix, processing | req/s | CPU | keystrokes, processing | req/s | CPU |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...settingRows,
    '',
    `The keystroke requests with one part changed, or one index alone (mean \`processingTimeMs\`, each request's median of ${TURNS}, the variants taking turns):`,
    '',
    '| Keystroke requests | requests | mean | p50 | max |',
    '| --- | --- | --- | --- | --- |',
    ...shapeTimes.map(
      (t) => `| ${t.label} | ${t.requests} | ${t.mean.toFixed(1)} ms | ${t.p50} ms | ${t.max} ms |`,
    ),
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loadBefore} before, ${loadAverage()} after.`,
  ].join('\n');
}
