import type { ApiProcess } from '@crossroads/testing';
import { generateFuzzRequests } from './fuzz-generator';

const COUNT = Number(process.env.BENCH_FUZZ_COUNT ?? 10_000);
const CONCURRENCY = 16;

type Outcome = { status: number; codes: string[]; missingCode: boolean; notJson: boolean };

async function send(url: string, request: ReturnType<typeof generateFuzzRequests>[number]): Promise<Outcome> {
  const response =
    request.method === 'GET'
      ? await fetch(`${url}/graphql?${request.body}`, { headers: { 'apollo-require-preflight': 'true' } })
      : await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: request.contentType ? { 'content-type': request.contentType } : {},
          body: request.body,
        });
  const text = await response.text();
  let body: { errors?: { extensions?: { code?: string } }[] } | undefined;
  try {
    body = JSON.parse(text);
  } catch {
    return { status: response.status, codes: [], missingCode: response.status >= 400, notJson: true };
  }
  const errors = body?.errors ?? [];
  const codes = errors.map((error) => error.extensions?.code ?? 'MISSING');
  return {
    status: response.status,
    codes,
    missingCode: codes.includes('MISSING') || (response.status >= 400 && errors.length === 0),
    notJson: false,
  };
}

/**
 * Sends COUNT malformed or hostile requests (deterministic generator, bench/fuzz/fuzz-generator.ts) with a few
 * in flight, and counts statuses, error codes, 5xx and errors without a code; the API's memory before and after.
 */
export async function fuzz(api: ApiProcess): Promise<{ section: string; failures: number }> {
  const requests = generateFuzzRequests(COUNT);
  const byStatus = new Map<number, number>();
  const byCode = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const problems: string[] = [];
  let serverErrors = 0;
  let missingCodes = 0;
  let transportErrors = 0;
  const before = api.rssMiB();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const request = requests[next++];
        byCategory.set(request.category, (byCategory.get(request.category) ?? 0) + 1);
        try {
          const outcome = await send(api.url, request);
          byStatus.set(outcome.status, (byStatus.get(outcome.status) ?? 0) + 1);
          for (const code of new Set(outcome.codes)) byCode.set(code, (byCode.get(code) ?? 0) + 1);
          if (outcome.status >= 500) serverErrors++;
          if (outcome.missingCode) missingCodes++;
          if ((outcome.status >= 500 || outcome.missingCode) && problems.length < 10)
            problems.push(`${request.category}: ${outcome.status} ${request.body.slice(0, 120)}`);
        } catch (error) {
          transportErrors++;
          if (problems.length < 10) problems.push(`${request.category}: ${(error as Error).message}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const after = api.rssMiB();
  const alive = await fetch(`${api.url}/health`).then(
    (response) => response.ok,
    () => false,
  );
  const table = (map: Map<string | number, number>) =>
    [...map]
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
      .map(([key, n]) => `${key} ${n.toLocaleString('en')}`)
      .join(', ');
  if (problems.length) console.log(`bench: fuzz problems:\n${problems.join('\n')}`);
  return {
    failures: serverErrors + missingCodes + transportErrors + (alive ? 0 : 1),
    section: [
      '## Fuzz: malformed and hostile GraphQL requests (issue 9)',
      '',
      `${COUNT.toLocaleString('en')} requests from a deterministic generator (\`bench/fuzz/fuzz-generator.ts\`, seed 9), ${CONCURRENCY} in`,
      `flight, in ${seconds.toFixed(0)} s: broken JSON and wrong content types, wrong types and out-of-range values, huge strings and`,
      'bodies, deep, aliased and directive-heavy queries, fragment cycles, batches, filter-injection payloads (quotes,',
      'Meilisearch filter syntax, SQL), unauthorised mutations, invalid documents and GET requests.',
      '',
      '| Measure | Result |',
      '| --- | --- |',
      `| Requests by category | ${table(byCategory)} |`,
      `| Responses by HTTP status | ${table(byStatus)} |`,
      `| Responses carrying each error code | ${table(byCode)} |`,
      `| 5xx responses | ${serverErrors} |`,
      `| Errors without a code (or non-JSON error bodies) | ${missingCodes} |`,
      `| Transport errors (connection reset, crash) | ${transportErrors} |`,
      `| API alive afterwards (\`/health\`) | ${alive ? 'yes' : 'no'} |`,
      `| API RSS before → after | ${before} → ${after} MiB |`,
    ].join('\n'),
  };
}
