import { buildSchema, parse } from 'graphql';
import { ListCostCache, listCost } from './list-cost';

const schema = buildSchema(`
  type Hit { title: String tags: [String] }
  type SearchResult { hits: [Hit] total: Int }
  input SearchInput { query: String first: Int }
  type Query { search(input: SearchInput!): SearchResult }
`);
const SOURCE =
  'query ($input: SearchInput!, $tags: Boolean!) { search(input: $input) { total hits { title tags @include(if: $tags) } } }';
const document = parse(SOURCE);

describe('ListCostCache', () => {
  it('gives what listCost gives, for any text and the same first', () => {
    const cache = new ListCostCache();
    const variables = (query: string, first: number, tags = true) => ({ input: { query, first }, tags });
    const expected = listCost(schema, document, variables('a', 10));
    expect(cache.cost(schema, SOURCE, document, variables('a', 10))).toBe(expected);
    expect(cache.cost(schema, SOURCE, document, variables('something else', 10))).toBe(expected);
  });

  it('tells apart what the cost depends on: first and @include conditions', () => {
    const cache = new ListCostCache();
    const cost = (first: number, tags: boolean) =>
      cache.cost(schema, SOURCE, document, { input: { query: 'x', first }, tags });
    expect(cost(10, true)).toBe(listCost(schema, document, { input: { query: 'x', first: 10 }, tags: true }));
    expect(cost(50, true)).toBe(listCost(schema, document, { input: { query: 'x', first: 50 }, tags: true }));
    expect(cost(50, false)).toBe(
      listCost(schema, document, { input: { query: 'x', first: 50 }, tags: false }),
    );
    expect(cost(50, true)).toBeGreaterThan(cost(10, true));
    expect(cost(50, false)).toBeLessThan(cost(50, true));
  });

  it('still throws for variables that do not coerce, and caches nothing for them', () => {
    const cache = new ListCostCache();
    expect(() => cache.cost(schema, SOURCE, document, { input: { first: 'ten' }, tags: true })).toThrow();
    expect(() => cache.cost(schema, SOURCE, document, { input: { first: 'ten' }, tags: true })).toThrow();
  });

  it("holds at most 2 MiB of callers' documents in its keys, however many distinct ones arrive", () => {
    const cache = new ListCostCache();
    for (let i = 0; i < 300; i++) {
      const source = `{ search(input: { query: "${String(i).padStart(19_000, 'x')}" }) { total } }`;
      cache.cost(schema, source, parse(source), {});
    }
    expect(cache.keptKeyBytes).toBeGreaterThan(1024 * 1024);
    expect(cache.keptKeyBytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});
