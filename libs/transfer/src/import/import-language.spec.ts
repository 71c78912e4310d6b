import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatReport, ImportReport } from './import-report';
import { frenchImportColumn, frenchImportMessage, importLanguageOf, inLanguage } from './import-language';
import { TERM_KINDS } from './term-kinds';

const report = (overrides: Partial<ImportReport> = {}): ImportReport => ({
  type: 'people',
  file: 'people.csv',
  language: 'en',
  dryRun: false,
  atomic: false,
  mode: 'upsert',
  encoding: 'UTF-8',
  rows: 8,
  created: 5,
  updated: 1,
  unchanged: 0,
  skipped: 0,
  invalid: 2,
  problems: [
    { row: 5, column: 'email', message: 'email must be a valid email address' },
    { row: 9, column: 'column 16', message: 'the row has more cells than the header names columns (15)' },
  ],
  problemsOmitted: 3,
  written: true,
  batches: 1,
  seconds: 1.25,
  ...overrides,
});

describe('import report messages in French', () => {
  it.each([
    ['"abc" is not a number', '« abc » n’est pas un nombre'],
    ['"1,5" is not a whole number', '« 1,5 » n’est pas un nombre entier'],
    ['"peut-être" is neither oui/yes nor non/no', '« peut-être » n’est ni oui/yes ni non/no'],
    ['"12k€" is not a whole number of euros', '« 12k€ » n’est pas un nombre entier d’euros'],
    ['unknown craft "plombier"', 'métier inconnu : « plombier »'],
    [
      'unknown title form (féminin, masculin, inclusif) "neutre"',
      'forme du titre inconnue (féminin, masculin, inclusif) : « neutre »',
    ],
    ['unknown size "énorme"', 'effectif inconnu : « énorme »'],
    ['must be lower-case letters, digits and -', 'doit être en lettres minuscules, chiffres et -'],
    [
      'must be lower-case letters, digits and -, 80 at most',
      'doit être en lettres minuscules, chiffres et -, 80 au plus',
    ],
    ['same email "lea@example.org" as row 3', 'même email « lea@example.org » que la ligne 3'],
    [
      'the row has more cells than the header names columns (15)',
      'la ligne a plus de cellules que l’en-tête ne nomme de colonnes (15)',
    ],
    ['matches 2 existing records: fix them first', 'correspond à 2 fiches existantes : corrigez-les d’abord'],
    ['already exists (siren "552100554"); --mode fail', 'existe déjà (siren « 552100554 ») ; --mode fail'],
    [
      'matches the email of a profile a member owns: its owner wrote that email, so the row is not written (edit the profile in the app)',
      'correspond à l’e-mail d’un profil qu’un membre possède : son titulaire a écrit cet e-mail, la ligne n’est donc pas écrite (modifiez le profil dans l’application)',
    ],
    // The GraphQL inputs' own rules, worded as the API's errors are (core's French field messages).
    ['email must be a valid email address', 'doit être une adresse e-mail valide'],
    ['give both lat and lng', 'donnez la latitude et la longitude ensemble'],
    ['is required', 'est requis'],
  ])('%s', (english, french) => {
    expect(frenchImportMessage(english)).toBe(french);
  });

  it('has a French word for every kind of term a cell may name', () => {
    for (const kind of TERM_KINDS) {
      const french = frenchImportMessage(`unknown ${kind} "x"`);
      expect(french).toMatch(/ : « x »$/);
      expect(french).not.toMatch(/unknown/);
    }
  });

  it('has a French form for every row problem the importer writes (`problem(…, message)`, `message: …`)', () => {
    const root = join(__dirname, '..');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
      .map((file) => readFileSync(join(root, file), 'utf8'));
    const written = files.flatMap((text) => [
      ...[...text.matchAll(/\.problem\(\s*[^()]*?,\s*(['`])((?:(?!\1).)+)\1\s*,?\s*\)/gs)].map((m) => m[2]),
      ...[...text.matchAll(/message: (['`])((?:(?!\1).)+)\1/g)].map((m) => m[2]),
    ]);
    // `${what}` is a term kind (each checked above); any other value stands for a number or a cell.
    const samples = written.map((message) =>
      message.replace(/\$\{([^}]+)\}/g, (_, expression: string) => (expression === 'what' ? 'craft' : '3')),
    );
    expect(samples.length).toBeGreaterThan(8);
    expect(samples.filter((message) => frenchImportMessage(message) === null)).toEqual([]);
  });

  it('names a column beyond the header in French', () => {
    expect(frenchImportColumn('column 16')).toBe('colonne 16');
    expect(frenchImportColumn('longitude')).toBe('longitude');
  });

  it('translates each problem, keeping the English beside it; English reports stay as they are', () => {
    const english = report();
    expect(inLanguage(english, 'en')).toBe(english);
    expect(inLanguage(english, 'fr')).toMatchObject({
      language: 'fr',
      problems: [
        {
          row: 5,
          column: 'email',
          message: 'doit être une adresse e-mail valide',
          englishMessage: 'email must be a valid email address',
        },
        {
          row: 9,
          column: 'colonne 16',
          message: 'la ligne a plus de cellules que l’en-tête ne nomme de colonnes (15)',
          englishMessage: 'the row has more cells than the header names columns (15)',
        },
      ],
    });
  });

  it('keeps a message it has no French for as it is, without pretending to translate it', () => {
    const unknown = { row: 2, column: 'x', message: 'a message nobody wrote yet' };
    expect(inLanguage(report({ problems: [unknown] }), 'fr').problems).toEqual([unknown]);
  });
});

describe('the report in a terminal', () => {
  it('in English', () => {
    expect(formatReport(report()).split('\n')).toEqual([
      'people from people.csv (read as UTF-8): 8 rows in 1.3 s',
      '  created 5, updated 1, unchanged 0, skipped 0; invalid 2',
      '',
      'row\tcolumn\tproblem',
      '5\temail\temail must be a valid email address',
      '9\tcolumn 16\tthe row has more cells than the header names columns (15)',
      '… and 3 more problems',
    ]);
  });

  it('in French, dry run', () => {
    const french = inLanguage(report({ dryRun: true, written: false }), 'fr');
    expect(formatReport(french).split('\n')).toEqual([
      'personnes depuis people.csv (lu en UTF-8) : 8 lignes en 1,3 s (essai : rien n’a été écrit)',
      '  à créer 5, à mettre à jour 1, inchangées 0, ignorées 0 ; invalides 2',
      '',
      'ligne\tcolonne\tproblème',
      '5\temail\tdoit être une adresse e-mail valide',
      '9\tcolonne 16\tla ligne a plus de cellules que l’en-tête ne nomme de colonnes (15)',
      '… et 3 autres problèmes',
    ]);
  });

  it('in French, an atomic import blocked by invalid rows', () => {
    const french = inLanguage(
      report({ atomic: true, written: false, problems: [], problemsOmitted: 0 }),
      'fr',
    );
    expect(formatReport(french).split('\n')).toEqual([
      'personnes depuis people.csv (lu en UTF-8) : 8 lignes en 1,3 s',
      '  à créer 5, à mettre à jour 1, inchangées 0, ignorées 0 ; invalides 2',
      '  --atomic : rien n’a été écrit, car des lignes sont invalides',
    ]);
  });

  it('in French, written', () => {
    const french = inLanguage(report({ invalid: 0, problems: [], problemsOmitted: 0, encoding: null }), 'fr');
    expect(formatReport(french).split('\n')).toEqual([
      'personnes depuis people.csv : 8 lignes en 1,3 s',
      '  créées 5, mises à jour 1, inchangées 0, ignorées 0 ; invalides 0',
    ]);
  });
});

describe('the language of a command-line import', () => {
  it.each([
    [undefined, {}, 'en'],
    [undefined, { LANG: 'fr_FR.UTF-8' }, 'fr'],
    [undefined, { LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' }, 'en'],
    [undefined, { LANG: 'en_US.UTF-8', LC_ALL: 'fr_BE.UTF-8' }, 'fr'],
    [undefined, { LANG: 'de_DE.UTF-8' }, 'en'],
    [undefined, { LANG: 'C.UTF-8' }, 'en'],
    ['en', { LANG: 'fr_FR.UTF-8' }, 'en'],
    ['fr', {}, 'fr'],
  ])('--lang %s with %j: %s', (option, env, language) => {
    expect(importLanguageOf(option, env)).toBe(language);
  });
});
