import {
  GraphQLClient,
  GraphQLResponse,
  register,
  Session,
  signIn,
  startTestApp,
  TestApp,
} from '@crossroads/testing';
import { createApp } from '../../apps/api/src/create-app';

// Issue 15: company membership is granted (by STAFF or a verified admin of the company), never claimed. Each
// attack below was possible when a declared affiliation counted as membership.
export const PASSWORD = 'a long enough passphrase';

export const UPDATE_PERSON = `mutation ($id: ID!, $input: PersonInput!) { updatePerson(id: $id, input: $input) {
  affiliations { id companyId status memberRole } } }`;
export const PERSON = `query ($id: ID!) { person(id: $id) { affiliations { companyId status company { name } } } }`;
export const PROJECT = `query ($id: ID!) { project(id: $id) { id title } }`;
export const PROJECTS = `{ projects(first: 100) { edges { node { id } } } }`;
export const UPDATE_PROJECT = `mutation ($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { id } }`;
export const UPDATE_PROFILE = `mutation ($companyId: ID!, $input: CoproductionProfileInput!) {
  updateCoproductionProfile(companyId: $companyId, input: $input) { companyId } }`;
export const INTRODUCTIONS = `{ introductions(first: 50) { edges { node { id requesterContact { email phone } } } } }`;
export const ANSWER_INTRO = `mutation ($id: ID!) { answerIntroduction(id: $id, accept: true) { id status } }`;
export const MEMBERS = `query ($companyId: ID!) { companyMembers(companyId: $companyId) {
  id status memberRole person { id } } }`;
export const REQUEST = `mutation ($companyId: ID!) { requestCompanyMembership(companyId: $companyId, role: "Productrice") {
  id status memberRole source } }`;
export const DECIDE = `mutation ($id: ID!, $decision: MembershipDecision!) {
  decideCompanyMembership(id: $id, decision: $decision) { id status } }`;
export const SET_ROLE = `mutation ($id: ID!, $memberRole: MemberRole!) { setCompanyMemberRole(id: $id, memberRole: $memberRole) {
  id memberRole } }`;
export const ADD = `mutation ($companyId: ID!, $personId: ID!, $memberRole: MemberRole) {
  addCompanyMember(companyId: $companyId, personId: $personId, role: "Gérante", memberRole: $memberRole) {
    id status memberRole } }`;
export const LEAVE = `mutation ($id: ID!) { leaveCompany(id: $id) { id status } }`;
export const MY_INVITATIONS = `{ myDelegationInvitations { id kind } }`;
export const ANSWER_INVITATION = `mutation ($memberId: ID!) {
  answerDelegationInvitation(input: { memberId: $memberId, accept: true, consentBrochure: true }) { id status } }`;
export const DELEGATION = `query ($id: ID!) { delegation(id: $id) { members { kind project { id title } } } }`;

export type Who = 'staff' | 'owner' | 'colleague' | 'attacker' | 'newcomer' | 'rivalAdmin' | 'requester';

type Variables = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are the specs' to assert
type Data = Record<string, any>;

export interface MembershipsWorld {
  t: TestApp;
  ids: Record<string, string>;
  gql(who: Who, query: string, variables?: Variables): Promise<GraphQLResponse<Data>>;
  ok(who: Who, query: string, variables?: Variables): Promise<Data>;
  /** Fails unless the request is refused with the first error code among `codes`. */
  refused(who: Who, query: string, variables: Variables, codes: string[]): Promise<void>;
  /** The affiliation row of a person at a company, if any. */
  membershipOf(personKey: string, companyKey: string): Promise<{ id: string; status: string } | undefined>;
  sessions: Record<Who, Session>;
}

/**
 * Three companies (the victim studio, a rival, a Walloon partner), six member accounts with their profiles, the
 * first admins, a private project of the victim, and a partner's pending introduction request to the victim.
 */
export async function startMembershipsWorld(): Promise<MembershipsWorld> {
  const t = await startTestApp(createApp, {
    THROTTLE_LIMIT: '100000',
    LOGIN_THROTTLE_LIMIT: '1000',
    OUTBOX_RELAY: 'false',
  });
  const s = {} as Record<Who, Session>;
  const ids: Record<string, string> = {};
  const gql = (who: Who, query: string, variables: Record<string, unknown> = {}) =>
    t.graphql.request(query, variables, s[who].headers);
  const ok = (who: Who, query: string, variables: Record<string, unknown> = {}) =>
    t.graphql.ok(query, variables, s[who].headers);
  const refused = async (who: Who, query: string, variables: Record<string, unknown>, codes: string[]) => {
    const response = await gql(who, query, variables);
    expect(codes).toContain(GraphQLClient.codes(response)[0]);
  };
  /** STAFF create a profile (its affiliations are verified: STAFF vouch for them). */
  const person = async (key: string, companyKey?: string) => {
    const input = {
      firstName: key,
      lastName: 'Test',
      email: `${key.toLowerCase()}@example.org`,
      phone: '+33 6 00 00 00 00',
      ...(companyKey && { affiliations: [{ companyId: ids[companyKey], role: 'Producteur' }] }),
    };
    ids[key] = (
      await ok('staff', `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`, { input })
    ).createPerson.id;
  };
  /** An ACTIVE member whose account owns the profile `key`. */
  const account = async (who: Who, key: string) => {
    const email = `${who}@example.fr`;
    const id = await register(t.graphql, email, PASSWORD);
    await t.sql(`UPDATE app_user SET status = 'ACTIVE', roles = '{MEMBER}', person_id = $2 WHERE id = $1`, [
      id,
      ids[key],
    ]);
    s[who] = await signIn(t.graphql, email, PASSWORD);
  };
  const membershipOf = async (personKey: string, companyKey: string) =>
    (
      await t.sql(`SELECT id, status FROM affiliation WHERE person_id = $1 AND company_id = $2`, [
        ids[personKey],
        ids[companyKey],
      ])
    )[0] as { id: string; status: string } | undefined;

  s.staff = await signIn(t.graphql, 'staff@example.org');
  for (const [key, name, country] of [
    ['victim', 'Studio Victime', 'FR'],
    ['rival', 'Studio Rival', 'FR'],
    ['partner', 'Partenaire Wallon', 'BE'],
  ]) {
    ids[key] = (
      await ok('staff', `mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }`, {
        input: { name, country, city: country === 'FR' ? 'Lille' : 'Liège', kinds: ['PRODUCTION'] },
      })
    ).createCompany.id;
  }
  await person('Owner', 'victim');
  await person('Colleague', 'victim');
  await person('RivalAdmin', 'rival');
  await person('Requester', 'partner');
  await person('Attacker');
  await person('Newcomer');
  await account('owner', 'Owner');
  await account('colleague', 'Colleague');
  await account('rivalAdmin', 'RivalAdmin');
  await account('requester', 'Requester');
  await account('attacker', 'Attacker');
  await account('newcomer', 'Newcomer');

  // STAFF make the first admins.
  await ok('staff', ADD, { companyId: ids.victim, personId: ids.Owner, memberRole: 'ADMIN' });
  await ok('staff', ADD, { companyId: ids.rival, personId: ids.RivalAdmin, memberRole: 'ADMIN' });

  const project = (title: string, company: string, visibility: string) => ({
    title,
    format: 'FEATURE_FILM',
    stage: 'DEVELOPMENT',
    ownerCompanyId: ids[company],
    visibility,
  });
  const create = `mutation ($input: ProjectInput!) { createProject(input: $input) { id } }`;
  ids.secret = (
    await ok('owner', create, { input: project('Le Secret du terril', 'victim', 'PRIVATE') })
  ).createProject.id;
  ids.pitch = (
    await ok('requester', create, { input: project('Wallonie nocturne', 'partner', 'MEMBERS') })
  ).createProject.id;
  ids.introduction = (
    await ok(
      'requester',
      `mutation ($projectId: ID!, $companyId: ID!) {
        requestIntroduction(projectId: $projectId, companyId: $companyId, message: "Coproduisons !") { id } }`,
      { projectId: ids.pitch, companyId: ids.victim },
    )
  ).requestIntroduction.id;
  return { t, ids, gql, ok, refused, membershipOf, sessions: s };
}

/** The attacker declares an affiliation to the victim studio on their own profile; returns the updated profile. */
export async function declareAttacker({ ok, ids }: MembershipsWorld): Promise<Data> {
  return ok('attacker', UPDATE_PERSON, {
    id: ids.Attacker,
    input: { affiliations: [{ companyId: ids.victim, role: 'Productrice' }] },
  });
}
