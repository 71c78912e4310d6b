import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';

/**
 * NUL can never be stored (PostgreSQL text refuses it) nor mean anything in a name or a query; a lone UTF-16
 * surrogate is not text at all (Meilisearch refuses the JSON that carries it). Both were found by the fuzz run.
 * The other control characters (all but tab, line feed and carriage return) were stored as is: an escape sequence
 * in a name reached the terminal of whoever ran `cli export` (the import already refuses them as binary).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const invalid = (text: string) => CONTROL.test(text) || LONE_SURROGATE.test(text);

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
 * Refuses text holding a control character or a lone surrogate, in variables or in the document, before any
 * resolver runs: a NUL otherwise reaches PostgreSQL, which fails the query (an internal error instead of the
 * client's mistake), and the others would be stored.
 */
export function rejectNulCharacters(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (holdsNul(request.variables) || documentHoldsNul(document)) {
            throw new GraphQLError(
              'Text may not contain control characters (but tab and line breaks) or lone surrogates',
              {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
