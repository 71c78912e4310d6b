import { rmSync } from 'node:fs';
import './global-setup';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__CROSSROADS_TEST__;
  await state?.stop?.();
  if (state?.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
}
