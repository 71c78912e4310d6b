import { Faker, base, en, fr, generateMersenne53Randomizer, type Randomizer } from '@faker-js/faker';

/**
 * The random draws of the demo generators (directory and co-production), from seeded faker streams: never
 * Math.random nor the clock, so the same seed gives the same demo data on every machine.
 */

/** [value, integer weight] */
export type Weighted<T> = readonly (readonly [T, number])[];

/** The randomizer behind each faker made by seededFaker, for DemoRandom's own integer draws. */
const RANDOMIZERS = new WeakMap<Faker, Randomizer>();

/**
 * A faker with the demo locales (French, then English), seeded with a 32-bit integer. Its randomizer is faker's
 * default one (Mersenne Twister, 53 bits), made here so that DemoRandom can draw from it directly.
 */
export function seededFaker(seed: number): Faker {
  const randomizer = generateMersenne53Randomizer();
  const faker = new Faker({ locale: [fr, en, base], randomizer });
  faker.seed(seed);
  RANDOMIZERS.set(faker, randomizer);
  return faker;
}

/*
 * Integer draws are the generators' hot path (tens per person). Inside jest every read of a global such as `Math`
 * or `Number` goes through the vm context's interceptors, about 0.4 µs each, which made faker.number.int 20 times
 * slower there than in node (about half a second per thousand people). The same arithmetic as faker.number.int,
 * with Math's functions read once: the same numbers from the same stream.
 */
const { ceil, floor } = Math;

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
  private readonly randomizer: Randomizer | undefined;

  constructor(readonly faker: Faker) {
    this.randomizer = RANDOMIZERS.get(faker);
  }

  /** An integer in [min, max], as faker.number.int({ min, max }) draws it (which it still does for other fakers). */
  int(min: number, max: number): number {
    const low = ceil(min);
    const high = floor(max);
    if (!this.randomizer || high <= low) return this.faker.number.int({ min, max });
    return floor(this.randomizer.next() * (high - low + 1) + low);
  }

  chance(probability: number): boolean {
    return this.faker.datatype.boolean({ probability });
  }

  /** As faker.helpers.arrayElement draws it. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) return this.faker.helpers.arrayElement(items);
    return items[items.length > 1 ? this.int(0, items.length - 1) : 0];
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

  /** A version 4 UUID, as faker.string.uuid() draws it: a hex digit per x, then 8–b for the y. */
  uuid(): string {
    if (!this.randomizer) return this.faker.string.uuid();
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'
      .replaceAll('x', () => this.int(0, 15).toString(16))
      .replaceAll('y', () => this.int(8, 11).toString(16));
  }
}
