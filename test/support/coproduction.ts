import { GraphQLResponse, register, Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../../apps/api/src/create-app';

/** The co-production specs' shared world: four companies, their people and members, two festival editions. */
export const PASSWORD = 'a long enough passphrase';

export const CREATE_PROJECT = `mutation ($input: ProjectInput!) { createProject(input: $input) { id slug visibility } }`;
export const UPDATE_PROJECT = `mutation ($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { id stage visibility } }`;
export const READ_PROJECT = `query ($id: ID!) { project(id: $id) {
  id title format stage budgetEur financingSecuredEur genres countriesSought rolesSought visibility
  funds { fund status amountEur } targetEditions { id year } ownerCompany { name } team { role person { id } } } }`;
export const LIST_PROJECTS = `query ($filter: ProjectFilter) { projects(first: 100, filter: $filter) { totalCount edges { node { id title } } } }`;
export const UPDATE_PROFILE = `mutation ($companyId: ID!, $input: CoproductionProfileInput!) {
  updateCoproductionProfile(companyId: $companyId, input: $input) { companyId formats budgetMinEur budgetMaxEur attendingEditions { id } } }`;
export const PARTNER_MATCHES = `query ($projectId: ID!, $editionId: ID, $first: Int) {
  partnerMatches(projectId: $projectId, editionId: $editionId, first: $first) {
    score missingCodes company { id name country } reasons { criterion points max code params } } }`;
export const PROJECT_MATCHES = `query ($companyId: ID!) { projectMatches(companyId: $companyId, first: 100) { score project { id title } reasons { criterion } } }`;
export const REQUEST_INTRO = `mutation ($projectId: ID!, $companyId: ID!, $message: String!) {
  requestIntroduction(projectId: $projectId, companyId: $companyId, message: $message) { id status } }`;
export const ANSWER_INTRO = `mutation ($id: ID!, $accept: Boolean!, $message: String) {
  answerIntroduction(id: $id, accept: $accept, message: $message) { id status response } }`;
export const INTRODUCTIONS = `{ introductions(first: 50) { totalCount edges { node {
  id status message response project { id } company { name } history { status }
  requesterContact { name email } companyContact { name email } } } } }`;
export const SEARCH = `query ($input: SearchInput!) { search(input: $input) { totalHits hits { type id title node { ... on Project { id title stage } ... on Company { id name } } } } }`;

export type Viewer = 'anonymous' | 'pending' | 'member' | 'outsider' | 'partner' | 'producer' | 'staff';
type Variables = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are the specs' to assert
type Data = Record<string, any>;

export interface CoproductionWorld {
  t: TestApp;
  ids: Record<string, string>;
  gql(viewer: Viewer, query: string, variables?: Variables): Promise<GraphQLResponse<Data>>;
  ok(viewer: Viewer, query: string, variables?: Variables): Promise<Data>;
}

/** Boots the app and creates the companies, people, member accounts and editions every co-production spec uses. */
export async function startCoproductionWorld(): Promise<CoproductionWorld> {
  const t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000', LOGIN_THROTTLE_LIMIT: '1000' });
  const s: Partial<Record<Viewer, Session>> = {};
  const headers = (viewer: Viewer) => s[viewer]?.headers ?? {};
  const ids: Record<string, string> = {};
  const world: CoproductionWorld = {
    t,
    ids,
    gql: (viewer, query, variables = {}) => t.graphql.request(query, variables, headers(viewer)),
    ok: (viewer, query, variables = {}) => t.graphql.ok(query, variables, headers(viewer)),
  };
  const { ok } = world;

  /** An ACTIVE member whose account owns `personId`. */
  const member = async (email: string, personId: string | null): Promise<Session> => {
    const id = await register(t.graphql, email, PASSWORD);
    await t.sql(`UPDATE app_user SET status = 'ACTIVE', roles = '{MEMBER}', person_id = $2 WHERE id = $1`, [
      id,
      personId,
    ]);
    return signIn(t.graphql, email, PASSWORD);
  };

  s.staff = await signIn(t.graphql, 'staff@example.org');
  s.member = await signIn(t.graphql, 'member@example.org');
  await register(t.graphql, 'pending@example.fr', PASSWORD);
  s.pending = await signIn(t.graphql, 'pending@example.fr', PASSWORD);

  const company = async (key: string, input: Variables) => {
    const data = await ok(
      'staff',
      `mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }`,
      {
        input,
      },
    );
    ids[key] = data.createCompany.id;
  };
  await company('mouettes', {
    name: 'Mouettes Productions',
    country: 'FR',
    city: 'Lille',
    kinds: ['ANIMATION'],
  });
  await company('bruxelles', {
    name: 'Bruxelles Anima',
    country: 'BE',
    city: 'Bruxelles',
    kinds: ['ANIMATION'],
  });
  await company('toronto', { name: 'Toronto Toons', country: 'CA', city: 'Toronto', kinds: ['ANIMATION'] });
  await company('koln', { name: 'Köln Filmproduktion', country: 'DE', city: 'Köln', kinds: ['PRODUCTION'] });
  const person = async (key: string, firstName: string, companyKey: string | null) => {
    const data = await ok('staff', `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`, {
      input: {
        firstName,
        lastName: 'Test',
        email: `${key}@example.org`,
        phone: '+33 6 00 00 00 00',
        ...(companyKey && { affiliations: [{ companyId: ids[companyKey], role: 'producer' }] }),
      },
    });
    ids[key] = data.createPerson.id;
  };
  await person('producerPerson', 'Camille', 'mouettes');
  await person('partnerPerson', 'Lotte', 'bruxelles');
  await person('outsiderPerson', 'Omar', null);
  s.producer = await member('producer@example.fr', ids.producerPerson);
  s.partner = await member('partner@example.fr', ids.partnerPerson);
  s.outsider = await member('outsider@example.fr', ids.outsiderPerson);
  const latest = async (slug: string) =>
    (
      await t.sql(
        `SELECT e.id FROM festival_edition e JOIN festival f ON f.id = e.festival_id WHERE f.slug = $1 ORDER BY e.year DESC LIMIT 1`,
        [slug],
      )
    )[0].id as string;
  ids.annecy = await latest('annecy');
  ids.berlinale = await latest('berlinale');
  return world;
}

/** The animated series Mouettes Productions finances, members-only, aiming at Annecy. */
export const SERIES = (ids: Record<string, string>) => ({
  title: 'Les Mouettes de Wimereux',
  logline: 'Two seagulls run the last beach café of the Opal Coast.',
  format: 'ANIMATED_SERIES',
  genres: ['Family', 'comedy'],
  stage: 'FINANCING',
  budgetEur: 4_200_000,
  financingSecuredEur: 1_500_000,
  languages: ['fr', 'en'],
  countriesSought: ['BE', 'CA'],
  rolesSought: ['MINORITY_COPRODUCER', 'SERVICE_ANIMATION'],
  ownerCompanyId: ids.mouettes,
  team: [{ personId: ids.producerPerson, role: 'producer' }],
  funds: [
    { fund: 'pictanovo-production', status: 'OBTAINED', amountEur: 300_000 },
    { fund: 'cnc-tax-credit', status: 'APPLIED' },
  ],
  targetEditionIds: [ids.annecy],
  visibility: 'MEMBERS',
});

/** The producer creates the series; its id goes to `ids.series`. */
export async function createSeries({ ok, ids }: CoproductionWorld): Promise<void> {
  ids.series = (await ok('producer', CREATE_PROJECT, { input: SERIES(ids) })).createProject.id;
}

/** The Brussels studio's profile: an animation co-producer at Annecy with two international series behind it. */
export const BRUXELLES_PROFILE = (ids: Record<string, string>) => ({
  formats: ['ANIMATED_SERIES', 'FEATURE_FILM'],
  genres: ['family', 'Comedy', 'adventure'],
  coproductionCountries: ['FR', 'CA'],
  budgetMinEur: 1_000_000,
  budgetMaxEur: 8_000_000,
  rolesOffered: ['MINORITY_COPRODUCER', 'SERVICE_ANIMATION'],
  languages: ['fr', 'nl', 'en'],
  trackRecord: [
    { title: 'Les Gaufres', year: 2021, countries: ['BE', 'FR'], format: 'ANIMATED_SERIES' },
    { title: 'Moules Frites', year: 2023, countries: ['BE', 'FR', 'CA'], format: 'ANIMATED_SERIES' },
  ],
  seeksProjects: true,
  attendingEditionIds: [ids.annecy],
});

/** STAFF give the three other companies their profiles (Toronto at the Berlinale, Köln and Mouettes at Annecy). */
export async function giveOtherProfiles({ ok, ids }: CoproductionWorld): Promise<void> {
  await ok('staff', UPDATE_PROFILE, {
    companyId: ids.toronto,
    input: {
      ...BRUXELLES_PROFILE(ids),
      languages: ['en', 'fr'],
      attendingEditionIds: [ids.berlinale],
      trackRecord: [],
    },
  });
  await ok('staff', UPDATE_PROFILE, {
    companyId: ids.koln,
    input: {
      formats: ['FEATURE_FILM'],
      genres: ['drama'],
      rolesOffered: ['MINORITY_COPRODUCER'],
      attendingEditionIds: [ids.annecy],
    },
  });
  await ok('staff', UPDATE_PROFILE, {
    companyId: ids.mouettes,
    input: {
      formats: ['ANIMATED_SERIES'],
      rolesOffered: ['MAJORITY_COPRODUCER'],
      attendingEditionIds: [ids.annecy],
    },
  });
}

/** Every company's profile, as the profiles spec leaves them. */
export async function giveProfiles(world: CoproductionWorld): Promise<void> {
  await world.ok('partner', UPDATE_PROFILE, {
    companyId: world.ids.bruxelles,
    input: BRUXELLES_PROFILE(world.ids),
  });
  await giveOtherProfiles(world);
}

export const INTRO_MESSAGE = 'We would love a Belgian animation partner for Annecy.';

/** The producer asks Bruxelles Anima for an introduction to the series, which its member accepts (`ids.intro`). */
export async function introduceToBruxelles({ ok, ids }: CoproductionWorld): Promise<void> {
  ids.intro = (
    await ok('producer', REQUEST_INTRO, {
      projectId: ids.series,
      companyId: ids.bruxelles,
      message: INTRO_MESSAGE,
    })
  ).requestIntroduction.id;
  await ok('partner', ANSWER_INTRO, { id: ids.intro, accept: true, message: 'Avec plaisir !' });
}
