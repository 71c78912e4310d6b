import type { ReasonCode, ReasonParam } from '../reason-code';

/** What every sentence table is made of: the languages, a template, and readers of loosely typed params. */

export type ReasonLang = 'en' | 'fr';

export type Template = (p: ReasonCode['params'], lang: ReasonLang) => string;

/** One sentence per code, in English and French. */
export type Sentences = Record<string, Record<ReasonLang, Template>>;

export const strings = (value: ReasonParam | undefined): string[] =>
  Array.isArray(value) ? (value as string[]) : [];
export const num = (value: ReasonParam | undefined): number => (typeof value === 'number' ? value : 0);
export const str = (value: ReasonParam | undefined): string => (typeof value === 'string' ? value : '');

/** Values joined by commas, or with "and"/"or" ("et"/"ou") between them. */
export const list = (
  values: readonly string[],
  lang: ReasonLang,
  last: 'and' | 'or' | ', ' = ', ',
): string => {
  if (last === ', ' || values.length < 2) return values.join(', ');
  const word = lang === 'fr' ? (last === 'and' ? ' et ' : ' ou ') : ` ${last} `;
  return values.join(word);
};
