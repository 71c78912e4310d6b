import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { flattenValidationErrors } from '../../libs/core/src/errors/validation.pipe';
import { frenchFieldMessage } from '../../libs/core/src/errors/french-field-messages';
import { IsDay } from '../../libs/core/src/validation/is-day';
import { IsNotBlank } from '../../libs/core/src/validation/is-not-blank';
import { IsWebLink } from '../../libs/core/src/validation/is-web-link';

const ROOT = join(__dirname, '..', '..');

/** Every TypeScript file under `dir`, tests aside. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A field's message starts in lower case; a sentence (an error's own message, an operator's) does not. */
const NOT_A_FIELD = /^[A-Z]/;

/**
 * Every message a field problem can carry, as written in the sources (`message: '…'` and `message: \`…\``,
 * `${…}` standing for a sample value, `$property` for a field name): the French web app shows them beside the
 * field, so each must have a French form (libs/core/src/errors/french-field-messages.ts).
 */
function writtenFieldMessages(): string[] {
  const messages = new Set<string>();
  for (const file of [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps/api'))]) {
    if (file.includes('/config/') || file.includes('/transfer/')) continue;
    const text = readFileSync(file, 'utf8');
    for (const [, quoted] of text.matchAll(/message: '([^']+)'/g)) messages.add(quoted);
    for (const [, template] of text.matchAll(/message: `([^`]+)`/g))
      messages.add(
        template.replace(/\$\{[^}]+\}/g, (expression) => (/MAX|DAYS/.test(expression) ? '3' : 'x')),
      );
    // A service's own helper naming the field: problem('availableTo', 'is before availableFrom').
    for (const [, quoted] of text.matchAll(/problem\(\s*'\w+',\s*'([^']+)'/g)) messages.add(quoted);
    for (const [, template] of text.matchAll(/problem\(\s*'\w+',\s*`([^`]+)`/g))
      messages.add(
        template.replace(/\$\{[^}]+\}/g, (expression) => (/MAX|DAYS/.test(expression) ? '3' : 'x')),
      );
    for (const [, property] of text.matchAll(/message: \(\{ property \}\) => `\$\{property\} ([^`]+)`/g))
      messages.add(`$property ${property}`);
  }
  return [...messages]
    .filter((message) => !NOT_A_FIELD.test(message))
    .map((message) => message.replace('$property', 'someField'));
}

describe('field messages in French', () => {
  it('has a French form for every field message the sources write', () => {
    const messages = writtenFieldMessages();
    expect(messages.length).toBeGreaterThan(40);
    expect(messages.filter((message) => frenchFieldMessage(message) === null)).toEqual([]);
  });

  it('has a French form for the messages of every validator the inputs use, alone and for each item', () => {
    enum Kind {
      A = 'A',
    }
    class Everything {
      @MaxLength(3) a = 'abcd';
      @MinLength(3) b = 'ab';
      @ArrayMaxSize(1) c = [1, 2];
      @ArrayMinSize(1) d = [];
      @IsString() e = 1;
      @IsEnum(Kind) f = 'B';
      @IsUUID() g = 'nope';
      @Matches(/^a$/) h = 'b';
      @Min(1) i = 0;
      @Max(1) j = 2;
      @IsInt() k = 1.5;
      @IsBoolean() l = 'yes';
      @IsIn(['x']) m = 'y';
      @IsISO31661Alpha2() n = 'XX';
      @IsLatitude() o = 'north';
      @IsLongitude() p = 'east';
      @IsEmail() q = 'nope';
      @IsUrl() r = 'nope';
      @IsNumber() s = 'nope';
      @IsDay() t = '2026-W05';
      @IsNotBlank() u = '   ';
      @IsWebLink() v = 'javascript:alert(1)';
      @MaxLength(1, { each: true }) w = ['ab'];
    }
    const messages = flattenValidationErrors(validateSync(new Everything())).map(
      (problem) => problem.message,
    );
    expect(messages.length).toBeGreaterThanOrEqual(23);
    expect(messages.filter((message) => frenchFieldMessage(message) === null)).toEqual([]);
  });

  it.each([
    ['firstName must be shorter than or equal to 100 characters', '100 caractères au plus'],
    [
      'each value in skills must be shorter than or equal to 60 characters',
      'chaque valeur : 60 caractères au plus',
    ],
    ['skills must contain no more than 30 elements', '30 éléments au plus'],
    ['first must not be greater than 100', 'doit valoir 100 au plus'],
    ['playingAgeMin must not be less than 0', 'doit valoir 0 au moins'],
    ['title must not be blank', 'ne doit pas être vide'],
    ['startsOn must be a day, YYYY-MM-DD', 'doit être un jour, AAAA-MM-JJ'],
    ['id must be a UUID', 'doit être un identifiant (UUID)'],
    ['slug must match /^[a-z]+$/ regular expression', 'n’a pas la forme attendue'],
    ['must be on or after startsOn', 'doit tomber le même jour que startsOn ou après'],
    ['must not contain the email', 'ne doit pas contenir l’adresse e-mail'],
    [
      'is too easy to guess (This is a top-10 common password)',
      expect.stringMatching(/^est trop facile à deviner/),
    ],
    ['unknown craft "chef-op"', 'métier inconnu : « chef-op »'],
    ['give both availableFrom and availableTo', 'donnez le premier et le dernier jour ensemble'],
    ['is before availableFrom', 'tombe avant availableFrom'],
    ['the window may span 92 days at most', 'la période couvre 92 jours au plus'],
    [
      'availability is known up to 550 days ahead',
      'les disponibilités sont connues jusqu’à 550 jours à l’avance',
    ],
  ])('%s → %s', (english, french) => {
    expect(frenchFieldMessage(english)).toEqual(french);
  });

  it('leaves a message it does not know to the caller (null)', () => {
    expect(frenchFieldMessage('something nobody wrote')).toBeNull();
  });
});
