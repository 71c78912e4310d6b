import { Presets, SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { seedDemoCoproduction } from '@crossroads/coproduction/demo';
import { seedDemoDirectory } from '@crossroads/directory/demo';
import { seedDemoPersonas } from '@crossroads/delegations/demo';

/** Seeds the demo directory with a progress bar; prints what was inserted. */
export async function seedCommand(
  dataSource: DataSource,
  options: { scale: number; seed: number; password: string },
): Promise<void> {
  const bar = new SingleBar(
    { format: 'seeding |{bar}| {value}/{total} people | {rate} rows/s | ETA {eta}s', hideCursor: true },
    Presets.shades_classic,
  );
  const started = performance.now();
  let barStarted = false;
  try {
    const result = await seedDemoDirectory(dataSource, {
      scale: options.scale,
      seed: options.seed,
      onProgress: (done, total) => {
        const seconds = (performance.now() - started) / 1000;
        const rate = seconds > 0 ? Math.round(done / seconds) : 0;
        if (!barStarted) {
          bar.start(total, done, { rate });
          barStarted = true;
        } else {
          bar.update(done, { rate });
        }
      },
    });
    if (barStarted) bar.stop();
    barStarted = false;
    // Co-production reads the demo companies and people: seeded after the directory, from the same seed.
    const coproduction = await seedDemoCoproduction(dataSource, { seed: options.seed });
    // Personas last: they are demo people, and the directory seeder stops when it finds any.
    const personas = await seedDemoPersonas(dataSource, options.password);
    if (personas.accounts > 0)
      console.log(`${personas.accounts} demo persona accounts seeded (see README.md)`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (coproduction.projects > 0) {
      console.log(
        `${coproduction.projects} projects and ${coproduction.profiles} co-production profiles seeded`,
      );
    }
    if (result.people === 0 && result.companies === 0) {
      console.log('demo data already present: nothing inserted');
      return;
    }
    console.log(
      `demo data seeded in ${seconds}s (seed ${options.seed}, scale ${options.scale}): ` +
        `${result.companies} companies, ${result.people} people (${result.people - result.students} professionals, ` +
        `${result.students} students), ${result.programmes} demo programmes`,
    );
  } finally {
    if (barStarted) bar.stop();
  }
}
