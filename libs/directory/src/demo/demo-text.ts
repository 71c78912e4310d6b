import { slugify } from '../shared/slug';
import { frenchTitle } from '../craft/craft-forms';
import { CRAFTS } from '../craft/crafts.data';
import { TitleForm } from '../shared/directory.enums';
import { FRENCH_SURNAMES, REGIONAL_SURNAMES } from './demo-names.data';
import type { DemoRandom } from './demo-random';

/** Names, slugs and the French and English phrasing shared by the demo companies and people. */

/** Unique values: the base, else base-2, base-3… (never one of the taken ones). */
export class UniqueNames {
  private readonly taken: Set<string>;
  private readonly next = new Map<string, number>();

  constructor(taken?: Iterable<string>) {
    this.taken = new Set(taken);
  }

  take(base: string): string {
    let candidate = base;
    if (this.taken.has(candidate)) {
      let n = this.next.get(base) ?? 2;
      do candidate = `${base}-${n++}`;
      while (this.taken.has(candidate));
      this.next.set(base, n);
    }
    this.taken.add(candidate);
    return candidate;
  }

  has(value: string): boolean {
    return this.taken.has(value);
  }
}

/** Slugs are ≤ 120 characters: the base keeps room for a "-N" suffix. */
export const slugBase = (text: string) => slugify(text, 110);

export function fill(pattern: string, words: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_match, key: string) => words[key] ?? '');
}

const CRAFT_BY_SLUG = new Map(CRAFTS.map((craft) => [craft.slug, craft]));

/** A craft's labels, the French one in the person's title form (masculine when none is given). */
export function craftLabels(
  slug: string,
  form: TitleForm = TitleForm.MASCULINE,
): { fr: string; en: string; department: string } {
  const craft = CRAFT_BY_SLUG.get(slug);
  return craft
    ? { fr: frenchTitle(craft, form), en: craft.labelEn, department: craft.department }
    : { fr: slug, en: slug, department: 'other' };
}

/** "Studio son" → "studio son", but "VFX studio" stays. */
export function lowerFirst(text: string): string {
  return /^.[A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

export function listFr(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

export function listEn(items: readonly string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function frenchSurname(random: DemoRandom): string {
  return random.chance(0.35) ? random.pick(REGIONAL_SURNAMES) : random.pick(FRENCH_SURNAMES);
}
