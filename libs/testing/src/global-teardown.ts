import { rmSync } from 'node:fs';
import './global-setup';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__CROSSROADS_TEST__;
  globalThis.__CROSSROADS_TEST__ = undefined; // the second teardown of a run (e2e + browser) finds nothing to stop
  await state?.stop?.();
  if (state?.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
}
