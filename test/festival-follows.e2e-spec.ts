import { GraphQLClient, Session, signIn, startTestApp, TestApp, waitFor } from '@crossroads/testing';
import { parisDate } from '@crossroads/core';
import { createApp } from '../apps/api/src/create-app';

/** The product counts days on the Paris calendar (festivals' today()): so does this test, whatever the UTC hour. */
const PARIS_TODAY = parisDate(new Date());
const parisDaysAhead = (days: number) => {
  const day = new Date(`${PARIS_TODAY}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};

const EDITION_BY_YEAR = `query ($slug: String!) { festival(slug: $slug) { editions { id year endsOn } } }`;

describe('following editions, their deadlines, and festivals in search', () => {
  let t: TestApp;
  let member: Session;
  let staff: Session;
  let editionId: string;
  let endsOn: string;

  beforeAll(async () => {
    t = await startTestApp(createApp);
    member = await signIn(t.graphql, 'member@example.org');
    staff = await signIn(t.graphql, 'staff@example.org');
    const editions = (await t.graphql.request(EDITION_BY_YEAR, { slug: 'series-mania' })).data!.festival
      .editions as { id: string; endsOn: string }[];
    ({ id: editionId, endsOn } = editions.find((edition) => edition.endsOn >= PARIS_TODAY)!);
  });
  afterAll(() => t.close());

  const setDeadlines = (input: Record<string, unknown>, session = staff) =>
    t.graphql.request(
      `mutation ($id: ID!, $input: EditionDeadlinesInput!) { setEditionDeadlines(id: $id, input: $input) {
         accreditationDeadline submissionDeadline deadlinesSource deadlines { kind date } } }`,
      { id: editionId, input },
      session.headers,
    );

  it('lets staff set deadlines, refuses one after the edition, and keeps them across reference updates', async () => {
    const inTenDays = parisDaysAhead(10);
    const set = await setDeadlines({
      accreditationDeadline: inTenDays,
      deadlinesSource: 'https://seriesmania.com/accreditation',
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setEditionDeadlines).toMatchObject({
      accreditationDeadline: inTenDays,
      submissionDeadline: null,
    });
    expect(set.data!.setEditionDeadlines.deadlines[0]).toEqual({ kind: 'ACCREDITATION', date: inTenDays });

    const late = await setDeadlines({ submissionDeadline: '2099-01-01' });
    expect(GraphQLClient.codes(late)).toEqual(['BAD_USER_INPUT']);
    expect(late.errors![0].extensions!.fields).toEqual([
      { field: 'submissionDeadline', message: expect.any(String) },
    ]);
    expect(GraphQLClient.codes(await setDeadlines({ submissionDeadline: 'soon' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(GraphQLClient.codes(await setDeadlines({ submissionDeadline: endsOn }, member))).toEqual([
      'FORBIDDEN',
    ]);

    await t.app.get((await import('@crossroads/festivals')).FestivalsModule).onApplicationBootstrap();
    const [row] = await t.sql(
      `SELECT accreditation_deadline::text AS d FROM festival_edition WHERE id = $1`,
      [editionId],
    );
    expect(row.d).toBe(inTenDays);
  });

  it('lets a member follow an edition and see its coming deadlines', async () => {
    const follow = await t.graphql.request(
      `mutation ($id: ID!) { followEdition(editionId: $id) { id followedByMe } }`,
      { id: editionId },
      member.headers,
    );
    expect(follow.data!.followEdition).toEqual({ id: editionId, followedByMe: true });
    await t.graphql.request(
      `mutation ($id: ID!) { followEdition(editionId: $id) { id } }`,
      { id: editionId },
      member.headers,
    );

    const mine = await t.graphql.request(
      `{ myFollowedEditions { id } myDeadlines { kind date daysLeft estimated edition { id festival { slug } } } }`,
      undefined,
      member.headers,
    );
    expect(mine.data!.myFollowedEditions).toEqual([{ id: editionId }]);
    const deadlines = mine.data!.myDeadlines as { kind: string; daysLeft: number; edition: { id: string } }[];
    expect(deadlines[0]).toMatchObject({ kind: 'ACCREDITATION', daysLeft: 10, edition: { id: editionId } });
    expect(deadlines.map((d) => d.daysLeft)).toEqual(
      [...deadlines.map((d) => d.daysLeft)].sort((a, b) => a - b),
    );

    const soon = await t.graphql.request(
      `{ myDeadlines(withinDays: 10) { kind } }`,
      undefined,
      member.headers,
    );
    expect(soon.data!.myDeadlines).toEqual([{ kind: 'ACCREDITATION' }]);

    const otherViewer = await t.graphql.request(
      `query ($id: ID!) { festivalEdition(id: $id) { followedByMe } }`,
      { id: editionId },
      staff.headers,
    );
    expect(otherViewer.data!.festivalEdition.followedByMe).toBe(false);
    const anonymous = await t.graphql.request(
      `query ($id: ID!) { festivalEdition(id: $id) { followedByMe } }`,
      {
        id: editionId,
      },
    );
    expect(anonymous.data!.festivalEdition.followedByMe).toBe(false);
  });

  it('exports the follows with the account data and unfollows', async () => {
    const exported = await t.graphql.request(`{ exportMyData }`, undefined, member.headers);
    expect(JSON.parse(exported.data!.exportMyData).festivals.followedEditions).toEqual([
      { editionId, createdAt: expect.any(String) },
    ]);
    const unfollow = `mutation ($id: ID!) { unfollowEdition(editionId: $id) }`;
    expect((await t.graphql.request(unfollow, { id: editionId }, member.headers)).data!.unfollowEdition).toBe(
      true,
    );
    expect((await t.graphql.request(unfollow, { id: editionId }, member.headers)).data!.unfollowEdition).toBe(
      false,
    );
  });

  it.each([
    ['mutation { followEdition(editionId: "00000000-0000-4000-8000-000000000000") { id } }', 'NOT_FOUND'],
    ['mutation { followEdition(editionId: "nope") { id } }', 'BAD_USER_INPUT'],
    ['{ myDeadlines(withinDays: 0) { kind } }', 'BAD_USER_INPUT'],
    ['{ myDeadlines(withinDays: 731) { kind } }', 'BAD_USER_INPUT'],
  ])('%s fails with %s', async (query, code) => {
    expect(GraphQLClient.codes(await t.graphql.request(query, undefined, member.headers))).toEqual([code]);
  });

  it('finds festivals by name, market and kind in search', async () => {
    const search = (input: Record<string, unknown>) =>
      t.graphql.request(
        `query ($input: SearchInput!) { search(input: $input) {
           hits { type slug title node { ... on Festival { slug kinds } } } facets { name values { value count } } } }`,
        { input },
      );
    const mifa = await waitFor(async () => {
      const response = await search({ query: 'MIFA', types: ['FESTIVAL'] });
      return response.data?.search.hits.length ? response : null;
    }, 30_000);
    expect(mifa.data!.search.hits[0]).toMatchObject({
      type: 'FESTIVAL',
      slug: 'annecy',
      node: { slug: 'annecy' },
    });
    const animation = await search({
      query: '',
      types: ['FESTIVAL'],
      festivalKinds: ['ANIMATION'],
      first: 50,
    });
    const slugs = animation.data!.search.hits.map((hit: { slug: string }) => hit.slug);
    expect(slugs).toEqual(expect.arrayContaining(['annecy', 'cartoon-forum']));
    for (const hit of animation.data!.search.hits) expect(hit.node.kinds).toContain('ANIMATION');
    const facet = animation.data!.search.facets.find((f: { name: string }) => f.name === 'festivalKinds');
    expect(facet.values).toContainEqual({ value: 'ANIMATION', count: slugs.length });
  });
});
