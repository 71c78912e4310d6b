import { GraphQLClient, TestApp, waitFor } from '@crossroads/testing';
import {
  ADD,
  DECIDE,
  declareAttacker,
  INTRODUCTIONS,
  LEAVE,
  MEMBERS,
  MembershipsWorld,
  PASSWORD,
  PROJECT,
  REQUEST,
  SET_ROLE,
  startMembershipsWorld,
  UPDATE_PERSON,
} from './support/memberships';

// Issue 15: membership is granted by STAFF or a verified admin of the company, never claimed; and it is recorded.
describe('company memberships (attacks)', () => {
  let w: MembershipsWorld;
  let t: TestApp;
  let ids: Record<string, string>;
  let gql: MembershipsWorld['gql'];
  let ok: MembershipsWorld['ok'];
  let refused: MembershipsWorld['refused'];
  let membershipOf: MembershipsWorld['membershipOf'];

  beforeAll(async () => {
    w = await startMembershipsWorld();
    ({ t, ids, gql, ok, refused, membershipOf } = w);
    await declareAttacker(w);
  });
  afterAll(() => t?.close());

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

    it('lists to anonymous readers no membership of a person who did not consent to the directory', async () => {
      const anonymous = async () =>
        (await t.graphql.ok(MEMBERS, { companyId: ids.victim })).companyMembers as {
          person: { id: string } | null;
        }[];
      expect((await anonymous()).some((m) => m.person?.id === ids.Colleague)).toBe(true);
      await t.sql(`UPDATE person SET consent_directory = false WHERE id = $1`, [ids.Colleague]);
      try {
        const seen = await anonymous();
        expect(seen.length).toBeGreaterThan(0);
        // Neither the person nor a row standing for them (their role, their dates).
        expect(seen.every((m) => m.person !== null)).toBe(true);
        expect(seen.some((m) => m.person!.id === ids.Colleague)).toBe(false);
        const members = (await ok('colleague', MEMBERS, { companyId: ids.victim })).companyMembers as {
          person: { id: string } | null;
        }[];
        expect(members.some((m) => m.person?.id === ids.Colleague)).toBe(true);
      } finally {
        await t.sql(`UPDATE person SET consent_directory = true WHERE id = $1`, [ids.Colleague]);
      }
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

  describe('races', () => {
    it("lets an admin's approval and the member's own edit withdrawing the request at once not both apply", async () => {
      const request = (await ok('attacker', REQUEST, { companyId: ids.victim })).requestCompanyMembership;
      // The row is held while the admin approves it and the member drops it from their profile.
      await t.sql('BEGIN');
      await t.sql('SELECT 1 FROM affiliation WHERE id = $1 FOR UPDATE', [request.id]);
      const approving = gql('owner', DECIDE, { id: request.id, decision: 'APPROVE' });
      await waitFor(async () => (await t.sql('SELECT 1 FROM pg_locks WHERE NOT granted')).length >= 1);
      const editing = gql('attacker', UPDATE_PERSON, { id: ids.Attacker, input: { affiliations: [] } });
      await waitFor(async () => (await t.sql('SELECT 1 FROM pg_locks WHERE NOT granted')).length >= 2);
      await t.sql('COMMIT');
      expect(GraphQLClient.codes(await approving)).toEqual([]);
      expect(GraphQLClient.codes(await editing)).toEqual([]);
      // The approval came first: the member's edit finds a decided row, which it never touches.
      expect(await t.sql(`SELECT status FROM affiliation WHERE id = $1`, [request.id])).toEqual([
        { status: 'VERIFIED' },
      ]);
      const events = await t.sql(
        `SELECT type FROM audit_event WHERE details->>'membershipId' = $1 ORDER BY id`,
        [request.id],
      );
      expect(events).toEqual([{ type: 'MEMBERSHIP_REQUESTED' }, { type: 'MEMBERSHIP_APPROVED' }]);
    });

    it('lets two admins revoking each other at once not both succeed: the company keeps one admin', async () => {
      await ok('staff', ADD, { companyId: ids.rival, personId: ids.Requester, memberRole: 'ADMIN' });
      const first = (await membershipOf('RivalAdmin', 'rival'))!;
      const second = (await membershipOf('Requester', 'rival'))!;
      // Both rows are held while each admin revokes the other, so both decisions are under way together.
      await t.sql('BEGIN');
      await t.sql('SELECT 1 FROM affiliation WHERE id = ANY($1) FOR UPDATE', [[first.id, second.id]]);
      const decisions = Promise.all([
        gql('rivalAdmin', DECIDE, { id: second.id, decision: 'REVOKE' }),
        gql('requester', DECIDE, { id: first.id, decision: 'REVOKE' }),
      ]);
      await waitFor(async () => (await t.sql('SELECT 1 FROM pg_locks WHERE NOT granted')).length >= 2);
      await t.sql('COMMIT');
      const codes = (await decisions).map((answer) => GraphQLClient.codes(answer));
      expect(codes.flat().sort()).toEqual(['NOT_FOUND']);
      const rows = (await t.sql(
        `SELECT status, member_role FROM affiliation WHERE id = ANY($1) ORDER BY status`,
        [[first.id, second.id]],
      )) as { status: string; member_role: string }[];
      expect(rows).toEqual([
        { status: 'REVOKED', member_role: 'MEMBER' },
        { status: 'VERIFIED', member_role: 'ADMIN' },
      ]);
      const revoked = await t.sql(
        `SELECT 1 FROM audit_event WHERE type = 'MEMBERSHIP_REVOKED' AND details->>'membershipId' = ANY($1)`,
        [[first.id, second.id]],
      );
      expect(revoked).toHaveLength(1);
    });
  });
});
