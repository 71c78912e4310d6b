import { slugify } from '@crossroads/directory';
import type { EntityManager } from 'typeorm';

/**
 * Free slugs for the records an import creates, without one query per row: the table's slugs are read once,
 * then each new record takes its base slug or the next free `base-n`.
 */
export class SlugAllocator {
  private constructor(private readonly taken: Set<string>) {}

  static async load(manager: EntityManager, table: string): Promise<SlugAllocator> {
    const rows: { slug: string }[] = await manager.query(`SELECT slug FROM ${table}`);
    return new SlugAllocator(new Set(rows.map((row) => row.slug)));
  }

  /** `text` slugified, or an exact slug when `exact` (a slug column the importer already found free). */
  take(text: string, exact = false, maxLength = 100): string {
    const base = exact ? text : slugify(text, maxLength);
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}
