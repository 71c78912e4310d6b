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
 * HTTP and queueing, so it tells which kinds of request the engine's capacity goes to.
 */
export async function processingTimes(
  meili: Meilisearch,
  groups: [label: string, requests: object[]][],
  repeats = 3,
): Promise<ProcessingTimes[]> {
  const rows: ProcessingTimes[] = [];
  for (const [label, requests] of groups) {
    const times: number[] = [];
    for (const request of requests) {
      const runs: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const response = (await meili.multiSearch(request as never)) as unknown as {
          processingTimeMs: number;
        };
        runs.push(response.processingTimeMs);
      }
      times.push(
        percentile(
          runs.sort((a, b) => a - b),
          50,
        ),
      );
    }
    times.sort((a, b) => a - b);
    rows.push({
      label,
      requests: times.length,
      mean: times.reduce((sum, time) => sum + time, 0) / Math.max(1, times.length),
      p50: percentile(times, 50),
      max: times.at(-1) ?? 0,
    });
  }
  return rows;
}
