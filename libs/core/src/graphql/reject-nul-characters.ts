import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';

/**
 * NUL can never be stored (PostgreSQL text refuses it) nor mean anything in a name or a query; a lone UTF-16
 * surrogate is not text at all (Meilisearch refuses the JSON that carries it). Both were found by the fuzz run.
 */
const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const invalid = (text: string) => text.includes(NUL) || LONE_SURROGATE.test(text);

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return invalid(value);
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => invalid(key) || holdsNul(inner, depth + 1));
}

function documentHoldsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (invalid(node.value)) found = true;
    },
  });
  return found;
}

/**
 * Refuses text holding a NUL character, in variables or in the document, before any resolver runs: otherwise it
 * reaches PostgreSQL, which fails the query (an internal error instead of the client's mistake).
 */
export function rejectNulCharacters(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (holdsNul(request.variables) || documentHoldsNul(document)) {
            throw new GraphQLError('Text may not contain NUL characters or lone surrogates', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
