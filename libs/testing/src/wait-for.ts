import { setTimeout as sleep } from 'node:timers/promises';

/** Polls until `check` returns a truthy value, or fails with the last value after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined | null | false;
  do {
    last = await check();
    if (last) return last;
    await sleep(intervalMs);
  } while (Date.now() < deadline);
  throw new Error(`Condition not met within ${timeoutMs} ms (last value: ${JSON.stringify(last)})`);
}
