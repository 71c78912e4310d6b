import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Apollo's default cache-control plugin wraps every field resolver to collect cache hints the API never gives
 * (2 % of the API's CPU under the search benchmark, docs/BENCHMARKS.md), only to answer `cache-control: no-store`.
 * It is disabled; this plugin sends the same header once per response, without touching resolvers.
 */
export function noStoreResponses(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
