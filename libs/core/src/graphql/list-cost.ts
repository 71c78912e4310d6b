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

/** The most fields one request may resolve, counting every item a list may hold (its `first`, or its bound). */
export const MAX_LIST_COST = 10_000;

/** A list field without `first` holds at most this many items (inputs cap what a profile may list). */
const DEFAULT_LIST_BOUND = 10;
/** Lists whose inputs allow more. */
const LIST_BOUNDS: Record<string, number> = {
  'Person.credits': 200,
  'Person.availability': 50,
  'Person.affiliations': 30,
  'Delegation.members': 500,
  'DelegationMember.history': 50,
  'Festival.editions': 30,
  'FestivalEdition.deadlines': 20,
};
/** Result types whose one list is already paged by the field that returns them (its `first` counts once). */
const PAGED_RESULTS = /Connection$|^SearchResult$/;
const PAGE_DEFAULT = 20;
/** No list accepts a larger `first` (Delegation.members aside): a larger one fails its own validation. */
const FIRST_MAX = 100;

/** The `first` asked (as a literal or a variable), clamped to what the field accepts at most. */
function firstArgument(args: Record<string, unknown>, max = FIRST_MAX): number | undefined {
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
    const known = LIST_BOUNDS[`${type.name}.${field.name}`];
    const bound = firstArgument(args, Math.max(known ?? 0, FIRST_MAX)) ?? known ?? DEFAULT_LIST_BOUND;
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
 * Refuses, before any resolver runs, an operation whose lists could make it resolve more than MAX_LIST_COST
 * fields, computed once the variables are known (a static rule sees `first: $n` as nothing).
 */
export function listCostLimit(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = listCost(schema, document, request.variables, operationName);
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
