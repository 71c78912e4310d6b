import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { translate, type Lang } from '../i18n/i18n';
import { errorText } from './errorText';

const failed = (code: string | undefined, message = 'The delegation is full: 2 of 2 seats held') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: code ? { code } : {} })] });
const t = (lang: Lang) => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(lang, key, params);

describe('errorText: a failed request in the reader’s language', () => {
  it.each([
    ['fr', 'FORBIDDEN', 'Vous n’avez pas le droit de faire cela.'],
    ['en', 'FORBIDDEN', 'You are not allowed to do this.'],
    ['fr', 'NOT_FOUND', 'Introuvable : cela n’existe pas ou ne vous est pas visible.'],
    ['en', 'RATE_LIMITED', 'Too many requests: try again in a moment.'],
    ['fr', 'CONFLICT', 'Impossible dans l’état actuel : c’est déjà fait, ou cela a changé entre-temps.'],
  ] as const)('%s, %s: the app’s own words', (lang, code, text) => {
    expect(errorText(failed(code), t(lang))).toBe(text);
  });

  it('prefers the page’s words for a code', () => {
    const specific = { CONFLICT: translate('fr', 'error.emailTaken') };
    expect(errorText(failed('CONFLICT'), t('fr'), specific)).toBe(
      'Un compte existe déjà avec cet e-mail : connectez-vous.',
    );
  });

  it('falls back on the server’s message for a code it does not know, then on a generic sentence', () => {
    expect(errorText(failed('SOMETHING_NEW', 'Nouveau refus'), t('fr'))).toBe('Nouveau refus');
    expect(errorText(failed(undefined, ''), t('en'))).toBe('Something went wrong.');
    expect(errorText(undefined, t('fr'))).toBe('Une erreur est survenue.');
  });
});
