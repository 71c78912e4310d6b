import { ApolloServer } from '@apollo/server';
import { timeBudget } from './time-budget';

const typeDefs = `type Item { name: String } type Query { items: [Item] }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('timeBudget', () => {
  it('stops resolving fields once the request has run past its budget, with TIMEOUT', async () => {
    const resolved: string[] = [];
    const server = new ApolloServer({
      typeDefs,
      resolvers: {
        // The list takes longer than the budget: the fields of its items are never resolved.
        Query: { items: () => sleep(80).then(() => [{ name: 'a' }, { name: 'b' }]) },
        Item: {
          name: ({ name }: { name: string }) => {
            resolved.push(name);
            return name;
          },
        },
      },
      plugins: [timeBudget(50)],
    });
    await server.start();
    try {
      const response = await server.executeOperation({ query: '{ items { name } }' });
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      expect(result?.errors?.length).toBeGreaterThan(0);
      expect(result!.errors!.every((error) => error.extensions?.code === 'TIMEOUT')).toBe(true);
      expect(resolved).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('lets a request within its budget through', async () => {
    const server = new ApolloServer({
      typeDefs,
      resolvers: { Query: { items: () => [{ name: 'a' }] } },
      plugins: [timeBudget(5_000)],
    });
    await server.start();
    try {
      const response = await server.executeOperation({ query: '{ items { name } }' });
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      expect(result?.errors).toBeUndefined();
      expect(result?.data).toEqual({ items: [{ name: 'a' }] });
    } finally {
      await server.stop();
    }
  });
});
