import { ApolloServerPlugin } from '@apollo/server';

const JSON_ONLY = /application\/json/;
const GRAPHQL_RESPONSE = /application\/graphql-response\+json/;

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy media type) gets 200 for a
 * request error (a document that does not parse or validate, variables that do not coerce), the errors in the
 * body; 4xx is for `application/graphql-response+json`, whose clients know to read the body anyway. Without an
 * Accept header the answer stays 400.
 */
export function legacyJsonStatus(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      if (!JSON_ONLY.test(accept) || GRAPHQL_RESPONSE.test(accept)) return {};
      return {
        async willSendResponse({ response }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (response.http.status === 400 && single && single.data === undefined && single.errors?.length)
            response.http.status = 200;
        },
      };
    },
  };
}
