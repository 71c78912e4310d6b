import { GraphQLError, GraphQLScalarType } from 'graphql';

/** Output-only JSON object: the parameters of a reason code (enum values, numbers, country codes, nested codes). */
export const ReasonParamsScalar = new GraphQLScalarType({
  name: 'ReasonParams',
  description:
    'The parameters of a reason code as a JSON object: enum values (e.g. format ANIMATED_SERIES), numbers, ISO country and language codes, and nested { code, params } parts',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('ReasonParams is output only');
  },
  parseLiteral: () => {
    throw new GraphQLError('ReasonParams is output only');
  },
});
