import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-code';
import { frenchFieldMessage } from './french-field-messages';
import { frenchProtocolMessage } from './french-protocol-messages';

/** A request that can negotiate its language (Express's `acceptsLanguages`, quality values honoured). */
export type NegotiatingRequest = { acceptsLanguages?: (...langs: string[]) => string | false };
type LanguageRequest = { req?: NegotiatingRequest };

/**
 * The language to answer a request in: French when its Accept-Language puts French before English, English
 * otherwise (no header, English first, or only languages the API does not speak).
 */
export function requestLanguage(req: NegotiatingRequest | undefined): 'fr' | 'en' {
  return req?.acceptsLanguages?.('en', 'fr') === 'fr' ? 'fr' : 'en';
}

/**
 * The language to write content in (search subtitles, delegation documents): English when Accept-Language puts
 * English before French, French otherwise, the directory's own language. Messages for developers (errors, match
 * reasons) follow requestLanguage instead, English by default (docs/API.md).
 */
export function contentLanguage(req: NegotiatingRequest | undefined): 'fr' | 'en' {
  return req?.acceptsLanguages?.('fr', 'en') === 'en' ? 'en' : 'fr';
}

/** French for each common code: the API's own messages are English, written for developers. */
export const FRENCH_ERROR_MESSAGES: Record<ErrorCode, string> = {
  [ErrorCode.BAD_USER_INPUT]: 'Données refusées : vérifiez les champs indiqués.',
  [ErrorCode.UNAUTHENTICATED]: 'Connectez-vous pour continuer.',
  [ErrorCode.FORBIDDEN]: 'Vous n’avez pas le droit de faire cela.',
  [ErrorCode.NOT_FOUND]: 'Introuvable : cela n’existe pas ou ne vous est pas visible.',
  [ErrorCode.CONFLICT]: 'Impossible dans l’état actuel : c’est déjà fait, ou cela a changé entre-temps.',
  [ErrorCode.RATE_LIMITED]: 'Trop de demandes : réessayez dans un moment.',
  [ErrorCode.TIMEOUT]: 'La demande a pris trop de temps : réessayez, ou demandez moins à la fois.',
  [ErrorCode.INTERNAL_SERVER_ERROR]: 'Erreur interne du serveur : réessayez plus tard.',
};

/** A document refused before it runs: a syntax error, a limit (graphql-armor's, the token and list costs). */
const REFUSED_DOCUMENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

/**
 * One error in French when its code is a common one or it refuses a document (syntax, limits:
 * french-protocol-messages.ts), and each of its fields' messages that has a French form; the English stays in
 * `englishMessage` (the error's in its extensions, a field's beside it).
 */
export function frenchError(error: GraphQLFormattedError): GraphQLFormattedError {
  const code = error.extensions?.code;
  const french =
    typeof code !== 'string'
      ? undefined
      : (FRENCH_ERROR_MESSAGES[code as ErrorCode] ??
        (REFUSED_DOCUMENT_CODES.has(code) ? frenchProtocolMessage(error) : null));
  if (!french) return error;
  const fields = error.extensions?.fields;
  return {
    ...error,
    message: french,
    extensions: {
      ...error.extensions,
      englishMessage: error.message,
      ...(Array.isArray(fields) && { fields: fields.map(frenchField) }),
    },
  };
}

function frenchField(problem: unknown): unknown {
  const message = (problem as { message?: unknown })?.message;
  const french = typeof message === 'string' ? frenchFieldMessage(message) : null;
  return french ? { ...(problem as object), message: french, englishMessage: message } : problem;
}

/**
 * Errors in the language the client asks with Accept-Language (as match reasons do): French when French comes
 * first, English otherwise. Runs after formatGraphQLError, so every error has its code by then.
 */
export function errorLanguagePlugin(): ApolloServerPlugin<LanguageRequest> {
  return {
    async requestDidStart({ contextValue }) {
      if (requestLanguage(contextValue.req) !== 'fr') return;
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          if (body.kind === 'single' && body.singleResult.errors) {
            body.singleResult.errors = body.singleResult.errors.map(frenchError);
          }
        },
      };
    },
  };
}
