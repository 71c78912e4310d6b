import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLList,
  GraphQLSchema,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { NESTED_LIST_DEFAULT } from '../pagination/nested-list.args';

/** The most fields one request may resolve, counting every item a list may hold (its `first`, or its bound). */
export const MAX_LIST_COST = 60_000;

/**
 * How many items a list without `first` is counted for: what profiles hold in practice, not the most their inputs
 * allow (a profile may list 200 credits; nobody can make every profile of a page do so). The time budget backs it.
 */
const DEFAULT_LIST_BOUND = 5;
const LIST_BOUNDS: Record<string, number> = {
  'Person.credits': 30,
  'Person.availability': 20,
  'Person.affiliations': 10,
  'Delegation.members': 100,
  'DelegationMember.history': 20,
  'Festival.editions': 20,
  'FestivalEdition.deadlines': 10,
};
/** Result types whose one list is already paged by the field that returns them (its `first` counts once). */
const PAGED_RESULTS = /Connection$|^SearchResult$/;
const PAGE_DEFAULT = 20;
/** No list accepts a larger `first` (but those named): a larger one fails its own validation. */
const FIRST_MAX = 100;
const FIRST_MAX_OF: Record<string, number> = { 'Delegation.members': 500 };

/** The `first` asked (as a literal or a variable), clamped to what the field accepts at most. */
function firstArgument(args: Record<string, unknown>, max: number = FIRST_MAX): number | undefined {
  const first = args.first ?? args.limit ?? (args.input as { first?: unknown } | undefined)?.first;
  return typeof first === 'number' ? Math.min(first, max) : undefined;
}

/**
 * Each field costs 1; a list multiplies its children by how many items it may hold, read from the request's
 * own variables (`first` passed as a variable counts as much as a literal). A paged field (a connection, the
 * search) multiplies by its `first`; the list inside it counts once.
 */
function estimator({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const returned = getNullableType(field.type);
  const named = getNamedType(field.type);
  if (PAGED_RESULTS.test(named.name) && !(returned instanceof GraphQLList))
    return 1 + (firstArgument(args) ?? PAGE_DEFAULT) * childComplexity;
  if (returned instanceof GraphQLList) {
    if (PAGED_RESULTS.test(type.name)) return 1 + childComplexity;
    const key = `${type.name}.${field.name}`;
    // A list that takes `first` holds NESTED_LIST_DEFAULT items when it is not given.
    const paged = field.args.some((arg) => arg.name === 'first') ? NESTED_LIST_DEFAULT : undefined;
    const bound = firstArgument(args, FIRST_MAX_OF[key]) ?? LIST_BOUNDS[key] ?? paged ?? DEFAULT_LIST_BOUND;
    return 1 + bound * childComplexity;
  }
  return 1 + childComplexity;
}

export function listCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [estimator],
  });
}

/**
 * What of the variables a cost can depend on: the estimator reads only numbers (`first`, `limit`) and booleans
 * (`@include(if:)`, `@skip(if:)`), so every string is blanked and a search for any text shares one key.
 */
function costShape(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return '';
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => costShape(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, costShape(inner, depth + 1)]));
}

/** Keys longer than this (a huge document or variables) are not cached: they are computed each time. */
const MAX_KEY_LENGTH = 20_000;

/**
 * listCost once per document text, operation and variable shape: the walk costs as much as a small query's
 * whole execution and clients send the same few documents again and again (docs/BENCHMARKS.md, API overhead).
 */
export class ListCostCache {
  // Keys hold the caller's document: bounded by their size (UTF-16, two bytes a character), not only their count.
  private readonly cache = new LRUCache<string, number>({
    max: 1_000,
    maxSize: 2 * 1024 * 1024,
    sizeCalculation: (_cost, key) => 2 * key.length,
  });

  /** The bytes of document text the cache holds in its keys. */
  get keptKeyBytes(): number {
    return this.cache.calculatedSize;
  }

  cost(
    schema: GraphQLSchema,
    source: string | undefined,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName?: string | null,
  ): number {
    const key =
      source === undefined
        ? undefined
        : `${operationName ?? ''}\n${JSON.stringify(costShape(variables ?? {}))}\n${source}`;
    if (key === undefined || key.length > MAX_KEY_LENGTH)
      return listCost(schema, document, variables, operationName);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    // Throws for variables that do not coerce: nothing is cached then.
    const cost = listCost(schema, document, variables, operationName);
    this.cache.set(key, cost);
    return cost;
  }
}

/**
 * Refuses, before any resolver runs, an operation whose lists could make it resolve more than MAX_LIST_COST
 * fields, computed once the variables are known (a static rule sees `first: $n` as nothing).
 */
export function listCostLimit(): ApolloServerPlugin {
  const costs = new ListCostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, source, document, schema, operationName }) {
          let cost: number;
          try {
            cost = costs.cost(schema, source, document, request.variables, operationName);
          } catch {
            return; // variables that do not coerce: execution refuses them next, with their own coded error
          }
          if (cost > MAX_LIST_COST) {
            throw new GraphQLError(
              `This operation could resolve ${cost} fields (at most ${MAX_LIST_COST}): ask for fewer items (first) or fewer fields`,
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  cost,
                  maxCost: MAX_LIST_COST,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
