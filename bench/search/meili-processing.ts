import type { Meilisearch } from 'meilisearch';
import { percentile } from '../machine';

export interface ProcessingTimes {
  label: string;
  requests: number;
  /** Meilisearch's own `processingTimeMs`, each request's median of `repeats`, then over the group. */
  mean: number;
  p50: number;
  max: number;
}

/**
 * What each group of requests costs Meilisearch itself, one request at a time: its `processingTimeMs` leaves out
 * HTTP and queueing, so it tells which kinds of request the engine's capacity goes to. The groups take turns,
 * `repeats` times, so that a busy neighbour slows them alike; each request's median counts.
 */
export async function processingTimes(
  meili: Meilisearch,
  groups: [label: string, requests: object[]][],
  repeats = 5,
): Promise<ProcessingTimes[]> {
  const runs = groups.map(([, requests]) => requests.map((): number[] => []));
  for (let i = 0; i < repeats; i++)
    for (const [g, [, requests]] of groups.entries())
      for (const [r, request] of requests.entries()) {
        const response = (await meili.multiSearch(request as never)) as unknown as {
          processingTimeMs: number;
        };
        runs[g][r].push(response.processingTimeMs);
      }
  return groups.map(([label], g) => {
    const times = runs[g]
      .map((each) =>
        percentile(
          each.sort((a, b) => a - b),
          50,
        ),
      )
      .sort((a, b) => a - b);
    return {
      label,
      requests: times.length,
      mean: times.reduce((sum, time) => sum + time, 0) / Math.max(1, times.length),
      p50: percentile(times, 50),
      max: times.at(-1) ?? 0,
    };
  });
}
