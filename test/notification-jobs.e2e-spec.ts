import { NewPartnersJob } from '@crossroads/coproduction';
import { BrochureRemindersJob } from '@crossroads/delegations';
import { register, Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

const PASSWORD = 'a long enough passphrase';
const DAY = 86_400_000;

/** The scheduled notifications: weekly new partners for a project, the brochure reminder before an edition. */
describe('scheduled notification jobs', () => {
  let t: TestApp;
  let staff: Session;

  const ok = (session: Session | null, query: string, variables?: Record<string, unknown>) =>
    t.graphql.ok(query, variables, session?.headers ?? {});
  const account = async (email: string, firstName: string) => {
    const personId = (
      await ok(staff, `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`, {
        input: { firstName, lastName: 'Test', kinds: ['PRODUCER'] },
      })
    ).createPerson.id as string;
    const userId = await register(t.graphql, email, PASSWORD);
    await ok(staff, `mutation { approveUser(id: "${userId}") { id } }`);
    await t.sql('UPDATE app_user SET person_id = $1 WHERE id = $2', [personId, userId]);
    return { personId, userId, session: await signIn(t.graphql, email, PASSWORD) };
  };
  const noticesOf = (userId: string, event: string) =>
    t.sql(`SELECT event_key, data FROM notification WHERE recipient_id = $1 AND event = $2 ORDER BY id`, [
      userId,
      event,
    ]);
  const edition = async (slug: string) =>
    (
      await t.sql(
        `SELECT e.id, e.starts_on::text AS starts_on FROM festival_edition e JOIN festival f ON f.id = e.festival_id
        WHERE f.slug = $1 ORDER BY e.year DESC LIMIT 1`,
        [slug],
      )
    )[0] as { id: string; starts_on: string };

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000', LOGIN_THROTTLE_LIMIT: '1000' });
    staff = await signIn(t.graphql, 'staff@example.org');
  });
  afterAll(() => t.close());

  it('tells a project’s owners once a week of fitting companies that just joined, and not of poor fits', async () => {
    const annecy = await edition('annecy');
    const producer = await account('producer.jobs@example.fr', 'Margaux');
    const project = (
      await ok(
        producer.session,
        `mutation ($input: ProjectInput!) { createProject(input: $input) { id slug } }`,
        {
          input: {
            title: 'Les Mouettes de Wimereux',
            format: 'ANIMATED_SERIES',
            genres: ['family', 'comedy'],
            stage: 'FINANCING',
            budgetEur: 4_200_000,
            financingSecuredEur: 1_500_000,
            languages: ['fr', 'en'],
            countriesSought: ['BE'],
            rolesSought: ['MINORITY_COPRODUCER', 'SERVICE_ANIMATION'],
            targetEditionIds: [annecy.id],
            visibility: 'MEMBERS',
          },
        },
      )
    ).createProject;
    const company = async (name: string, country: string, city: string, profile: Record<string, unknown>) => {
      const id = (
        await ok(staff, `mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }`, {
          input: { name, country, city, kinds: ['PRODUCTION'] },
        })
      ).createCompany.id as string;
      await ok(
        staff,
        `mutation ($id: ID!, $input: CoproductionProfileInput!) { updateCoproductionProfile(companyId: $id, input: $input) { companyId } }`,
        { id, input: profile },
      );
      return id;
    };
    await company('Bruxelles Anima', 'BE', 'Bruxelles', {
      formats: ['ANIMATED_SERIES'],
      genres: ['family', 'comedy'],
      coproductionCountries: ['FR'],
      budgetMinEur: 1_000_000,
      budgetMaxEur: 8_000_000,
      rolesOffered: ['MINORITY_COPRODUCER', 'SERVICE_ANIMATION'],
      languages: ['fr', 'en'],
      seeksProjects: true,
      attendingEditionIds: [annecy.id],
    });
    await company('Pixel Lointain', 'JP', 'Osaka', {
      formats: ['VIDEO_GAME'],
      genres: ['horror'],
      rolesOffered: ['DISTRIBUTOR'],
      languages: ['ja'],
      seeksProjects: true,
    });

    const job = t.app.get(NewPartnersJob);
    const now = new Date();
    expect(await job.runOnce(now)).toBe(1);
    const [notice] = await noticesOf(producer.userId, 'NEW_PARTNERS');
    expect(notice.data).toMatchObject({
      projectTitle: 'Les Mouettes de Wimereux',
      count: 1,
      companyNames: 'Bruxelles Anima',
      path: `/projects/${project.slug}`,
    });
    expect(await job.runOnce(new Date(now.getTime() + 60_000))).toBe(0); // once a week
    expect(await job.runOnce(new Date(now.getTime() + 8 * DAY))).toBe(0); // no longer new a week later

    // Seven fitting companies: the notice counts all seven and names the five best, not "5 companies".
    const second = (
      await ok(
        producer.session,
        `mutation ($input: ProjectInput!) { createProject(input: $input) { id slug } }`,
        {
          input: {
            title: 'Les Goélands d’Ambleteuse',
            format: 'ANIMATED_SERIES',
            genres: ['family', 'comedy'],
            stage: 'FINANCING',
            budgetEur: 4_200_000,
            financingSecuredEur: 1_500_000,
            languages: ['fr', 'en'],
            countriesSought: ['BE'],
            rolesSought: ['MINORITY_COPRODUCER', 'SERVICE_ANIMATION'],
            targetEditionIds: [annecy.id],
            visibility: 'MEMBERS',
          },
        },
      )
    ).createProject;
    for (const n of [1, 2, 3, 4, 5, 6])
      await company(`Liège Anima ${n}`, 'BE', 'Liège', {
        formats: ['ANIMATED_SERIES'],
        genres: ['family', 'comedy'],
        coproductionCountries: ['FR'],
        budgetMinEur: 1_000_000,
        budgetMaxEur: 8_000_000,
        rolesOffered: ['MINORITY_COPRODUCER', 'SERVICE_ANIMATION'],
        languages: ['fr', 'en'],
        seeksProjects: true,
        attendingEditionIds: [annecy.id],
      });
    expect(await job.runOnce(new Date(now.getTime() + 120_000))).toBe(1); // the first project was told this week
    const notices = (await noticesOf(producer.userId, 'NEW_PARTNERS')).map(
      (row) => row.data as { projectTitle: string; count: number; companyNames: string; path: string },
    );
    const told = notices.find((data) => data.projectTitle === 'Les Goélands d’Ambleteuse')!;
    expect(told).toMatchObject({ count: 7, path: `/projects/${second.slug}` });
    expect(told.companyNames.split(', ')).toHaveLength(5);
  });

  it('reminds a confirmed member who has not answered for the brochure, once, three weeks before', async () => {
    const seriesMania = await edition('series-mania');
    const technician = await account('technician.jobs@example.fr', 'Jules');
    const delegation = (
      await ok(
        staff,
        `mutation ($input: CreateDelegationInput!) { createDelegation(input: $input) { id } }`,
        {
          input: { editionId: seriesMania.id, name: 'Délégation brochure' },
        },
      )
    ).createDelegation.id;
    await ok(
      staff,
      `mutation ($id: ID!) { updateDelegation(id: $id, input: { status: PUBLISHED }) { id } }`,
      {
        id: delegation,
      },
    );
    const member = (
      await ok(
        staff,
        `mutation ($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id } }`,
        {
          input: { delegationId: delegation, kind: 'PERSON', personId: technician.personId },
        },
      )
    ).addDelegationMember.id;
    for (const status of ['INVITED', 'CONFIRMED'])
      await ok(
        staff,
        `mutation ($id: ID!, $status: DelegationMemberStatus!) { setDelegationMemberStatus(input: { memberId: $id, status: $status }) { id } }`,
        { id: member, status },
      );
    const starts = Date.parse(`${seriesMania.starts_on}T12:00:00Z`);
    const job = t.app.get(BrochureRemindersJob);
    expect(await job.runOnce(new Date(starts - 40 * DAY))).toBe(0); // too early
    expect(await job.runOnce(new Date(starts - 10 * DAY))).toBe(1);
    expect(await job.runOnce(new Date(starts - 9 * DAY))).toBe(0); // once
    const [notice] = await noticesOf(technician.userId, 'BROCHURE_REMINDER');
    expect(notice.data).toMatchObject({ delegationName: 'Délégation brochure', path: '/me/invitations' });
  });
});
