import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { DocumentNode } from 'graphql';
import { hideSuggestions } from './hide-suggestions.plugin';
import { legacyJsonStatus } from './legacy-json-status.plugin';
import { listCostLimit } from './list-cost';
import { noStoreResponses } from './no-store.plugin';
import { rejectNulCharacters } from './reject-nul-characters';
import { SupportedOperationsRule } from './supported-operations.rule';
import { budgetedResolvers, timeBudget } from './time-budget';

/** Limits every operation must stay within; beyond them it is refused before execution. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5_000,
  maxTokens: 2_000,
  maxDirectives: 20,
} as const;

/**
 * Parsed and validated documents Apollo keeps, by the size of their JSON (its default is 30 MiB, which hostile
 * distinct documents fill: a parsed document holds several times its JSON in memory). The web app sends a few
 * dozen documents of a few kilobytes.
 */
export const DOCUMENT_STORE_BYTES = 2 * 1024 * 1024;

/**
 * Depth, alias, structural cost and directive limits (graphql-armor), a token limit (graphql-js), no operation
 * type the schema lacks, no NUL characters; list cost with the request's variables (list-cost.ts); a time budget
 * per request (the plugin stamps the deadline, `transformSchema` puts the check in the resolvers that do work); no
 * suggestions in production (field, argument, type and enum value names); responses never cached (`cache-control: no-store`); a small parsed-document cache
 * and no automatic persisted queries (no client of ours sends them; each would be one more cache an anonymous
 * caller fills).
 */
export function graphqlHardening(isProduction: boolean, timeBudgetMs = 10_000) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: {
      maxCost: GRAPHQL_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      flattenFragments: true,
    },
    // graphql-armor's Apollo token plugin throws from a hook (HTTP 500): graphql-js's own parser limit is used.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: isProduction },
  }).protect();
  // Typed against Apollo's CommonJS build while Nest uses its ESM one (same runtime objects): callers cast.
  return {
    plugins: [
      ...plugins,
      ...(isProduction ? [hideSuggestions()] : []),
      rejectNulCharacters(),
      listCostLimit(),
      timeBudget(timeBudgetMs),
      ...noStoreResponses(),
      legacyJsonStatus(),
    ] as unknown[],
    transformSchema: budgetedResolvers,
    validationRules: [...validationRules, SupportedOperationsRule],
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_STORE_BYTES }),
    persistedQueries: false as const,
  };
}
