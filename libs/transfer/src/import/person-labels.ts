import { LanguageLevel, resolveCraft, TitleForm } from '@crossroads/directory';
import { memoised } from './cells';
import { languageCode, languageLevel, personKind, vocabulary } from './labels';

/** When a language cell gives no level ("anglais"), the person is taken to work in it. */
const DEFAULT_LEVEL = LanguageLevel.PROFESSIONAL;

/** féminin, Masculin, INCLUSIVE… → the TitleForm; accents and case ignored. */
export const titleForm = vocabulary(TitleForm, {
  FEMININE: ['féminin', 'f'],
  MASCULINE: ['masculin', 'm'],
  INCLUSIVE: ['inclusif', 'épicène'],
});

/** "anglais courant", "en:FLUENT", "English (native)", "nl" → a language and a level. */
export function languageWithLevel(item: string): { language: string; level: LanguageLevel } | undefined {
  const parts = item
    .replace(/[():\-–]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  for (let split = parts.length; split >= 1; split--) {
    const language = languageCode(parts.slice(0, split).join(' '));
    if (!language) continue;
    const rest = parts.slice(split).join(' ');
    const level = rest ? languageLevel(rest) : DEFAULT_LEVEL;
    return level ? { language, level } : undefined;
  }
  return undefined;
}

/** The lookups of a people sheet's list cells, remembered by term. */
export const craftTerm = memoised(resolveCraft);
export const personKindTerm = memoised(personKind);
const knownLanguage = memoised(languageWithLevel);
/** A fresh object per cell, so "anglais | anglais" still reads as a language listed twice. */
export const languageTerm = (item: string) => {
  const found = knownLanguage(item);
  return found && { ...found };
};
