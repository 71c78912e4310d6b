import { GraphQLResponse, Session, TestApp } from '@crossroads/testing';
import { createLea, DirectoryWorld, READ, startDirectoryWorld } from './support/directory';

const PEOPLE = `{ people(first: 100) { totalCount edges { node { slug email phone crafts { slug labelFr } } } } }`;
const MISSING = `query ($slug: String!) { person(slug: $slug) { name email } }`;

/**
 * A query document runs compiled by graphql-jit from its second run on (libs/core/src/graphql/compiled-queries.plugin.ts),
 * its first by graphql-js. Each viewer must get from the compiled query exactly what graphql-js answers them: the
 * compiled function is shared by everyone who sends the same document.
 */
describe('compiled queries', () => {
  let world: DirectoryWorld;
  let t: TestApp;
  let fresh = 0;

  /** The same document under a text Apollo has never seen (trailing spaces): its first run, by graphql-js. */
  const byGraphqlJs = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    t.graphql.request(`${query}${' '.repeat(++fresh)}`, variables, headers);

  beforeAll(async () => {
    world = await startDirectoryWorld();
    t = world.t;
    await createLea(world);
  });
  afterAll(() => t?.close());

  const viewers = (): [string, Session | undefined][] => [
    ['anonymous', undefined],
    ['member', world.member],
    ['staff', world.staff],
  ];

  async function compareEachViewer(query: string, variables: Record<string, unknown> = {}) {
    const answers: Record<string, GraphQLResponse> = {};
    await t.graphql.request(query, variables, world.staff.headers); // the document's first run: compiled from now on
    for (const [name, session] of viewers()) {
      const headers = session?.headers ?? {};
      const compiled = await t.graphql.request(query, variables, headers);
      expect({ name, ...compiled }).toEqual({ name, ...(await byGraphqlJs(query, variables, headers)) });
      answers[name] = compiled;
    }
    return answers;
  }

  it('answers each viewer of a profile what graphql-js answers them, private details included or hidden', async () => {
    const answers = await compareEachViewer(READ, { slug: 'lea-dupre' });
    expect(answers.anonymous.data!.person).toMatchObject({ name: 'Léa Dupré', email: null, phone: null });
    expect(answers.member.data!.person).toMatchObject({ email: 'lea.dupre@example.org' });
    expect(answers.staff.data!.person).toMatchObject({
      email: 'lea.dupre@example.org',
      phone: '+33 6 12 34 56 78',
    });
  });

  it('answers each viewer of a page of people what graphql-js answers them', async () => {
    const answers = await compareEachViewer(PEOPLE);
    const lea = (answer: GraphQLResponse) =>
      (answer.data!.people as { edges: { node: { slug: string; email: string | null } }[] }).edges.find(
        (edge) => edge.node.slug === 'lea-dupre',
      )?.node;
    expect(lea(answers.anonymous)?.email).toBeNull();
    expect(lea(answers.staff)?.email).toBe('lea.dupre@example.org');
  });

  it('reports an error as graphql-js does, in each language', async () => {
    for (const language of ['en', 'fr-FR,fr;q=0.9']) {
      const headers = { ...world.member.headers, 'accept-language': language };
      const answers = [];
      for (let run = 0; run < 3; run++)
        answers.push(await t.graphql.request(MISSING, { slug: 'nobody' }, headers));
      expect(answers[0].errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
    }
  });
});
