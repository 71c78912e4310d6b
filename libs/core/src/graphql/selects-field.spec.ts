import { buildSchema, graphqlSync, GraphQLResolveInfo } from 'graphql';
import { selectsField } from './selects-field';

const schema = buildSchema(`
  type Facet { name: String }
  type Result { total: Int, facets: [Facet] }
  type Query { search: Result }
`);

function asks(source: string, variableValues?: Record<string, unknown>): boolean {
  let seen: boolean | undefined;
  const rootValue = {
    search: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      seen = selectsField(info, 'facets');
      return { total: 1, facets: [] };
    },
  };
  const result = graphqlSync({ schema, source, rootValue, variableValues });
  expect(result.errors).toBeUndefined();
  return seen!;
}

describe('selectsField', () => {
  it('sees a field selected directly', () => {
    expect(asks('{ search { total facets { name } } }')).toBe(true);
    expect(asks('{ search { total } }')).toBe(false);
  });

  it('sees through inline fragments and named fragments', () => {
    expect(asks('{ search { ... on Result { facets { name } } } }')).toBe(true);
    expect(asks('query { search { ...F } } fragment F on Result { facets { name } }')).toBe(true);
    expect(asks('query { search { ...F } } fragment F on Result { total }')).toBe(false);
  });

  it('evaluates @include and @skip with the variables', () => {
    const query = 'query($f: Boolean!) { search { total facets @include(if: $f) { name } } }';
    expect(asks(query, { f: true })).toBe(true);
    expect(asks(query, { f: false })).toBe(false);
    expect(asks('{ search { facets @skip(if: true) { name } } }')).toBe(false);
    expect(
      asks('query($f: Boolean!) { search { ... @include(if: $f) { facets { name } } } }', { f: false }),
    ).toBe(false);
  });
});
