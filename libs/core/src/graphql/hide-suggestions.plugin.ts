import { ApolloServerPlugin } from '@apollo/server';

const SUGGESTION = /Did you mean [^?]*\?/g;

/**
 * In production, with introspection off, graphql-js's "Did you mean …?" would still spell the schema out to
 * anyone guessing: graphql-armor masks the field, argument and type names it suggests (`Did you mean "…"`), not the
 * enum values (`Did you mean the enum value "ADMIN"?`), in a literal or in a variable. Every suggestion is masked.
 */
export function hideSuggestions(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (error.message.includes('Did you mean'))
              (error as { message: string }).message = error.message.replace(
                SUGGESTION,
                '[Suggestion hidden]',
              );
          }
        },
      };
    },
  };
}
