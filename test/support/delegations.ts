import {
  GraphQLResponse,
  pdfText,
  register,
  Session,
  signIn,
  startTestApp,
  TestApp,
} from '@crossroads/testing';
import { createApp } from '../../apps/api/src/create-app';

/** The delegation specs' shared world: three companies, people of the region and two member accounts. */
export const PASSWORD = 'a long enough passphrase';

export const CREATE_COMPANY = `mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }`;
export const CREATE_PERSON = `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`;
export const CREATE = `mutation ($input: CreateDelegationInput!) { createDelegation(input: $input) { id status capacity } }`;
export const UPDATE = `mutation ($id: ID!, $input: UpdateDelegationInput!) { updateDelegation(id: $id, input: $input) { id status capacity } }`;
export const ADD = `mutation ($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id status kind } }`;
export const SET_STATUS = `mutation ($input: SetMemberStatusInput!) { setDelegationMemberStatus(input: $input) { id status invitedAt } }`;
export const ANSWER = `mutation ($input: AnswerInvitationInput!) { answerDelegationInvitation(input: $input) { id status consentBrochure answeredAt } }`;
export const CONSENT = `mutation ($id: ID!, $consent: Boolean!) { setDelegationBrochureConsent(memberId: $id, consent: $consent) { id consentBrochure } }`;
export const MINE = `{ myDelegationInvitations { id status kind consentBrochure note delegation { name } person { name } company { name } } }`;
export const SUGGEST = `query ($editionId: ID!, $delegationId: ID, $audience: DelegationAudience) {
  delegationSuggestions(editionId: $editionId, delegationId: $delegationId, audience: $audience, first: 50) {
    kind id score reasons { criterion points detail } person { name } company { name } } }`;

export interface Suggestion {
  kind: string;
  id: string;
  score: number;
  reasons: { criterion: string; points: number; detail: string }[];
  person: { name: string } | null;
  company: { name: string } | null;
}

type Variables = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are the specs' to assert
type Data = Record<string, any>;

export interface DelegationsWorld {
  t: TestApp;
  staff: Session;
  member: Session;
  /** Alice Martin's account (a screenwriter of the region). */
  alice: Session;
  /** Bruno Lefebvre's account (a producer at Nord Séries). */
  bruno: Session;
  ids: Record<string, string>;
  seriesMania: string;
  gamescom: string;
  gql(session: Session | null, query: string, variables?: Variables): Promise<GraphQLResponse<Data>>;
  ok(session: Session | null, query: string, variables?: Variables): Promise<Data>;
  download(path: string, session: Session | null): Promise<Response>;
}

/** Boots the app (relay off) and creates the companies, people and accounts every delegation spec uses. */
export async function startDelegationsWorld(): Promise<DelegationsWorld> {
  const t = await startTestApp(createApp, {
    THROTTLE_LIMIT: '100000',
    LOGIN_THROTTLE_LIMIT: '1000',
    OUTBOX_RELAY: 'false',
  });
  const gql = (session: Session | null, query: string, variables?: Variables) =>
    t.graphql.request<Data>(query, variables, session?.headers ?? {});
  const ok = (session: Session | null, query: string, variables?: Variables) =>
    t.graphql.ok<Data>(query, variables, session?.headers ?? {});
  const edition = async (slug: string) => {
    const data = await ok(null, `{ festival(slug: "${slug}") { editions { id year } } }`);
    return (data.festival.editions as { id: string }[]).at(-1)!.id;
  };
  const staff = await signIn(t.graphql, 'staff@example.org');
  /** A vetted member account owning the given person profile. */
  const owner = async (email: string, personId: string): Promise<Session> => {
    const userId = await register(t.graphql, email, PASSWORD);
    await ok(staff, `mutation { approveUser(id: "${userId}") { id } }`);
    await t.sql('UPDATE app_user SET person_id = $1 WHERE id = $2', [personId, userId]);
    return signIn(t.graphql, email, PASSWORD);
  };
  const ids: Record<string, string> = {};
  const company = async (key: string, input: Variables) => {
    ids[key] = (await ok(staff, CREATE_COMPANY, { input })).createCompany.id;
  };
  await company('nordSeries', {
    name: 'Nord Séries',
    country: 'FR',
    city: 'Lille',
    postcode: '59000',
    kinds: ['PRODUCTION'],
    formats: ['TV_SERIES'],
    descriptionFr: 'Séries de fiction tournées dans les Hauts-de-France.',
  });
  await company('pixelNord', {
    name: 'Pixel Nord',
    country: 'FR',
    city: 'Roubaix',
    postcode: '59100',
    kinds: ['GAME_STUDIO'],
    formats: ['VIDEO_GAME'],
  });
  await company('brusselsProd', {
    name: 'Bruxelles Séries',
    country: 'BE',
    city: 'Bruxelles',
    kinds: ['PRODUCTION'],
    formats: ['TV_SERIES'],
  });
  const person = async (key: string, input: Variables) => {
    ids[key] = (await ok(staff, CREATE_PERSON, { input })).createPerson.id;
  };
  await person('alice', {
    firstName: 'Alice',
    lastName: 'Martin',
    kinds: ['WRITER'],
    crafts: ['screenwriter', 'head-writer'],
    titleForm: 'FEMININE',
    headline: '=HYPERLINK("http://evil.example") scénariste',
    city: 'Lille',
    postcode: '59000',
    email: 'alice.martin@example.org',
    phone: '+33 6 00 00 00 01',
    credits: [
      { title: 'Les Beffrois', year: 2025, format: 'TV_SERIES', companyId: ids.nordSeries },
      { title: 'Marée basse', year: 2024, format: 'TV_SERIES' },
    ],
  });
  await person('bruno', {
    firstName: 'Bruno',
    lastName: 'Lefebvre',
    kinds: ['PRODUCER'],
    city: 'Tourcoing',
    postcode: '59200',
    affiliations: [{ companyId: ids.nordSeries, role: 'Producteur' }],
  });
  await person('chloe', {
    firstName: 'Chloé',
    lastName: 'Dubois',
    kinds: ['DEVELOPER'],
    city: 'Valenciennes',
    postcode: '59300',
    credits: [{ title: 'Terril Quest', year: 2025, format: 'VIDEO_GAME', companyId: ids.pixelNord }],
  });
  for (const name of ['Proposed', 'Invited', 'Declined', 'Withdrawn']) {
    await person(`matrix${name}`, { firstName: 'Matrix', lastName: name, kinds: ['WRITER'] });
  }
  return {
    t,
    staff,
    member: await signIn(t.graphql, 'member@example.org'),
    alice: await owner('alice.owner@example.fr', ids.alice),
    bruno: await owner('bruno.owner@example.fr', ids.bruno),
    ids,
    seriesMania: await edition('series-mania'),
    gamescom: await edition('gamescom'),
    gql,
    ok,
    download: (path, session) => fetch(`${t.baseUrl}${path}`, { headers: session?.headers ?? {} }),
  };
}

export interface HautsDeFrance {
  delegationId: string;
  /** Member ids by name: Nord Séries, Alice Martin, Bruno Lefebvre. */
  members: Record<string, string>;
}

/**
 * The Series Mania delegation as the invitation spec builds it: capacity 2, three proposals, published, Alice and
 * Nord Séries invited; then Alice accepts with brochure consent and Bruno accepts for Nord Séries without.
 */
export async function hautsDeFranceAnswered(w: DelegationsWorld): Promise<HautsDeFrance> {
  const { ok, staff, ids } = w;
  const delegationId = (
    await ok(staff, CREATE, {
      input: {
        editionId: w.seriesMania,
        name: 'Délégation Hauts-de-France',
        capacity: 2,
        notes: 'Budget : 3 stands',
      },
    })
  ).createDelegation.id as string;
  const members: Record<string, string> = {};
  for (const [name, kind, field, id] of [
    ['Nord Séries', 'COMPANY', 'companyId', ids.nordSeries],
    ['Alice Martin', 'PERSON', 'personId', ids.alice],
    ['Bruno Lefebvre', 'PERSON', 'personId', ids.bruno],
  ]) {
    members[name] = (
      await ok(staff, ADD, { input: { delegationId, kind, [field]: id } })
    ).addDelegationMember.id;
  }
  await ok(staff, UPDATE, { id: delegationId, input: { status: 'PUBLISHED' } });
  for (const name of ['Alice Martin', 'Nord Séries']) {
    await ok(staff, SET_STATUS, { input: { memberId: members[name], status: 'INVITED' } });
  }
  await ok(w.alice, ANSWER, {
    input: { memberId: members['Alice Martin'], accept: true, consentBrochure: true },
  });
  await ok(w.bruno, ANSWER, {
    input: { memberId: members['Nord Séries'], accept: true, consentBrochure: false },
  });
  return { delegationId, members };
}

/** The brochure of a delegation, as text; fails unless it is a PDF served with 200. */
export async function brochureText(
  w: DelegationsWorld,
  delegationId: string,
  session: Session,
): Promise<string> {
  const response = await w.download(`/delegations/${delegationId}/brochure.pdf`, session);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return pdfText(Buffer.from(await response.arrayBuffer()));
}

/**
 * Les Dunes, a private thriller series of Nord Séries aiming at Series Mania, and two Belgian co-producers: Bruxelles
 * Séries attends the edition, Gent Fiction does not. Sets `ids.gentFiction` and `ids.project`.
 */
export async function createDunesAndPartners({
  ok,
  staff,
  ids,
  seriesMania,
}: DelegationsWorld): Promise<void> {
  const profile = `mutation ($companyId: ID!, $input: CoproductionProfileInput!) {
      updateCoproductionProfile(companyId: $companyId, input: $input) { companyId } }`;
  await ok(staff, profile, {
    companyId: ids.brusselsProd,
    input: {
      formats: ['TV_SERIES'],
      genres: ['thriller'],
      coproductionCountries: ['FR'],
      rolesOffered: ['MINORITY_COPRODUCER'],
      languages: ['fr'],
      seeksProjects: true,
      attendingEditionIds: [seriesMania],
    },
  });
  ids.gentFiction = (
    await ok(staff, CREATE_COMPANY, {
      input: {
        name: 'Gent Fiction',
        country: 'BE',
        city: 'Gent',
        kinds: ['PRODUCTION'],
        formats: ['TV_SERIES'],
      },
    })
  ).createCompany.id;
  await ok(staff, profile, {
    companyId: ids.gentFiction,
    input: {
      formats: ['TV_SERIES'],
      genres: ['thriller'],
      rolesOffered: ['MINORITY_COPRODUCER'],
      seeksProjects: true,
    },
  });
  ids.project = (
    await ok(staff, `mutation ($input: ProjectInput!) { createProject(input: $input) { id } }`, {
      input: {
        title: 'Les Dunes',
        logline: 'Un thriller sur la Côte d’Opale.',
        format: 'TV_SERIES',
        genres: ['thriller'],
        stage: 'FINANCING',
        budgetEur: 4000000,
        financingSecuredEur: 1500000,
        languages: ['fr'],
        rolesSought: ['MINORITY_COPRODUCER'],
        ownerCompanyId: ids.nordSeries,
        team: [{ personId: ids.bruno, role: 'producer' }],
        targetEditionIds: [seriesMania],
        visibility: 'PRIVATE',
      },
    })
  ).createProject.id;
}
