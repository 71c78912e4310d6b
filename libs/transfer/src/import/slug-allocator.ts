import { slugify } from '@crossroads/core';
import type { EntityManager } from 'typeorm';

/**
 * Free slugs for the records an import creates, without one query per row: the table's slugs are read once,
 * then each new record takes its base slug or the next free `base-n`.
 */
export class SlugAllocator {
  /** The next `n` to try for a base, so a thousand "Camille Martin" rows do not each probe every `-n` taken. */
  private readonly next = new Map<string, number>();

  private constructor(private readonly taken: Set<string>) {}

  static async load(manager: EntityManager, table: string): Promise<SlugAllocator> {
    const rows: { slug: string }[] = await manager.query(`SELECT slug FROM ${table}`);
    return SlugAllocator.of(rows.map((row) => row.slug));
  }

  static of(taken: Iterable<string>): SlugAllocator {
    return new SlugAllocator(new Set(taken));
  }

  /** `text` slugified, or an exact slug when `exact` (a slug column the importer already found free). */
  take(text: string, exact = false, maxLength = 100): string {
    const base = exact ? text : slugify(text, maxLength);
    let slug = base;
    let n = this.next.get(base) ?? 2;
    while (this.taken.has(slug)) slug = `${base}-${n++}`;
    this.next.set(base, n);
    this.taken.add(slug);
    return slug;
  }
}
