import { GraphQLError, ValidationRule } from 'graphql';

/**
 * A subscription (or a mutation) on a schema without that root type is a client mistake: graphql-js only notices
 * at execution and throws, which would surface as an internal error. Refuse it at validation instead.
 */
export const SupportedOperationsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === 'subscription'
        ? schema.getSubscriptionType()
        : node.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getQueryType();
    if (!root) {
      context.reportError(
        new GraphQLError(`This API does not support ${node.operation} operations`, { nodes: [node] }),
      );
    }
  },
});
