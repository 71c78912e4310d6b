import type { ApiProcess } from '@crossroads/testing';
import { Meilisearch } from 'meilisearch';
import { join } from 'node:path';
import { loadAverage } from '../machine';
import { LoadRequest, LoadResult, ms, pool as pooled, runLoad } from '../support/load';
import { meiliProcess, postmasterOf, processCpuSeconds, processTree } from '../support/processes';
import { benchScale, ScaleEnvironment } from '../support/scale-environment';
import { federatedRequests, meiliRequests } from './meili-requests';
import { QUERY_MIX } from './query-mix';
import { ProcessingTimes, processingTimes } from './meili-processing';
import { Typing, WebAppKind, WebAppRequest } from './web-app-mix';
import { webAppMix } from './web-app-requests';

/** Short rounds, targets taking turns: a busy neighbour on the shared machine slows them all alike. */
const ROUNDS = 6;
const TYPINGS: Typing[] = ['typed', 'pasted'];

interface Target {
  name: string;
  url: string;
  requests: LoadRequest[];
  /** The raw target the same requests are compared with (the API's rows only). */
  sameRequestsRaw?: number;
}

/** The processes whose CPU is read during each target's rounds. */
type CpuGroup = 'api' | 'meili' | 'pg';

const generatorCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/**
 * Issue 18, target 2: the API's capacity on the search mix as the web app sends it (keystrokes without facets,
 * the facets alone once a typed query settles, next pages by cursor) against raw Meilisearch replaying the issue's
 * mix, every search faceted ("today's raw": ≥ 1.5× wanted), and against raw Meilisearch replaying the federated
 * requests the API builds for the web-app mix itself. Two ways of entering the query: typed key by key, pasted.
 */
export async function capacity(env: ScaleEnvironment, api: ApiProcess): Promise<string> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  const meili = new Meilisearch({ host: env.services.meiliUrl, apiKey: env.services.meiliApiKey });
  const raw = (requests: object[]): LoadRequest[] =>
    requests.map((request) => ({
      path: '/multi-search',
      body: JSON.stringify(request),
      headers: { authorization: `Bearer ${env.services.meiliApiKey}` },
    }));
  const issueMix = await meiliRequests(QUERY_MIX);
  const targets: Target[] = [
    {
      name: `raw Meilisearch, issue mix (${QUERY_MIX.length} searches, all faceted)`,
      url: env.services.meiliUrl,
      requests: raw(issueMix),
    },
  ];
  const compositions: string[] = [];
  let costs: ProcessingTimes[] = [];
  for (const typing of TYPINGS) {
    const mix = await webAppMix(api.url, QUERY_MIX, typing);
    const federated = await federatedRequests(
      mix.requests.map(({ variables }) => ({
        input: variables.input,
        facets: variables.withFacets,
        hits: variables.withHits,
      })),
      { forward: meili },
    );
    const count = (kind: WebAppKind) => mix.requests.filter((request) => request.kind === kind).length;
    const retried = federated.filter((requests) => requests.length > 1).length;
    compositions.push(
      `**${typing}**: ${mix.requests.length} requests, ${count('settled')} for facets (settled first pages; ` +
        `${mix.requests.filter((request) => request.kind === 'settled' && !request.variables.withHits).length} of ` +
        'them without hits, which the last keystroke already asked), ' +
        `${count('keystroke')} keystrokes and ${count('next page')} next pages without facets` +
        (retried
          ? `; ${retried} of them retried by the API with no hit (both Meilisearch requests replayed raw)`
          : ''),
    );
    if (typing === 'typed') costs = await costByKind(meili, issueMix, mix.requests, federated);
    targets.push(
      {
        name: `raw Meilisearch, web-app mix ${typing}`,
        url: env.services.meiliUrl,
        requests: raw(federated.flat()),
      },
      {
        name: `GraphQL \`search\`, web-app mix ${typing}`,
        url: api.url,
        requests: mix.http,
        sameRequestsRaw: targets.length,
      },
    );
  }
  return measure(env, api, targets, seconds, compositions, costs);
}

/** Meilisearch's own processing time per kind of request of the typed mix (every kind of the web app is there). */
async function costByKind(
  meili: Meilisearch,
  issueMix: object[],
  requests: WebAppRequest[],
  federated: object[][],
): Promise<ProcessingTimes[]> {
  const of = (keep: (request: WebAppRequest) => boolean) =>
    federated.filter((_, i) => keep(requests[i])).map(([first]) => first);
  const prefixLength = (request: WebAppRequest) => String(request.variables.input.query ?? '').length;
  const keystroke = (min: number, max: number) => (request: WebAppRequest) =>
    request.kind === 'keystroke' && prefixLength(request) >= min && prefixLength(request) <= max;
  const settled = requests.filter((request) => request.kind === 'settled');
  const settledAs = async (facets: boolean, hits: boolean) =>
    (await federatedRequests(settled.map(({ variables }) => ({ input: variables.input, facets, hits })))).map(
      ([first]) => first,
    );
  return processingTimes(meili, [
    ['issue mix (all faceted)', issueMix],
    ['settled first pages, facets alone (as sent)', of((request) => request.kind === 'settled')],
    ['the same with hits and facets', await settledAs(true, true)],
    ['the same, hits alone', await settledAs(false, true)],
    ['keystrokes, 1–2 characters', of(keystroke(1, 2))],
    ['keystrokes, 3–5 characters', of(keystroke(3, 5))],
    ['keystrokes, 6 characters or more', of(keystroke(6, Infinity))],
    ['next pages', of((request) => request.kind === 'next page')],
  ]);
}

async function measure(
  env: ScaleEnvironment,
  api: ApiProcess,
  targets: Target[],
  seconds: number,
  compositions: string[],
  costs: ProcessingTimes[],
): Promise<string> {
  const meiliPid = meiliProcess(env.services.meiliUrl);
  const postmaster = postmasterOf(join(env.dataDir, 'pg'));
  const groups: Record<CpuGroup, () => number[]> = {
    api: () => [api.pid],
    meili: () => (meiliPid ? [meiliPid] : []),
    // PostgreSQL's backends: the web app's document asks `isDemo` of every hit (a DataLoader read).
    pg: () => (postmaster ? processTree(postmaster) : []),
  };
  const snapshot = () =>
    Object.fromEntries(
      Object.entries(groups).map(([group, pids]) => [
        group,
        new Map(pids().map((pid) => [pid, processCpuSeconds(pid) || 0])),
      ]),
    ) as Record<CpuGroup, Map<number, number>>;
  // CPU seconds per group since `before`; a process started meanwhile counts whole, one gone meanwhile is lost.
  const since = (before: Record<CpuGroup, Map<number, number>>) => {
    const after = snapshot();
    return Object.fromEntries(
      (Object.keys(groups) as CpuGroup[]).map((group) => [
        group,
        [...after[group]].reduce((sum, [pid, cpu]) => sum + cpu - (before[group].get(pid) ?? 0), 0),
      ]),
    ) as Record<CpuGroup, number>;
  };

  const rows: string[] = [];
  const cpuRows: string[] = [];
  const loads: string[] = [];
  const verdicts: string[] = [];
  for (const connections of [4, 20]) {
    for (const { url, requests } of targets) await runLoad({ url, connections, seconds: 2, requests });
    const loadBefore = loadAverage();
    const generatorBefore = generatorCpuSeconds();
    const rounds: LoadResult[][] = targets.map(() => []);
    const cpu = targets.map(() => ({ api: 0, meili: 0, pg: 0 }));
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, { url, requests }] of targets.entries()) {
        const before = snapshot();
        rounds[i].push(await runLoad({ url, connections, seconds: seconds / ROUNDS, requests }));
        const used = since(before);
        for (const group of Object.keys(used) as CpuGroup[]) cpu[i][group] += used[group];
      }
    const generator = (generatorCpuSeconds() - generatorBefore) / (seconds * targets.length);
    loads.push(
      `${connections} connections: load average ${loadBefore} before, ${loadAverage()} after; load generator ${(generator * 100).toFixed(0)} % of a core`,
    );
    const results = targets.map((_, i) => pooled(rounds[i], seconds));
    const [issueRaw] = results;
    for (const [i, target] of targets.entries()) {
      const result = results[i];
      const same = target.sameRequestsRaw === undefined ? undefined : results[target.sameRequestsRaw];
      rows.push(
        `| ${connections} | ${target.name} | ${result.perSecond} | ${ms(result.p50)} | ${ms(result.p95)} | ${(result.perSecond / issueRaw.perSecond).toFixed(2)}× | ${same ? `${(result.perSecond / same.perSecond).toFixed(2)}×` : ''} | ${result.errors + result.graphqlErrors} |`,
      );
      const perRequest = (seconds: number) => ((seconds * 1000) / Math.max(1, result.requests)).toFixed(1);
      cpuRows.push(
        `| ${connections} | ${target.name} | ${same ? perRequest(cpu[i].api) : ''} | ${perRequest(cpu[i].meili)} | ${perRequest(cpu[i].pg)} |`,
      );
      if (same)
        verdicts.push(
          `${connections} connections, ${target.name.replace(/^.*mix /, '')}: ${(result.perSecond / issueRaw.perSecond).toFixed(2)}×`,
        );
    }
    console.log(`bench: capacity at ${connections}: ${rows.slice(-targets.length).join(' / ')}`);
  }
  return [
    "## Capacity on the web app's search mix (issue 18)",
    '',
    `\`seed --scale ${benchScale()}\` (${env.seeded.people.toLocaleString('en')} people). The ${QUERY_MIX.length} inputs of`,
    '`bench/search/query-mix.ts` as the web app (apps/web/src/search/SearchPage.tsx) sends them: every change of the',
    'query box at once without facets, the settled query (300 ms without change) again for its facets alone (the hits',
    'came with the last keystroke; with them when no keystroke asked, e.g. filters only), the "next page"',
    "button with the first page's cursor, without facets; `first: 20`, the mix's filters in place while typing. The",
    "bodies are the ones the web app's urql client sent (its generated `Search` document, `__typename`s added,",
    '`isDemo` on every hit), recorded once against the API; the raw rows replay the exact federated requests the API',
    'built for each of them, and the issue\'s mix, every search faceted ("today\'s raw"). Two ways of entering each',
    'query:',
    '',
    ...compositions.map((line) => `- ${line}`),
    '',
    'Throttle raised by the benchmark API process, no gzip anywhere. Targets take turns in',
    `${ROUNDS} rounds of ${(seconds / ROUNDS).toFixed(1)} s after a 2 s warm-up each.`,
    '',
    '| Connections | Target | req/s | p50 | p95 | req/s vs raw issue mix | vs raw, same requests | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    "Meilisearch's own `processingTimeMs` per kind of request of the typed mix, one request at a time (each",
    "request's median of 5, the kinds taking turns), before the load:",
    '',
    '| Requests | count | mean | p50 | max |',
    '| --- | --- | --- | --- | --- |',
    ...costs.map(
      (row) => `| ${row.label} | ${row.requests} | ${ms(row.mean)} | ${ms(row.p50)} | ${ms(row.max)} |`,
    ),
    '',
    "CPU (user + system, /proc) per request during each target's rounds, in ms (the API process; Meilisearch;",
    "PostgreSQL's postmaster and backends):",
    '',
    '| Connections | Target | API | Meilisearch | PostgreSQL |',
    '| --- | --- | --- | --- | --- |',
    ...cpuRows,
    '',
    `Issue 18, target 2 (capacity on the mix ≥ 1.5× today's raw Meilisearch): ${verdicts.join('; ')}.`,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${loads.join('; ')}.`,
  ].join('\n');
}
