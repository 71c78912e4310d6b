import { frenchFieldMessage } from '@crossroads/core';
import type { ImportReport, RowProblem } from './import-report';
import { FRENCH_UNKNOWN_TERM, TermKind } from './term-kinds';

/** The languages an import report is written in. */
export type ImportLanguage = 'fr' | 'en';
export const IMPORT_LANGUAGES: readonly ImportLanguage[] = ['fr', 'en'];

type French = (...groups: string[]) => string;

/**
 * The importer's own messages (cells it reads, rows it compares), in French. The messages of the GraphQL inputs'
 * rules that a row also runs are core's (`frenchFieldMessage`), worded as the API's errors are.
 */
const PATTERNS: [RegExp, French][] = [
  [/^"(.*)" is not a number$/s, (cell) => `« ${cell} » n’est pas un nombre`],
  [/^"(.*)" is not a whole number$/s, (cell) => `« ${cell} » n’est pas un nombre entier`],
  [/^"(.*)" is not a whole number of euros$/s, (cell) => `« ${cell} » n’est pas un nombre entier d’euros`],
  [/^"(.*)" is neither oui\/yes nor non\/no$/s, (cell) => `« ${cell} » n’est ni oui/yes ni non/no`],
  [/^must be lower-case letters, digits and -$/, () => 'doit être en lettres minuscules, chiffres et -'],
  [
    /^must be lower-case letters, digits and -, (\d+) at most$/,
    (max) => `doit être en lettres minuscules, chiffres et -, ${max} au plus`,
  ],
  [
    /^same (\w+) "(.*)" as row (\d+)$/s,
    (column, value, row) => `même ${column} « ${value} » que la ligne ${row}`,
  ],
  [
    /^the row has more cells than the header names columns \((\d+)\)$/,
    (n) => `la ligne a plus de cellules que l’en-tête ne nomme de colonnes (${n})`,
  ],
  [
    /^matches (\d+) existing records: fix them first$/,
    (n) => `correspond à ${n} fiches existantes : corrigez-les d’abord`,
  ],
  [
    /^already exists \((\w+) "(.*)"\); --mode fail$/s,
    (column, value) => `existe déjà (${column} « ${value} ») ; --mode fail`,
  ],
  [
    /^matches the email of a profile a member owns: its owner wrote that email, so the row is not written \(edit the profile in the app\)$/,
    () =>
      'correspond à l’e-mail d’un profil qu’un membre possède : son titulaire a écrit cet e-mail, la ligne n’est donc pas écrite (modifiez le profil dans l’application)',
  ],
  // The endpoint's own refusals of its parameters (`extensions.fields`).
  [/^unknown import type$/, () => 'type d’import inconnu'],
  [/^unknown mode$/, () => 'mode inconnu'],
  [
    /^unknown (.+?) "(.*)"$/s,
    (what, term) => {
      const french = FRENCH_UNKNOWN_TERM[what as TermKind] as string | undefined;
      return french ? `${french} : « ${term} »` : '';
    },
  ],
];

/** A row problem's message in French, or null when it has none (it then stays English). */
export function frenchImportMessage(message: string): string | null {
  for (const [pattern, french] of PATTERNS) {
    const match = pattern.exec(message);
    const text = match && french(...match.slice(1));
    if (text) return text;
  }
  return frenchFieldMessage(message);
}

/** A problem's column in French: the file's own header as it is, a cell beyond the header by its number. */
export function frenchImportColumn(column: string): string {
  const beyond = /^column (\d+)$/.exec(column);
  return beyond ? `colonne ${beyond[1]}` : column;
}

function frenchProblem(problem: RowProblem): RowProblem {
  const message = frenchImportMessage(problem.message);
  const column = frenchImportColumn(problem.column);
  return message ? { ...problem, column, message, englishMessage: problem.message } : { ...problem, column };
}

/**
 * The report in `language`: in French each problem's message that has a French form (the English kept in
 * `englishMessage`, as the GraphQL errors keep theirs); an English report is returned as it is.
 */
export function inLanguage(report: ImportReport, language: ImportLanguage): ImportReport {
  if (language === 'en') return report;
  return { ...report, language, problems: report.problems.map(frenchProblem) };
}

/**
 * The language of a command-line import: `--lang` when given, else the locale of the environment as POSIX reads
 * it (LC_ALL, then LC_MESSAGES, then LANG): French for `fr…`, English otherwise.
 */
export function importLanguageOf(option: string | undefined, env: NodeJS.ProcessEnv): ImportLanguage {
  if (option === 'fr' || option === 'en') return option;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr([_.@-]|$)/i.test(locale) ? 'fr' : 'en';
}
