import { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLSchema,
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
} from 'graphql';

/** Where a request's deadline sits in its GraphQL context (set by the plugin, read by the checked resolvers). */
const BUDGET = Symbol('timeBudget');

interface Budget {
  deadline: number;
  budgetMs: number;
}

/**
 * Once a request has run past its budget, every resolver still to run that can do work fails at once with TIMEOUT:
 * the work stops instead of holding a connection and the database, and the client gets what was done with a clear
 * code. The plugin only stamps the deadline on the request's context; the check sits in the resolvers that
 * `budgetedResolvers` wraps. (A plugin with `willResolveField` would make Apollo wrap every field, plain property
 * reads included: about 2 % of the API's CPU per search, docs/BENCHMARKS.md.)
 */
export function timeBudget(budgetMs: number): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      (contextValue as Record<symbol, Budget>)[BUDGET] = { deadline: Date.now() + budgetMs, budgetMs };
    },
  };
}

/** Whether a field can start work: a root field, one with its own resolver, or a list or Relay connection. */
function doesWork(schema: GraphQLSchema, typeName: string, field: GraphQLField<unknown, unknown>): boolean {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return (
    roots.some((root) => root?.name === typeName) ||
    field.resolve !== undefined ||
    isListType(getNullableType(field.type)) ||
    getNamedType(field.type)?.name.endsWith('Connection') === true
  );
}

/**
 * Wraps the resolvers of the fields that can do work (see doesWork) with the deadline check, in place, once when
 * the schema is built; plain property reads keep graphql-js's default resolver.
 */
export function budgetedResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!doesWork(schema, type.name, field)) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const budget = (context as Record<symbol, Budget | undefined> | undefined)?.[BUDGET];
        if (budget && Date.now() > budget.deadline) {
          throw new GraphQLError(`The request ran past its ${budget.budgetMs / 1000} s budget`, {
            extensions: { code: 'TIMEOUT' },
          });
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
