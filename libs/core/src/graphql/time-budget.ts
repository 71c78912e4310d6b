import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Once a request has run past its budget, every field still to resolve fails at once with TIMEOUT: the work
 * stops instead of holding a connection and the database, and the client gets what was done with a clear code.
 */
export function timeBudget(budgetMs: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const deadline = Date.now() + budgetMs;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (Date.now() > deadline) {
                throw new GraphQLError(`The request ran past its ${budgetMs / 1000} s budget`, {
                  extensions: { code: 'TIMEOUT' },
                });
              }
            },
          };
        },
      };
    },
  };
}
