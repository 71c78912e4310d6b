import { Session, TestApp } from '@crossroads/testing';
import {
  ANSWER_INTRO,
  ANSWER_INVITATION,
  declareAttacker,
  DELEGATION,
  INTRODUCTIONS,
  MembershipsWorld,
  MY_INVITATIONS,
  PERSON,
  PROJECT,
  PROJECTS,
  startMembershipsWorld,
  UPDATE_PROFILE,
  UPDATE_PROJECT,
} from './support/memberships';

// Issue 15: a declared affiliation is no membership. What a member who merely declares one cannot reach.
describe('company memberships (attacks)', () => {
  let w: MembershipsWorld;
  let t: TestApp;
  let s: Record<string, Session>;
  let ids: Record<string, string>;
  let ok: MembershipsWorld['ok'];
  let refused: MembershipsWorld['refused'];

  beforeAll(async () => {
    w = await startMembershipsWorld();
    ({ t, ids, sessions: s, ok, refused } = w);
  });
  afterAll(() => t?.close());

  describe('a member who declares an affiliation to a company they are not part of', () => {
    beforeAll(async () => {
      const data = await declareAttacker(w);
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
      expect(line('Attacker')).toMatch(/^"Personne";"Attacker Test";/);
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
});
