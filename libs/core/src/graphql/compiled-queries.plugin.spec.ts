import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { buildSchema, GraphQLError, GraphQLObjectType, GraphQLResolveInfo, GraphQLScalarType } from 'graphql';
import { compiledQueries } from './compiled-queries.plugin';
import { budgetedResolvers, timeBudget } from './time-budget';

const SDL = `
  scalar Day
  enum Kind { PERSON COMPANY }
  interface Named { name: String! }
  type Person implements Named { name: String! kind: Kind! born: Day }
  type Company implements Named { name: String! kind: Kind! staff: [Person!]! }
  union Hit = Person | Company
  type Query { hits(kind: Kind): [Hit!]! named: [Named!]! broken: String item(name: String!): Person }
  type Mutation { touch: Int! }
`;

/** How each resolver call was executed: graphql-js's paths carry the parent's type name, graphql-jit's do not. */
type Engine = 'graphql-js' | 'graphql-jit';
const engineOf = (info: GraphQLResolveInfo): Engine =>
  'typename' in info.path ? 'graphql-js' : 'graphql-jit';

function server(extraPlugins: ApolloServerPlugin[] = []) {
  const calls: Record<string, Engine[]> = { hits: [], broken: [], touch: [] };
  const people = [
    { __typename: 'Person', name: 'Ada', kind: 'PERSON', born: new Date(Date.UTC(1990, 4, 2)) },
    { __typename: 'Person', name: 'Zoé', kind: 'PERSON', born: null },
  ];
  const company = { __typename: 'Company', name: 'Studio', kind: 'COMPANY', staff: people };
  const schema = buildSchema(SDL);
  (schema.getType('Day') as GraphQLScalarType).serialize = (value) =>
    (value as Date).toISOString().slice(0, 10);
  for (const name of ['Hit', 'Named'])
    Object.assign(schema.getType(name)!, {
      resolveType: (value: { __typename: string }) => value.__typename,
    });
  const query = (schema.getType('Query') as GraphQLObjectType).getFields();
  query.hits.resolve = (_source, args: { kind?: string }, _context, info) => {
    calls.hits.push(engineOf(info));
    return [...people, company].filter((hit) => !args.kind || hit.kind === args.kind);
  };
  query.named.resolve = () => [company, ...people];
  query.broken.resolve = (_source, _args, _context, info) => {
    calls.broken.push(engineOf(info));
    throw new GraphQLError('no such thing', { extensions: { code: 'NOT_FOUND' } });
  };
  query.item.resolve = (_source, args: { name: string }) =>
    people.find((person) => person.name === args.name);
  (schema.getType('Mutation') as GraphQLObjectType).getFields().touch.resolve = (
    _source,
    _args,
    _context,
    info,
  ) => {
    calls.touch.push(engineOf(info));
    return calls.touch.length;
  };
  const apollo = new ApolloServer({
    schema: budgetedResolvers(schema),
    plugins: [...extraPlugins, compiledQueries()],
  });
  return { apollo, calls };
}

async function answer(apollo: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const response = await apollo.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: response.body.singleResult };
}

const RICH_QUERY = `query Rich($kind: Kind, $withStaff: Boolean!) {
  hits(kind: $kind) {
    __typename
    ... on Named { name }
    ... on Person { kind born }
    ... on Company { kind staff @include(if: $withStaff) { ...Who } }
  }
  again: named { name __typename }
  ada: item(name: "Ada") { ...Who }
  nobody: item(name: "Nobody") { name }
}
fragment Who on Person { name born }`;

describe('compiledQueries', () => {
  let running: ApolloServer | undefined;
  afterEach(() => running?.stop());
  /** A started server for one test, stopped after it. */
  async function started(extraPlugins: ApolloServerPlugin[] = []) {
    const made = server(extraPlugins);
    await made.apollo.start();
    running = made.apollo;
    return made;
  }

  it('answers a query the same once compiled, from its second run on', async () => {
    const { apollo, calls } = await started();
    const answers = [];
    for (const variables of [
      { withStaff: true },
      { withStaff: true },
      { withStaff: false, kind: 'COMPANY' },
      { withStaff: true },
    ])
      answers.push(await answer(apollo, RICH_QUERY, variables));
    expect(calls.hits).toEqual(['graphql-js', 'graphql-jit', 'graphql-jit', 'graphql-jit']);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[3]).toEqual(answers[0]);
    expect(answers[0].result.errors).toBeUndefined();
    expect(answers[0].result.data).toMatchObject({
      hits: [
        { __typename: 'Person', name: 'Ada', kind: 'PERSON', born: '1990-05-02' },
        { __typename: 'Person', name: 'Zoé', kind: 'PERSON', born: null },
        {
          __typename: 'Company',
          name: 'Studio',
          kind: 'COMPANY',
          staff: [{ name: 'Ada' }, { name: 'Zoé' }],
        },
      ],
      ada: { name: 'Ada', born: '1990-05-02' },
      nobody: null,
    });
    expect(answers[2].result.data).toMatchObject({
      hits: [{ __typename: 'Company', name: 'Studio', kind: 'COMPANY' }],
    });
    expect(answers[2].result.data!.hits).toEqual([
      { __typename: 'Company', name: 'Studio', kind: 'COMPANY' },
    ]);
  });

  it('leaves an answer with errors to Apollo, which runs the query again and reports them as before', async () => {
    const { apollo, calls } = await started();
    const first = await answer(apollo, '{ broken hits { __typename } }');
    const second = await answer(apollo, '{ broken hits { __typename } }');
    expect(second).toEqual(first);
    expect(first.result.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(calls.broken).toEqual(['graphql-js', 'graphql-jit', 'graphql-js']);
  });

  it('reports variables that do not coerce as graphql-js does', async () => {
    const { apollo } = await started();
    const bad = [];
    for (let run = 0; run < 3; run++)
      bad.push(await answer(apollo, RICH_QUERY, { withStaff: true, kind: 'ROBOT' }));
    expect(bad[0].status).toBe(400);
    expect(bad[1]).toEqual(bad[0]);
    expect(bad[2]).toEqual(bad[0]);
  });

  it('never compiles a mutation', async () => {
    const { apollo, calls } = await started();
    for (let run = 0; run < 3; run++) await answer(apollo, 'mutation { touch }');
    expect(calls.touch).toEqual(['graphql-js', 'graphql-js', 'graphql-js']);
  });

  it('keeps the time budget on compiled queries', async () => {
    const { apollo, calls } = await started([timeBudget(-1)]);
    for (let run = 0; run < 3; run++) {
      const { result } = await answer(apollo, '{ hits { __typename } }');
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['TIMEOUT']);
    }
    // The check sits in the schema's resolvers: neither engine reached the list's own resolver.
    expect(calls.hits).toEqual([]);
  });
});
