import { EnqueuedTask, Meilisearch, MeilisearchTaskTimeOutError, Task } from 'meilisearch';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long to wait for one task (0 or less: no limit, as in the client), and how often to ask. */
export interface TaskWait {
  timeout: number;
  interval: number;
}

/**
 * Polls a task (or the request that enqueues it) until Meilisearch has finished it (succeeded, failed or canceled), or throws the client's
 * MeilisearchTaskTimeOutError past `timeout`. The client's own `waitForTask` adds an abort listener to one signal
 * per poll for the whole wait: a reindex polling for minutes piled up thousands of them
 * (MaxListenersExceededWarning on every poll past 1,500). Here each poll is a plain request.
 */
export async function waitForTask(
  client: Meilisearch,
  task: EnqueuedTask | number | PromiseLike<EnqueuedTask>,
  { timeout, interval }: TaskWait,
): Promise<Task> {
  const enqueued = await task;
  const uid = typeof enqueued === 'number' ? enqueued : enqueued.taskUid;
  const deadline = Date.now() + timeout;
  for (;;) {
    const current = await client.tasks.getTask(uid);
    if (current.status !== 'enqueued' && current.status !== 'processing') return current;
    if (timeout > 0 && Date.now() >= deadline) throw new MeilisearchTaskTimeOutError(uid, timeout);
    await sleep(interval);
  }
}
