import { formatLabel, stageLabel, type ReasonLang } from '@crossroads/coproduction';
import { TitleForm } from '@crossroads/directory';
import { COMPANY_KIND_WORDS, PERSON_KIND_WORDS } from '../kind-words';

/**
 * Words for the codes a roster shows (kinds, formats, stages), in French or English: the brochure and the CSV
 * printed the codes themselves (TECHNICIAN, PRODUCTION, FEATURE_FILM · DEVELOPMENT). A person's kind in French is
 * written in the form the person chose for their titles (technicienne, technicien, technicien·ne). Pure.
 */

const plain = (code: string) => code.toLowerCase().replace(/_/g, ' ');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const list = (words: string[]) => capitalised(words.join(', '));

/** "Technicienne, comédienne" (French, in the person's form) or "Technician, actor". */
export function personKindsText(kinds: readonly string[], form: TitleForm | null, lang: ReasonLang): string {
  const key =
    lang === 'en'
      ? 'en'
      : form === TitleForm.FEMININE
        ? 'feminine'
        : form === TitleForm.MASCULINE
          ? 'masculine'
          : 'inclusive';
  return list(kinds.map((kind) => PERSON_KIND_WORDS[kind]?.[key] ?? plain(kind)));
}

/** "Production, animation". */
export function companyKindsText(kinds: readonly string[], lang: ReasonLang): string {
  return list(kinds.map((kind) => COMPANY_KIND_WORDS[kind]?.[lang] ?? plain(kind)));
}

/** "Longs métrages, séries d’animation". */
export function formatsText(formats: readonly string[], lang: ReasonLang): string {
  return list(formats.map((format) => formatLabel(format, lang, true)));
}

/** "Long métrage · développement". */
export function projectText(format: string, stage: string, lang: ReasonLang): string {
  return `${capitalised(formatLabel(format, lang))} · ${stageLabel(stage, lang)}`;
}

const FRENCH_ORDER = new Intl.Collator('fr');
const GROUP_ORDER: Record<string, number> = { COMPANY: 0, PROJECT: 1, PERSON: 2 };

/**
 * A roster's order: companies, projects, then people, each group alphabetical in French ("Émery" under E,
 * "Œillet" under O). People are filed by last name, then first name, as a directory is: `sortName` gives that
 * key ("Lefebvre Bruno") while the printed name stays "Bruno Lefebvre".
 */
export function rosterOrder<T extends { kind: string; name: string; sortName?: string }>(entries: T[]): T[] {
  const key = (entry: T) => entry.sortName ?? entry.name;
  return [...entries].sort(
    (a, b) =>
      (GROUP_ORDER[a.kind] ?? 3) - (GROUP_ORDER[b.kind] ?? 3) ||
      FRENCH_ORDER.compare(key(a), key(b)) ||
      FRENCH_ORDER.compare(a.name, b.name),
  );
}
