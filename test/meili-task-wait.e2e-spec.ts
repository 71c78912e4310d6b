import { MEILI_CLIENT, waitForTask } from '@crossroads/search';
import { startTestApp, TestApp } from '@crossroads/testing';
import { Meilisearch, MeilisearchTaskTimeOutError } from 'meilisearch';
import { createApp } from '../apps/api/src/create-app';

/** The most abort listeners any one AbortSignal held at once while `run` ran. */
async function peakAbortListeners(run: () => Promise<unknown>): Promise<number> {
  const held = new WeakMap<EventTarget, number>();
  let peak = 0;
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  const count = (target: EventTarget, type: string, delta: number) => {
    if (type !== 'abort' || !(target instanceof AbortSignal)) return;
    const now = (held.get(target) ?? 0) + delta;
    held.set(target, now);
    peak = Math.max(peak, now);
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    count(this, type, 1);
    return (addEventListener as (...args: unknown[]) => void).call(this, type, ...rest);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    count(this, type, -1);
    return (removeEventListener as (...args: unknown[]) => void).call(this, type, ...rest);
  };
  try {
    await run();
  } finally {
    Object.assign(EventTarget.prototype, { addEventListener, removeEventListener });
  }
  return peak;
}

describe('waiting for a Meilisearch task', () => {
  let t: TestApp;
  let meili: Meilisearch;
  beforeAll(async () => {
    t = await startTestApp(createApp);
    meili = t.app.get(MEILI_CLIENT);
  });
  afterAll(() => t.close());

  const people = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `p${i}`,
      name: `Person ${i}`,
      bio: 'chef opératrice '.repeat(20),
    }));

  it('polls a long task without piling abort listeners on one signal (the client did, one per poll)', async () => {
    const index = meili.index(`wait-${Date.now()}`);
    let polls = 0;
    const getTask = meili.tasks.getTask.bind(meili.tasks);
    meili.tasks.getTask = (...args) => (polls++, getTask(...args));
    try {
      const peak = await peakAbortListeners(async () => {
        const task = await waitForTask(meili, index.addDocuments(people(20_000)), {
          timeout: 60_000,
          interval: 1,
        });
        expect(task.status).toBe('succeeded');
      });
      expect(polls).toBeGreaterThan(10);
      expect(peak).toBeLessThanOrEqual(2);
    } finally {
      meili.tasks.getTask = getTask;
      await index.delete();
    }
  });

  it("throws the client's timeout error, naming the task, once the time is up", async () => {
    const index = meili.index(`wait-timeout-${Date.now()}`);
    const enqueued = await index.addDocuments(people(20_000));
    await expect(waitForTask(meili, enqueued, { timeout: 1, interval: 1 })).rejects.toThrow(
      MeilisearchTaskTimeOutError,
    );
    await waitForTask(meili, enqueued, { timeout: 60_000, interval: 50 });
    await index.delete();
  });
});
