import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';

/** NUL can never be stored (PostgreSQL text refuses it) nor mean anything in a name or a query. */
const NUL = '\u0000';

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => key.includes(NUL) || holdsNul(inner, depth + 1));
}

function documentHoldsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes(NUL)) found = true;
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
            throw new GraphQLError('Text may not contain NUL (\\u0000) characters', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
