import { DEMO_SEED, SeedDemoOptions, SeedDemoResult, seedDemoDirectory } from '@crossroads/directory/demo';
import type { DataSource } from 'typeorm';
import { SeedCoproductionResult, seedDemoCoproduction } from './demo-seeder';

export { DEMO_SEED };

export interface SeedAllDemoResult {
  directory: SeedDemoResult;
  coproduction: SeedCoproductionResult;
}

/**
 * All the demo data, each lib its part in dependency order (co-production reads the demo companies and people),
 * from DEMO_SEED at scale 1 unless told otherwise. Inserts nothing that is already there.
 */
export async function seedDemo(
  dataSource: DataSource,
  options: SeedDemoOptions = {},
): Promise<SeedAllDemoResult> {
  const seed = options.seed ?? DEMO_SEED;
  const directory = await seedDemoDirectory(dataSource, { scale: 1, ...options, seed });
  const coproduction = await seedDemoCoproduction(dataSource, { seed, today: options.today });
  return { directory, coproduction };
}
