import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLFieldResolver, GraphQLObjectType } from 'graphql';
import { budgetedResolvers, timeBudget } from './time-budget';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A schema with its resolvers set by field, checked as the API's is (`transformSchema`). */
function schemaWith(resolvers: Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>>) {
  const schema = buildSchema(
    'type Item { name: String children: [Item] } type Query { items: [Item] } type Mutation { touch: Int }',
  );
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [fieldName, resolve] of Object.entries(fields)) type.getFields()[fieldName].resolve = resolve;
  }
  return budgetedResolvers(schema);
}

async function run(schema: ReturnType<typeof schemaWith>, budgetMs: number, query: string) {
  const server = new ApolloServer({ schema, plugins: [timeBudget(budgetMs)] });
  await server.start();
  try {
    const response = await server.executeOperation({ query });
    return response.body.kind === 'single' ? response.body.singleResult : undefined;
  } finally {
    await server.stop();
  }
}

describe('timeBudget', () => {
  it('stops resolving fields once the request has run past its budget, with TIMEOUT', async () => {
    const resolved: string[] = [];
    // The list takes longer than the budget: the fields of its items are never resolved.
    const schema = schemaWith({
      Query: { items: () => sleep(80).then(() => [{ name: 'a' }, { name: 'b' }]) },
      Item: {
        name: (source) => {
          const { name } = source as { name: string };
          resolved.push(name);
          return name;
        },
      },
    });
    const result = await run(schema, 50, '{ items { name } }');
    expect(result?.errors?.length).toBeGreaterThan(0);
    expect(result!.errors!.every((error) => error.extensions?.code === 'TIMEOUT')).toBe(true);
    expect(resolved).toEqual([]);
  });

  it('checks lists without a resolver of their own: their items are not walked past the budget', async () => {
    const schema = schemaWith({
      Query: { items: () => sleep(80).then(() => [{ name: 'a', children: [{ name: 'b' }] }]) },
    });
    const result = await run(schema, 50, '{ items { name children { name } } }');
    expect(result?.data).toEqual({ items: [{ name: 'a', children: null }] });
    expect(result?.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['items', 0, 'children'], 'TIMEOUT'],
    ]);
  });

  it('lets a request within its budget through', async () => {
    const schema = schemaWith({ Query: { items: () => [{ name: 'a', children: [] }] } });
    const result = await run(schema, 5_000, '{ items { name children { name } } }');
    expect(result?.errors).toBeUndefined();
    expect(result?.data).toEqual({ items: [{ name: 'a', children: [] }] });
  });
});
