import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** kebab-case ASCII: "Léa Dupré-Martin" → "lea-dupre-martin". */
export function slugify(text: string, maxLength = 100): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, maxLength)
      .replace(/-+$/g, '') || 'item'
  );
}

/** A slug free in `table`: the base, else base-2, base-3… */
export async function uniqueSlug(manager: EntityManager, table: string, text: string): Promise<string> {
  const base = slugify(text);
  const rows: { slug: string }[] = await manager.query(
    `SELECT slug FROM ${table} WHERE slug = $1 OR slug LIKE $2`,
    [base, `${base}-%`],
  );
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A slug that tells nothing about other rows: the title's words and a random suffix, never "-2" after a title
 * someone else already used (which would reveal that a private record with that title exists).
 */
export async function opaqueSlug(manager: EntityManager, table: string, text: string): Promise<string> {
  const base = slugify(text).slice(0, 80).replace(/-+$/, '');
  for (;;) {
    const slug = `${base}-${randomBytes(4).readUInt32BE(0).toString(36).padStart(6, '0').slice(-6)}`;
    const [taken] = (await manager.query(`SELECT 1 FROM ${table} WHERE slug = $1`, [slug])) as unknown[];
    if (!taken) return slug;
  }
}
