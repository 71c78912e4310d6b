import { GraphQLClient, register, Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

// Issue 15: company membership is granted (by STAFF or a verified admin of the company), never claimed. Each
// attack below was possible when a declared affiliation counted as membership.
const PASSWORD = 'a long enough passphrase';

const UPDATE_PERSON = `mutation ($id: ID!, $input: PersonInput!) { updatePerson(id: $id, input: $input) {
  affiliations { id companyId status memberRole } } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { affiliations { companyId status company { name } } } }`;
const PROJECT = `query ($id: ID!) { project(id: $id) { id title } }`;
const PROJECTS = `{ projects(first: 100) { edges { node { id } } } }`;
const UPDATE_PROJECT = `mutation ($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { id } }`;
const UPDATE_PROFILE = `mutation ($companyId: ID!, $input: CoproductionProfileInput!) {
  updateCoproductionProfile(companyId: $companyId, input: $input) { companyId } }`;
const INTRODUCTIONS = `{ introductions(first: 50) { edges { node { id requesterContact { email phone } } } } }`;
const ANSWER_INTRO = `mutation ($id: ID!) { answerIntroduction(id: $id, accept: true) { id status } }`;
const MEMBERS = `query ($companyId: ID!) { companyMembers(companyId: $companyId) {
  id status memberRole person { id } } }`;
const REQUEST = `mutation ($companyId: ID!) { requestCompanyMembership(companyId: $companyId, role: "Productrice") {
  id status memberRole source } }`;
const DECIDE = `mutation ($id: ID!, $decision: MembershipDecision!) {
  decideCompanyMembership(id: $id, decision: $decision) { id status } }`;
const SET_ROLE = `mutation ($id: ID!, $memberRole: MemberRole!) { setCompanyMemberRole(id: $id, memberRole: $memberRole) {
  id memberRole } }`;
const ADD = `mutation ($companyId: ID!, $personId: ID!, $memberRole: MemberRole) {
  addCompanyMember(companyId: $companyId, personId: $personId, role: "Gérante", memberRole: $memberRole) {
    id status memberRole } }`;
const LEAVE = `mutation ($id: ID!) { leaveCompany(id: $id) { id status } }`;
const MY_INVITATIONS = `{ myDelegationInvitations { id kind } }`;
const ANSWER_INVITATION = `mutation ($memberId: ID!) {
  answerDelegationInvitation(input: { memberId: $memberId, accept: true, consentBrochure: true }) { id status } }`;
const DELEGATION = `query ($id: ID!) { delegation(id: $id) { members { kind project { id title } } } }`;

type Who = 'staff' | 'owner' | 'colleague' | 'attacker' | 'newcomer' | 'rivalAdmin' | 'requester';

describe('company memberships (attacks)', () => {
  let t: TestApp;
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

  beforeAll(async () => {
    t = await startTestApp(createApp, {
      THROTTLE_LIMIT: '100000',
      LOGIN_THROTTLE_LIMIT: '1000',
      OUTBOX_RELAY: 'false',
    });
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
  });
  afterAll(() => t.close());

  describe('a member who declares an affiliation to a company they are not part of', () => {
    beforeAll(async () => {
      const data = await ok('attacker', UPDATE_PERSON, {
        id: ids.Attacker,
        input: { affiliations: [{ companyId: ids.victim, role: 'Productrice' }] },
      });
      expect(data.updatePerson.affiliations).toEqual([
        expect.objectContaining({ companyId: ids.victim, status: 'DECLARED', memberRole: 'MEMBER' }),
      ]);
    });

    it('is shown as declared on the profile', async () => {
      const data = await ok('newcomer', PERSON, { id: ids.Attacker });
      expect(data.person.affiliations).toEqual([
        { companyId: ids.victim, status: 'DECLARED', company: { name: 'Studio Victime' } },
      ]);
    });

    it("cannot read or edit the company's private project", async () => {
      await refused('attacker', PROJECT, { id: ids.secret }, ['NOT_FOUND']);
      const list = await ok('attacker', PROJECTS);
      expect(list.projects.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(ids.secret);
      await refused('attacker', UPDATE_PROJECT, { id: ids.secret, input: { stage: 'FINANCING' } }, [
        'NOT_FOUND',
        'FORBIDDEN',
      ]);
      expect((await ok('owner', PROJECT, { id: ids.secret })).project.title).toBe('Le Secret du terril');
    });

    it("cannot see, accept or read the contact of the company's introductions", async () => {
      expect((await ok('attacker', INTRODUCTIONS)).introductions.edges).toEqual([]);
      await refused('attacker', ANSWER_INTRO, { id: ids.introduction }, ['NOT_FOUND', 'FORBIDDEN']);
      const [row] = await t.sql(`SELECT status FROM introduction WHERE id = $1`, [ids.introduction]);
      expect(row.status).toBe('PENDING');
    });

    it("cannot edit the company's co-production profile", async () => {
      await refused(
        'attacker',
        UPDATE_PROFILE,
        { companyId: ids.victim, input: { formats: ['FEATURE_FILM'] } },
        ['FORBIDDEN'],
      );
    });

    it("cannot answer the company's delegation invitation", async () => {
      const [edition] = await t.sql(
        `SELECT id FROM festival_edition ORDER BY starts_on DESC NULLS LAST LIMIT 1`,
      );
      const delegation = (
        await ok(
          'staff',
          `mutation ($input: CreateDelegationInput!) { createDelegation(input: $input) { id } }`,
          {
            input: { editionId: edition.id, name: 'Délégation régionale' },
          },
        )
      ).createDelegation.id;
      const add = `mutation ($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id } }`;
      const companyMember = (
        await ok('staff', add, {
          input: { delegationId: delegation, kind: 'COMPANY', companyId: ids.victim },
        })
      ).addDelegationMember.id;
      const projectMember = (
        await ok('staff', add, {
          input: { delegationId: delegation, kind: 'PROJECT', projectId: ids.secret },
        })
      ).addDelegationMember.id;
      await ok(
        'staff',
        `mutation ($id: ID!) { updateDelegation(id: $id, input: { status: PUBLISHED }) { id } }`,
        {
          id: delegation,
        },
      );
      for (const memberId of [companyMember, projectMember]) {
        await ok(
          'staff',
          `mutation ($memberId: ID!) { setDelegationMemberStatus(input: { memberId: $memberId, status: INVITED }) { id } }`,
          { memberId },
        );
      }
      expect((await ok('attacker', MY_INVITATIONS)).myDelegationInvitations).toEqual([]);
      await refused('attacker', ANSWER_INVITATION, { memberId: companyMember }, ['NOT_FOUND']);

      // The owner confirms both; the private project then sits in a published delegation.
      expect((await ok('owner', MY_INVITATIONS)).myDelegationInvitations).toHaveLength(2);
      await ok('owner', ANSWER_INVITATION, { memberId: companyMember });
      await ok('owner', ANSWER_INVITATION, { memberId: projectMember });
      ids.delegation = delegation;
    });

    it('does not appear under the company in the brochure', async () => {
      const add = `mutation ($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id } }`;
      for (const [who, key] of [
        ['attacker', 'Attacker'],
        ['owner', 'Owner'],
      ] as const) {
        const memberId = (
          await ok('staff', add, {
            input: { delegationId: ids.delegation, kind: 'PERSON', personId: ids[key] },
          })
        ).addDelegationMember.id;
        await ok(
          'staff',
          `mutation ($memberId: ID!) { setDelegationMemberStatus(input: { memberId: $memberId, status: INVITED }) { id } }`,
          { memberId },
        );
        await ok(who, ANSWER_INVITATION, { memberId });
      }
      const response = await fetch(`${t.baseUrl}/delegations/${ids.delegation}/export.csv`, {
        headers: s.staff.headers,
      });
      expect(response.status).toBe(200);
      const lines = (await response.text()).split('\r\n');
      const line = (name: string) => lines.find((l) => l.includes(`"${name} Test"`))!;
      // The attacker stands in the brochure as themselves, with no company; the verified owner under theirs.
      expect(line('Attacker')).toBeDefined();
      expect(line('Attacker')).not.toContain('Studio Victime');
      expect(line('Owner')).toContain('"Studio Victime"');
    });

    it('does not reach a PRIVATE project through a published delegation', async () => {
      const members = (await ok('attacker', DELEGATION, { id: ids.delegation })).delegation.members;
      expect(members).toContainEqual({ kind: 'PROJECT', project: null });
      const own = (await ok('owner', DELEGATION, { id: ids.delegation })).delegation.members;
      expect(own).toContainEqual({
        kind: 'PROJECT',
        project: { id: ids.secret, title: 'Le Secret du terril' },
      });
    });
  });

  describe('asking to join, and who may decide', () => {
    it('records a request as DECLARED, and refuses a second one', async () => {
      const data = await ok('newcomer', REQUEST, { companyId: ids.victim });
      expect(data.requestCompanyMembership).toMatchObject({
        status: 'DECLARED',
        memberRole: 'MEMBER',
        source: 'SELF',
      });
      ids.newcomerMembership = data.requestCompanyMembership.id;
      await refused('newcomer', REQUEST, { companyId: ids.victim }, ['CONFLICT']);
      await refused('newcomer', PROJECT, { id: ids.secret }, ['NOT_FOUND']);
    });

    it('lets nobody approve or promote themselves', async () => {
      await refused('newcomer', DECIDE, { id: ids.newcomerMembership, decision: 'APPROVE' }, ['NOT_FOUND']);
      await refused('newcomer', SET_ROLE, { id: ids.newcomerMembership, memberRole: 'ADMIN' }, ['NOT_FOUND']);
      const colleague = await membershipOf('Colleague', 'victim');
      await refused('colleague', SET_ROLE, { id: colleague!.id, memberRole: 'ADMIN' }, ['NOT_FOUND']);
      const owner = await membershipOf('Owner', 'victim');
      await refused('owner', DECIDE, { id: owner!.id, decision: 'REVOKE' }, ['FORBIDDEN']);
      expect((await membershipOf('Newcomer', 'victim'))!.status).toBe('DECLARED');
    });

    it("lets a plain member neither approve others nor see the company's pending requests", async () => {
      await refused('colleague', DECIDE, { id: ids.newcomerMembership, decision: 'APPROVE' }, ['NOT_FOUND']);
      const seen = (await ok('colleague', MEMBERS, { companyId: ids.victim })).companyMembers;
      expect(seen.every((m: { status: string }) => m.status === 'VERIFIED')).toBe(true);
    });

    it('lets an admin of another company act on nothing here', async () => {
      await refused('rivalAdmin', DECIDE, { id: ids.newcomerMembership, decision: 'APPROVE' }, ['NOT_FOUND']);
      const colleague = await membershipOf('Colleague', 'victim');
      await refused('rivalAdmin', DECIDE, { id: colleague!.id, decision: 'REVOKE' }, ['NOT_FOUND']);
      await refused('rivalAdmin', SET_ROLE, { id: colleague!.id, memberRole: 'ADMIN' }, ['NOT_FOUND']);
    });

    it("shows the company's admin every request, and lets them refuse the declared attacker", async () => {
      const seen = (await ok('owner', MEMBERS, { companyId: ids.victim })).companyMembers as {
        id: string;
        status: string;
        person: { id: string } | null;
      }[];
      const attacker = seen.find((m) => m.person?.id === ids.Attacker)!;
      expect(attacker.status).toBe('DECLARED');
      expect(seen.find((m) => m.id === ids.newcomerMembership)!.status).toBe('DECLARED');
      expect(
        (await ok('owner', DECIDE, { id: attacker.id, decision: 'REFUSE' })).decideCompanyMembership.status,
      ).toBe('REFUSED');
      await refused('attacker', PROJECT, { id: ids.secret }, ['NOT_FOUND']);
      // A refused row is the company's decision: the member's own edit cannot turn it back into a request.
      await ok('attacker', UPDATE_PERSON, {
        id: ids.Attacker,
        input: { affiliations: [{ companyId: ids.victim, role: 'Productrice' }] },
      });
      expect((await membershipOf('Attacker', 'victim'))!.status).toBe('REFUSED');
    });

    it('grants access once an admin approves, and takes it back at once on revocation', async () => {
      await ok('owner', DECIDE, { id: ids.newcomerMembership, decision: 'APPROVE' });
      expect((await ok('newcomer', PROJECT, { id: ids.secret })).project.id).toBe(ids.secret);
      expect((await ok('newcomer', INTRODUCTIONS)).introductions.edges).toHaveLength(1);

      await ok('owner', SET_ROLE, { id: ids.newcomerMembership, memberRole: 'ADMIN' });
      await ok('staff', DECIDE, { id: ids.newcomerMembership, decision: 'REVOKE' });
      await refused('newcomer', PROJECT, { id: ids.secret }, ['NOT_FOUND']);
      const [row] = await t.sql(`SELECT status, member_role FROM affiliation WHERE id = $1`, [
        ids.newcomerMembership,
      ]);
      expect(row).toEqual({ status: 'REVOKED', member_role: 'MEMBER' });
    });

    it("keeps a verified membership out of reach of the member's own profile edits", async () => {
      // Neither dropping it from the profile nor back-dating its end changes a decided membership.
      await ok('colleague', UPDATE_PERSON, { id: ids.Colleague, input: { affiliations: [] } });
      expect((await membershipOf('Colleague', 'victim'))!.status).toBe('VERIFIED');
      await ok('newcomer', UPDATE_PERSON, {
        id: ids.Newcomer,
        input: { affiliations: [{ companyId: ids.victim, role: 'Productrice' }] },
      });
      expect((await membershipOf('Newcomer', 'victim'))!.status).toBe('REVOKED');
      await refused('newcomer', PROJECT, { id: ids.secret }, ['NOT_FOUND']);
    });

    it('lets a member leave, which ends their access', async () => {
      const colleague = await membershipOf('Colleague', 'victim');
      expect((await ok('colleague', PROJECT, { id: ids.secret })).project.id).toBe(ids.secret);
      expect((await ok('colleague', LEAVE, { id: colleague!.id })).leaveCompany.status).toBe('REVOKED');
      await refused('colleague', PROJECT, { id: ids.secret }, ['NOT_FOUND']);
      await refused('attacker', LEAVE, { id: (await membershipOf('Owner', 'victim'))!.id }, ['NOT_FOUND']);
    });

    it("treats STAFF's profile edits as membership decisions, and a member's repeated edit as one request", async () => {
      const declare = { affiliations: [{ companyId: ids.rival, role: 'Coproductrice' }] };
      await ok('requester', UPDATE_PERSON, { id: ids.Requester, input: declare });
      const request = (await membershipOf('Requester', 'rival'))!;
      expect(request.status).toBe('DECLARED');
      // Editing the profile again keeps the same pending request (the admins' list does not churn).
      await ok('requester', UPDATE_PERSON, {
        id: ids.Requester,
        input: { affiliations: [{ companyId: ids.rival, role: 'Productrice déléguée' }] },
      });
      expect((await membershipOf('Requester', 'rival'))!.id).toBe(request.id);
      await refused('requester', PROJECT, { id: ids.secret }, ['NOT_FOUND']);

      const partner = { companyId: ids.partner, role: 'Producteur' };
      await ok('staff', UPDATE_PERSON, {
        id: ids.Requester,
        input: { affiliations: [partner, { companyId: ids.rival, role: 'Productrice déléguée' }] },
      });
      expect(await membershipOf('Requester', 'rival')).toEqual({ id: request.id, status: 'VERIFIED' });
      await ok('staff', UPDATE_PERSON, { id: ids.Requester, input: { affiliations: [partner] } });
      expect(await membershipOf('Requester', 'rival')).toBeUndefined();
      const events = (await t.sql(
        `SELECT type FROM audit_event WHERE details->>'membershipId' = $1 ORDER BY id`,
        [request.id],
      )) as { type: string }[];
      expect(events.map((e) => e.type)).toEqual([
        'MEMBERSHIP_REQUESTED',
        'MEMBERSHIP_APPROVED',
        'MEMBERSHIP_REMOVED',
      ]);
    });

    it('refuses bad input with BAD_USER_INPUT and changes nothing', async () => {
      const before = await t.sql(`SELECT count(*)::int AS n FROM affiliation`);
      const long = await gql(
        'newcomer',
        `mutation ($companyId: ID!, $role: String!) {
        requestCompanyMembership(companyId: $companyId, role: $role) { id } }`,
        {
          companyId: ids.rival,
          role: 'x'.repeat(121),
        },
      );
      expect(GraphQLClient.codes(long)).toEqual(['BAD_USER_INPUT']);
      await refused('newcomer', REQUEST, { companyId: 'not-a-uuid' }, ['BAD_USER_INPUT']);
      await refused('newcomer', REQUEST, { companyId: '00000000-0000-4000-8000-000000000000' }, [
        'NOT_FOUND',
      ]);
      expect(await t.sql(`SELECT count(*)::int AS n FROM affiliation`)).toEqual(before);
    });
  });

  describe('records', () => {
    it('audits every membership decision', async () => {
      const rows = (await t.sql(
        `SELECT type, count(*)::int AS n FROM audit_event WHERE type LIKE 'MEMBERSHIP_%' GROUP BY type`,
      )) as { type: string; n: number }[];
      const types = Object.fromEntries(rows.map((row) => [row.type, row.n]));
      expect(types).toMatchObject({
        // Two first admins, and the four profiles STAFF created with a company.
        MEMBERSHIP_ADDED: 6,
        MEMBERSHIP_REQUESTED: 3,
        MEMBERSHIP_APPROVED: 2,
        MEMBERSHIP_REFUSED: 1,
        MEMBERSHIP_REVOKED: 1,
        MEMBERSHIP_ROLE_CHANGED: 1,
        MEMBERSHIP_LEFT: 1,
        MEMBERSHIP_REMOVED: 1,
      });
    });

    it("exports a member's memberships without another account's id", async () => {
      const exported = JSON.parse((await ok('newcomer', '{ exportMyData }')).exportMyData as string);
      const memberships = exported.directory.memberships as Record<string, unknown>[];
      expect(memberships).toEqual([
        expect.objectContaining({
          companyId: ids.victim,
          status: 'REVOKED',
          decidedBy: 'staff or a company admin',
        }),
      ]);
      const staffIds = (await t.sql(`SELECT id FROM app_user WHERE roles && '{STAFF,ADMIN}'`)) as {
        id: string;
      }[];
      const text = JSON.stringify(exported);
      for (const { id } of staffIds) expect(text).not.toContain(id);
      expect(text).not.toContain(
        (await t.sql(`SELECT id FROM app_user WHERE email = 'owner@example.fr'`))[0].id,
      );
    });

    it('erases memberships with the account', async () => {
      await ok(
        'newcomer',
        `mutation { deleteMyAccount(confirmEmail: "newcomer@example.fr", password: "${PASSWORD}") }`,
      );
      expect(await t.sql(`SELECT 1 FROM affiliation WHERE person_id = $1`, [ids.Newcomer])).toEqual([]);
    });
  });
});
