import { register, Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

const PASSWORD = 'a long enough passphrase';

const DASHBOARD = `{
  staffDashboard {
    members demoMembers pendingAccounts pendingClaims
    membersByDepartment { key count demoCount }
    membersByCraft { key count }
    membersBySite { key count }
    pendingByWeek { weekStart pendingAccounts pendingClaims }
    editions { editionId festivalName byStatus { key count } }
    projectsByFormat { key count }
    projectsByStage { key count }
  }
}`;

type Count = { key: string; count: number };
type Dashboard = {
  members: number;
  demoMembers: number;
  pendingAccounts: number;
  pendingClaims: number;
  membersByDepartment: Count[];
  membersByCraft: Count[];
  membersBySite: Count[];
  pendingByWeek: { weekStart: string; pendingAccounts: number; pendingClaims: number }[];
  editions: { editionId: string; festivalName: string; byStatus: Count[] }[];
  projectsByFormat: Count[];
  projectsByStage: Count[];
};

const countOf = (counts: Count[], key: string) => counts.find((c) => c.key === key)?.count ?? 0;

/** The staff dashboard (issue 19): counts computed in SQL, for STAFF only. */
describe('staff dashboard', () => {
  let t: TestApp;
  let staff: Session;
  let member: Session;

  const ok = (session: Session | null, query: string, variables?: Record<string, unknown>) =>
    t.graphql.ok(query, variables, session?.headers ?? {});
  const dashboard = async () => (await ok(staff, DASHBOARD)).staffDashboard as Dashboard;

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000', LOGIN_THROTTLE_LIMIT: '1000' });
    staff = await signIn(t.graphql, 'staff@example.org');
    member = await signIn(t.graphql, 'member@example.org');
  });
  afterAll(() => t.close());

  it('counts people, pending accounts and claims, delegation members and projects', async () => {
    const [craft] = (await t.sql(
      `SELECT c.slug, c.department_slug FROM craft c ORDER BY c.slug LIMIT 1`,
    )) as { slug: string; department_slug: string }[];
    const [site] = (await t.sql(`SELECT id, slug FROM site ORDER BY slug LIMIT 1`)) as {
      id: string;
      slug: string;
    }[];
    const [edition] = (await t.sql(
      `SELECT id FROM festival_edition WHERE ends_on >= current_date AND NOT cancelled ORDER BY starts_on LIMIT 1`,
    )) as { id: string }[];
    const before = await dashboard();
    expect(before.pendingByWeek).toHaveLength(12);

    const people: string[] = [];
    for (const firstName of ['Anouk', 'Basile']) {
      const { createPerson } = await ok(
        staff,
        `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`,
        {
          input: {
            firstName,
            lastName: 'Tableau',
            kinds: ['PRODUCER'],
            crafts: [craft.slug],
            site: site.slug,
          },
        },
      );
      people.push(createPerson.id as string);
    }

    // Two accounts left waiting; a third, approved, claims the first profile.
    await register(t.graphql, 'waiting.one@example.fr', PASSWORD);
    await register(t.graphql, 'waiting.two@example.fr', PASSWORD);
    const claimerId = await register(t.graphql, 'claimer@example.fr', PASSWORD);
    await ok(staff, `mutation { approveUser(id: "${claimerId}") { id } }`);
    const claimer = await signIn(t.graphql, 'claimer@example.fr', PASSWORD);
    await ok(claimer, `mutation { claimPerson(personId: "${people[0]}", message: "C’est moi") { id } }`);

    const { createDelegation } = await ok(
      staff,
      `mutation ($input: CreateDelegationInput!) { createDelegation(input: $input) { id } }`,
      { input: { editionId: edition.id, name: 'Délégation tableau de bord' } },
    );
    for (const personId of people)
      await ok(
        staff,
        `mutation ($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id } }`,
        { input: { delegationId: createDelegation.id, kind: 'PERSON', personId } },
      );

    await ok(staff, `mutation ($input: ProjectInput!) { createProject(input: $input) { id } }`, {
      input: { title: 'Le Tableau de Bord', format: 'ANIMATED_SERIES', genres: [], stage: 'DEVELOPMENT' },
    });

    const after = await dashboard();
    expect(after.members - before.members).toBe(2);
    expect(after.demoMembers).toBe(before.demoMembers);
    expect(countOf(after.membersByCraft, craft.slug) - countOf(before.membersByCraft, craft.slug)).toBe(2);
    expect(
      countOf(after.membersByDepartment, craft.department_slug) -
        countOf(before.membersByDepartment, craft.department_slug),
    ).toBe(2);
    expect(countOf(after.membersBySite, site.id) - countOf(before.membersBySite, site.id)).toBe(2);

    expect(after.pendingAccounts - before.pendingAccounts).toBe(2);
    expect(after.pendingClaims - before.pendingClaims).toBe(1);
    const thisWeek = (d: Dashboard) => d.pendingByWeek[d.pendingByWeek.length - 1];
    expect(thisWeek(after).pendingAccounts - thisWeek(before).pendingAccounts).toBe(2);
    expect(thisWeek(after).pendingClaims - thisWeek(before).pendingClaims).toBe(1);

    const statuses = (d: Dashboard) => d.editions.find((e) => e.editionId === edition.id)?.byStatus ?? [];
    expect(countOf(statuses(after), 'PROPOSED') - countOf(statuses(before), 'PROPOSED')).toBe(2);

    expect(
      countOf(after.projectsByFormat, 'ANIMATED_SERIES') -
        countOf(before.projectsByFormat, 'ANIMATED_SERIES'),
    ).toBe(1);
    expect(
      countOf(after.projectsByStage, 'DEVELOPMENT') - countOf(before.projectsByStage, 'DEVELOPMENT'),
    ).toBe(1);
  });

  it('is for STAFF only', async () => {
    const response = await t.graphql.request(DASHBOARD, undefined, member.headers);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
