import { AppError } from '@crossroads/core';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** zxcvbn's 0–4 scale: 3 resists an offline attack on a slow hash (argon2 here) for a long time. */
export const MIN_PASSWORD_SCORE = 3;

/** Words of this product a password must not lean on, beside the account's own email and name. */
const SITE_WORDS = ['crossroads', 'pictanovo', 'plaine', 'images', 'tourcoing', 'valenciennes', 'wallers'];

let checker: ZxcvbnFactory | undefined;

/**
 * Built once, on first use: the dictionaries (common, English, French passwords and words) take ~0.3 s and about
 * 14 MiB of heap, so they are not even loaded until a password is checked (a replica serving searches never does).
 */
function zxcvbn(): ZxcvbnFactory {
  if (checker) return checker;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  const en = require('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
  const fr = require('@zxcvbn-ts/language-fr') as typeof import('@zxcvbn-ts/language-fr');
  /* eslint-enable @typescript-eslint/no-require-imports */
  checker = new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
  });
  return checker;
}

/**
 * Refuses, as BAD_USER_INPUT on `field`, a password that contains the email's name or is easy to guess. The
 * same rules at registration and at every change.
 */
export function assertAcceptablePassword(
  password: string,
  account: { email: string; displayName?: string | null },
  field: string,
): void {
  const local = account.email.split('@')[0].toLowerCase();
  if (local.length >= 3 && password.toLowerCase().includes(local)) {
    throw AppError.badInput('The password must not contain the email', [
      { field, message: 'must not contain the email' },
    ]);
  }
  const inputs = [account.email, local, ...(account.displayName ? [account.displayName] : []), ...SITE_WORDS];
  const result = zxcvbn().check(password, inputs);
  if (result.score < MIN_PASSWORD_SCORE) {
    const hint = result.feedback.warning ?? result.feedback.suggestions[0] ?? 'Add more words or characters';
    throw AppError.badInput(`The password is too easy to guess: ${hint}`, [
      { field, message: `is too easy to guess (${hint})` },
    ]);
  }
}
