import type { CombinedError } from 'urql';
import type { MessageKey } from '../i18n/fr';
import type { Translate } from '../i18n/i18n';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'TIMEOUT',
  'INTERNAL_SERVER_ERROR',
]);

/**
 * A failed request in the reader's language: the page's own words for a code when it has some (`specific`), else
 * the app's words for each known `extensions.code`, else the server's message (sent in the app's language through
 * Accept-Language), else a generic sentence.
 */
export function errorText(
  error: CombinedError | undefined,
  t: Translate,
  specific: Partial<Record<string, string>> = {},
): string {
  const first = error?.graphQLErrors[0];
  const code = first?.extensions?.code;
  if (typeof code === 'string') {
    const own = specific[code];
    if (own) return own;
    if (KNOWN_CODES.has(code)) return t(`error.${code}` as MessageKey);
  }
  return first?.message || t('state.error');
}
