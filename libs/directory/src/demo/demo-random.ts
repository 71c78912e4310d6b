import { Faker, base, en, fr } from '@faker-js/faker';

/**
 * The random draws of the demo generators (directory and co-production), from seeded faker streams: never
 * Math.random nor the clock, so the same seed gives the same demo data on every machine.
 */

/** [value, integer weight] */
export type Weighted<T> = readonly (readonly [T, number])[];

/** A faker with the demo locales (French, then English), seeded with a 32-bit integer. */
export function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [fr, en, base] });
  faker.seed(seed);
  return faker;
}

/** Picks by integer weights: one integer draw below the total, found in the cumulative weights. */
export class WeightedTable<T> {
  private readonly values: T[] = [];
  private readonly cumulative: number[] = [];
  readonly total: number;

  constructor(entries: Weighted<T>) {
    let total = 0;
    for (const [value, weight] of entries) {
      if (weight <= 0) continue;
      total += weight;
      this.values.push(value);
      this.cumulative.push(total);
    }
    if (total === 0) throw new Error('A weighted table needs a positive weight');
    this.total = total;
  }

  pick(random: DemoRandom): T {
    const x = random.int(0, this.total - 1);
    let i = 0;
    while (this.cumulative[i] <= x) i++;
    return this.values[i];
  }
}

const WEIGHTED_TABLES = new WeakMap<object, WeightedTable<unknown>>();

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

/** The few random draws the generators need, all from one faker stream. */
export class DemoRandom {
  constructor(readonly faker: Faker) {}

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  chance(probability: number): boolean {
    return this.faker.datatype.boolean({ probability });
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  /** Distinct items, between min and max of them. */
  some<T>(items: readonly T[], min: number, max: number): T[] {
    return this.faker.helpers.arrayElements(items, {
      min: Math.min(min, items.length),
      max: Math.min(max, items.length),
    });
  }

  /** By integer weights, through a WeightedTable kept per entries array. */
  weighted<T>(entries: Weighted<T>): T {
    let table = WEIGHTED_TABLES.get(entries) as WeightedTable<T> | undefined;
    if (!table) WEIGHTED_TABLES.set(entries, (table = new WeightedTable(entries)));
    return table.pick(this);
  }

  /** The value moved by up to ±amount, rounded to 5 decimals (coordinates). */
  jitter(value: number, amount: number): number {
    return round5(value + this.faker.number.float({ min: -amount, max: amount }));
  }

  uuid(): string {
    return this.faker.string.uuid();
  }
}
