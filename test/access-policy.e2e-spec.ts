import { ACCESS_POLICY, AccessPolicy } from '@crossroads/auth';
import { GraphQLClient, register, Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { DiscoveryService, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { createApp } from '../apps/api/src/create-app';

type Viewer = 'anonymous' | 'pending' | 'member' | 'staff' | 'admin';
type Expected = 'public' | 'signed-in' | 'MEMBER' | 'STAFF' | 'ADMIN';

interface Row {
  expected: Expected;
  document: string;
  variables?: (t: TestApp) => Promise<Record<string, unknown>>;
}

const NOBODY = '00000000-0000-4000-8000-000000000000';

/** Every query and mutation, with who may call it and a call that exercises the check. */
const MATRIX: Record<string, Row> = {
  sites: { expected: 'public', document: '{ sites { totalCount } }' },
  mapTileUrl: { expected: 'public', document: '{ mapTileUrl }' },
  festivals: { expected: 'public', document: '{ festivals { totalCount } }' },
  festival: { expected: 'public', document: '{ festival(slug: "annecy") { id } }' },
  festivalEditions: { expected: 'public', document: '{ festivalEditions(upcoming: true) { totalCount } }' },
  festivalEdition: { expected: 'public', document: `{ festivalEdition(id: "${NOBODY}") { id } }` },
  setEditionDeadlines: {
    expected: 'STAFF',
    document: `mutation { setEditionDeadlines(id: "${NOBODY}", input: { submissionDeadline: null }) { id } }`,
  },
  followEdition: {
    expected: 'MEMBER',
    document: `mutation { followEdition(editionId: "${NOBODY}") { id } }`,
  },
  unfollowEdition: { expected: 'MEMBER', document: `mutation { unfollowEdition(editionId: "${NOBODY}") }` },
  myFollowedEditions: { expected: 'signed-in', document: '{ myFollowedEditions { id } }' },
  myDeadlines: { expected: 'signed-in', document: '{ myDeadlines { date } }' },
  // Notifications: each member's own; the bounced addresses are STAFF's.
  myNotifications: { expected: 'signed-in', document: '{ myNotifications { totalCount } }' },
  unreadNotificationCount: { expected: 'signed-in', document: '{ unreadNotificationCount }' },
  markNotificationsRead: {
    expected: 'signed-in',
    document: 'mutation { markNotificationsRead(ids: ["1"]) }',
  },
  markAllNotificationsRead: { expected: 'signed-in', document: 'mutation { markAllNotificationsRead }' },
  myNotificationSettings: { expected: 'signed-in', document: '{ myNotificationSettings { language } }' },
  updateMyNotificationSettings: {
    expected: 'signed-in',
    document: 'mutation { updateMyNotificationSettings(input: {}) { language } }',
  },
  bouncedAccounts: { expected: 'STAFF', document: '{ bouncedAccounts { totalCount } }' },
  setEditionDates: {
    expected: 'STAFF',
    document: `mutation { setEditionDates(id: "${NOBODY}", input: { estimated: false }) { id } }`,
  },
  myCalendarFeed: { expected: 'signed-in', document: '{ myCalendarFeed { createdAt } }' },
  createCalendarFeed: { expected: 'MEMBER', document: 'mutation { createCalendarFeed { createdAt } }' },
  revokeCalendarFeed: { expected: 'signed-in', document: 'mutation { revokeCalendarFeed }' },
  site: { expected: 'public', document: '{ site(slug: "plaine-images") { id } }' },
  search: { expected: 'public', document: '{ search(input: { query: "serre" }) { totalHits } }' },
  suggest: { expected: 'public', document: '{ suggest(prefix: "ser") { slug } }' },
  register: {
    expected: 'public',
    document:
      'mutation ($e: String!) { register(input: { email: $e, password: "a long enough passphrase" }) { id } }',
    variables: async () => ({ e: `${randomUUID()}@example.fr` }),
  },
  login: {
    expected: 'public',
    document: 'mutation { login(email: "member@example.org", password: "crossroads-demo") { accessToken } }',
  },
  refreshToken: {
    expected: 'public',
    document: 'mutation ($t: String!) { refreshToken(token: $t) { accessToken } }',
    variables: async (t) => ({ t: (await signIn(t.graphql, 'member@example.org')).refreshToken }),
  },
  logout: { expected: 'public', document: `mutation { logout(refreshToken: "${'x'.repeat(43)}") }` },
  me: { expected: 'signed-in', document: '{ me { id } }' },
  changePassword: {
    expected: 'signed-in',
    document:
      'mutation { changePassword(input: { currentPassword: "wrong", newPassword: "a long enough passphrase" }) }',
  },
  users: { expected: 'STAFF', document: '{ users { totalCount } }' },
  staffDashboard: { expected: 'STAFF', document: '{ staffDashboard { members } }' },
  approveUser: { expected: 'STAFF', document: `mutation { approveUser(id: "${NOBODY}") { id } }` },
  disableUser: { expected: 'STAFF', document: `mutation { disableUser(id: "${NOBODY}") { id } }` },
  setUserRoles: {
    expected: 'ADMIN',
    document: `mutation { setUserRoles(id: "${NOBODY}", roles: [MEMBER]) { id } }`,
  },
  auditEvents: { expected: 'STAFF', document: '{ auditEvents { totalCount } }' },
  exportMyData: { expected: 'signed-in', document: '{ exportMyData }' },
  deleteMyAccount: {
    expected: 'signed-in',
    document: 'mutation { deleteMyAccount(confirmEmail: "not-mine@example.fr", password: "x") }',
  },
  people: { expected: 'public', document: '{ people { totalCount } }' },
  person: { expected: 'public', document: `{ person(id: "${NOBODY}") { id } }` },
  createPerson: {
    expected: 'STAFF',
    document: 'mutation { createPerson(input: { firstName: "Matrix", lastName: "Test" }) { id } }',
  },
  updatePerson: {
    expected: 'MEMBER',
    document: `mutation { updatePerson(id: "${NOBODY}", input: { headline: "x" }) { id } }`,
  },
  deletePerson: { expected: 'STAFF', document: `mutation { deletePerson(id: "${NOBODY}") }` },
  companies: { expected: 'public', document: '{ companies { totalCount } }' },
  company: { expected: 'public', document: `{ company(id: "${NOBODY}") { id } }` },
  createCompany: {
    expected: 'STAFF',
    document: 'mutation { createCompany(input: { name: "Matrix", country: "BE", city: "Mons" }) { id } }',
  },
  updateCompany: {
    expected: 'STAFF',
    document: `mutation { updateCompany(id: "${NOBODY}", input: { city: "Mons" }) { id } }`,
  },
  deleteCompany: { expected: 'STAFF', document: `mutation { deleteCompany(id: "${NOBODY}") }` },
  schools: { expected: 'public', document: '{ schools { totalCount } }' },
  school: { expected: 'public', document: '{ school(slug: "rubika") { id } }' },
  createSchool: {
    expected: 'STAFF',
    document: 'mutation { createSchool(input: { name: "Matrix", city: "Lille" }) { id } }',
  },
  updateSchool: {
    expected: 'STAFF',
    document: `mutation { updateSchool(id: "${NOBODY}", input: { city: "Lille" }) { id } }`,
  },
  deleteSchool: { expected: 'STAFF', document: `mutation { deleteSchool(id: "${NOBODY}") }` },
  programmes: { expected: 'public', document: '{ programmes { totalCount } }' },
  programme: { expected: 'public', document: `{ programme(id: "${NOBODY}") { id } }` },
  createProgramme: {
    expected: 'STAFF',
    document: `mutation { createProgramme(input: { schoolId: "${NOBODY}", title: "T", level: OTHER, discipline: "film" }) { id } }`,
  },
  updateProgramme: {
    expected: 'STAFF',
    document: `mutation { updateProgramme(id: "${NOBODY}", input: { title: "T" }) { id } }`,
  },
  deleteProgramme: { expected: 'STAFF', document: `mutation { deleteProgramme(id: "${NOBODY}") }` },
  crafts: { expected: 'public', document: '{ crafts { slug } }' },
  departments: { expected: 'public', document: '{ departments { slug } }' },
  communes: { expected: 'public', document: '{ communes { name } }' },
  claimPerson: { expected: 'MEMBER', document: `mutation { claimPerson(personId: "${NOBODY}") { id } }` },
  personClaims: { expected: 'STAFF', document: '{ personClaims { totalCount } }' },
  myPersonClaims: { expected: 'MEMBER', document: '{ myPersonClaims { totalCount } }' },
  decidePersonClaim: {
    expected: 'STAFF',
    document: `mutation { decidePersonClaim(id: "${NOBODY}", approve: false) { id } }`,
  },
  membershipRequests: { expected: 'STAFF', document: '{ membershipRequests { totalCount } }' },
  companyMembers: { expected: 'public', document: `{ companyMembers(companyId: "${NOBODY}") { id } }` },
  requestCompanyMembership: {
    expected: 'MEMBER',
    document: `mutation { requestCompanyMembership(companyId: "${NOBODY}", role: "Productrice") { id } }`,
  },
  addCompanyMember: {
    expected: 'STAFF',
    document: `mutation { addCompanyMember(companyId: "${NOBODY}", personId: "${NOBODY}", role: "Gérante") { id } }`,
  },
  decideCompanyMembership: {
    expected: 'MEMBER',
    document: `mutation { decideCompanyMembership(id: "${NOBODY}", decision: APPROVE) { id } }`,
  },
  setCompanyMemberRole: {
    expected: 'MEMBER',
    document: `mutation { setCompanyMemberRole(id: "${NOBODY}", memberRole: ADMIN) { id } }`,
  },
  leaveCompany: { expected: 'MEMBER', document: `mutation { leaveCompany(id: "${NOBODY}") { id } }` },
  delegations: { expected: 'MEMBER', document: '{ delegations { totalCount } }' },
  delegation: { expected: 'MEMBER', document: `{ delegation(id: "${NOBODY}") { id } }` },
  delegationHistory: {
    expected: 'STAFF',
    document: `{ delegationHistory(delegationId: "${NOBODY}") { totalCount } }`,
  },
  delegationSuggestions: {
    expected: 'STAFF',
    document: `{ delegationSuggestions(editionId: "${NOBODY}") { id } }`,
  },
  meetingSuggestions: {
    expected: 'MEMBER',
    document: `{ meetingSuggestions(editionId: "${NOBODY}") { memberId } }`,
  },
  myDelegationInvitations: { expected: 'MEMBER', document: '{ myDelegationInvitations { id } }' },
  createDelegation: {
    expected: 'STAFF',
    document: `mutation { createDelegation(input: { editionId: "${NOBODY}", name: "Matrix" }) { id } }`,
  },
  updateDelegation: {
    expected: 'STAFF',
    document: `mutation { updateDelegation(id: "${NOBODY}", input: { name: "Matrix" }) { id } }`,
  },
  deleteDelegation: { expected: 'STAFF', document: `mutation { deleteDelegation(id: "${NOBODY}") }` },
  addDelegationMember: {
    expected: 'STAFF',
    document: `mutation { addDelegationMember(input: { delegationId: "${NOBODY}", kind: PERSON, personId: "${NOBODY}" }) { id } }`,
  },
  setDelegationMemberStatus: {
    expected: 'STAFF',
    document: `mutation { setDelegationMemberStatus(input: { memberId: "${NOBODY}", status: INVITED }) { id } }`,
  },
  setDelegationMemberNote: {
    expected: 'STAFF',
    document: `mutation { setDelegationMemberNote(memberId: "${NOBODY}", note: "x") { id } }`,
  },
  removeDelegationMember: {
    expected: 'STAFF',
    document: `mutation { removeDelegationMember(memberId: "${NOBODY}") }`,
  },
  answerDelegationInvitation: {
    expected: 'MEMBER',
    document: `mutation { answerDelegationInvitation(input: { memberId: "${NOBODY}", accept: true, consentBrochure: true }) { id } }`,
  },
  setDelegationBrochureConsent: {
    expected: 'MEMBER',
    document: `mutation { setDelegationBrochureConsent(memberId: "${NOBODY}", consent: true) { id } }`,
  },
  withdrawFromDelegation: {
    expected: 'MEMBER',
    document: `mutation { withdrawFromDelegation(memberId: "${NOBODY}") { id } }`,
  },
  projects: { expected: 'public', document: '{ projects { totalCount } }' },
  project: { expected: 'public', document: `{ project(id: "${NOBODY}") { id } }` },
  funds: { expected: 'public', document: '{ funds { slug } }' },
  createProject: {
    expected: 'MEMBER',
    document: 'mutation { createProject(input: { title: "Matrix", format: XR, stage: WRITING }) { id } }',
  },
  updateProject: {
    expected: 'MEMBER',
    document: `mutation { updateProject(id: "${NOBODY}", input: { title: "Matrix" }) { id } }`,
  },
  deleteProject: { expected: 'MEMBER', document: `mutation { deleteProject(id: "${NOBODY}") }` },
  updateCoproductionProfile: {
    expected: 'MEMBER',
    document: `mutation { updateCoproductionProfile(companyId: "${NOBODY}", input: { seeksProjects: true }) { companyId } }`,
  },
  editionAttendees: {
    expected: 'public',
    document: `{ editionAttendees(editionId: "${NOBODY}") { company { id } } }`,
  },
  partnerMatches: { expected: 'MEMBER', document: `{ partnerMatches(projectId: "${NOBODY}") { score } }` },
  projectMatches: { expected: 'MEMBER', document: `{ projectMatches(companyId: "${NOBODY}") { score } }` },
  requestIntroduction: {
    expected: 'MEMBER',
    document: `mutation { requestIntroduction(projectId: "${NOBODY}", companyId: "${NOBODY}", message: "Hello") { id } }`,
  },
  answerIntroduction: {
    expected: 'MEMBER',
    document: `mutation { answerIntroduction(id: "${NOBODY}", accept: true) { id } }`,
  },
  introductions: { expected: 'MEMBER', document: '{ introductions { totalCount } }' },
};

/** What the access guard answers when it refuses; a domain rule refusing later says something else. */
const GUARD_REFUSALS = [
  'Authentication required',
  'You are not allowed to do this',
  'Your account is awaiting approval',
];

const ALLOWED: Record<Expected, Viewer[]> = {
  public: ['anonymous', 'pending', 'member', 'staff', 'admin'],
  'signed-in': ['pending', 'member', 'staff', 'admin'],
  MEMBER: ['member', 'staff', 'admin'],
  STAFF: ['staff', 'admin'],
  ADMIN: ['admin'],
};

function policyName(policy: AccessPolicy): Expected {
  if (policy.kind !== 'roles') return policy.kind;
  return policy.roles.length === 1 ? policy.roles[0] : (policy.roles.join('|') as Expected);
}

describe('access policy', () => {
  let t: TestApp;
  const sessions: Partial<Record<Viewer, Session>> = {};

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '10000', LOGIN_THROTTLE_LIMIT: '10000' });
    await register(t.graphql, 'pending@example.fr', 'a long enough passphrase');
    sessions.pending = await signIn(t.graphql, 'pending@example.fr', 'a long enough passphrase');
    sessions.member = await signIn(t.graphql, 'member@example.org');
    sessions.staff = await signIn(t.graphql, 'staff@example.org');
    sessions.admin = await signIn(t.graphql, 'admin@example.org');
  });
  afterAll(() => t.close());

  it('every query and mutation of the schema declares its access, as the matrix says', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();

    const declared = new Map<string, Expected>();
    for (const wrapper of new DiscoveryService(t.app.get(ModulesContainer)).getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const handler = Object.getOwnPropertyDescriptor(prototype, method)?.value as unknown;
        if (typeof handler !== 'function') continue;
        const kind = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation') continue;
        const name = (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? method;
        const policy = (Reflect.getMetadata(ACCESS_POLICY, handler) ??
          Reflect.getMetadata(ACCESS_POLICY, wrapper.metatype)) as AccessPolicy | undefined;
        if (policy) declared.set(name, policyName(policy));
      }
    }

    const undeclared = operations.filter((operation) => !declared.has(operation));
    expect(undeclared).toEqual([]);
    const missingFromMatrix = operations.filter((operation) => !(operation in MATRIX));
    expect(missingFromMatrix).toEqual([]);
    for (const operation of operations)
      expect([operation, declared.get(operation)]).toEqual([operation, MATRIX[operation].expected]);
  });

  const cases = Object.entries(MATRIX).flatMap(([operation, row]) =>
    (['anonymous', 'pending', 'member', 'staff', 'admin'] as Viewer[]).map(
      (viewer) => [operation, viewer, row] as const,
    ),
  );

  it.each(cases)('%s as %s', async (_operation, viewer, row) => {
    const headers = sessions[viewer]?.headers ?? {};
    const response = await t.graphql.request(
      row.document,
      row.variables ? await row.variables(t) : {},
      headers,
    );
    const codes = GraphQLClient.codes(response);
    if (ALLOWED[row.expected].includes(viewer)) {
      const messages = response.errors?.map((error) => error.message) ?? [];
      expect(messages.filter((message) => GUARD_REFUSALS.includes(message))).toEqual([]);
    } else {
      expect(codes).toEqual([viewer === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    }
  });
});
