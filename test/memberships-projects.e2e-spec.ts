import { GraphQLClient } from '@crossroads/testing';
import {
  ADD,
  DECIDE,
  MembershipsWorld,
  PROJECT,
  PROJECTS,
  SET_ROLE,
  startMembershipsWorld,
  UPDATE_PROJECT,
} from './support/memberships';

const TEAM = `query ($id: ID!) { project(id: $id) { team { role person { id } } ownerCompany { id } } }`;

// A company's members own its projects while they belong to it: that ownership must end with the membership, not be
// turned by the member into one that outlives it.
describe("a company's projects stay the company's (attacks by its own plain members)", () => {
  let w: MembershipsWorld;
  let ids: Record<string, string>;

  beforeAll(async () => {
    w = await startMembershipsWorld();
    ids = w.ids;
    // Newcomer: a plain verified member of the victim studio, and of the Walloon partner.
    await w.ok('staff', ADD, { companyId: ids.victim, personId: ids.Newcomer });
    await w.ok('staff', ADD, { companyId: ids.partner, personId: ids.Newcomer });
  });
  afterAll(() => w?.t.close());

  const teamOf = async (projectId: string) =>
    (
      await w.t.sql(`SELECT person_id, role FROM project_team_member WHERE project_id = $1 ORDER BY role`, [
        projectId,
      ])
    ).map((row) => ({ personId: row.person_id as string, role: row.role as string }));

  const ownerCompanyOf = async (projectId: string) =>
    (
      (await w.t.sql(`SELECT owner_company_id FROM project WHERE id = $1`, [projectId]))[0] as {
        owner_company_id: string | null;
      }
    ).owner_company_id;

  const forbidden = async (who: 'colleague' | 'newcomer', input: Record<string, unknown>) => {
    const response = await w.gql(who, UPDATE_PROJECT, { id: ids.secret, input });
    expect(GraphQLClient.codes(response)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(response.errors)).not.toMatch(/stack|SELECT|project_team_member/i);
  };

  it('refuses a plain member who adds themselves to the team, so revoking them still ends their access', async () => {
    await forbidden('colleague', { team: [{ personId: ids.Colleague, role: 'Productrice' }] });
    // Hidden among others, or with a new title and visibility in the same edit: nothing is written.
    await forbidden('colleague', {
      title: 'Le Secret du terril (v2)',
      team: [
        { personId: ids.Owner, role: 'Réalisateur' },
        { personId: ids.Colleague, role: 'Productrice' },
      ],
    });
    expect(await teamOf(ids.secret)).toEqual([]);
    expect((await w.ok('owner', PROJECT, { id: ids.secret })).project.title).toBe('Le Secret du terril');

    const membership = await w.membershipOf('Colleague', 'victim');
    await w.ok('owner', DECIDE, { id: membership!.id, decision: 'REVOKE' });
    await w.refused('colleague', PROJECT, { id: ids.secret }, ['NOT_FOUND']);
    await w.refused('colleague', UPDATE_PROJECT, { id: ids.secret, input: { visibility: 'PUBLIC' } }, [
      'NOT_FOUND',
    ]);
  });

  it('lets the creator put a member on the team, who may then send the team back', async () => {
    await w.ok('owner', UPDATE_PROJECT, {
      id: ids.secret,
      input: { team: [{ personId: ids.Colleague, role: 'Productrice' }] },
    });
    // On the team by the creator's decision: the colleague owns the project again, and edits its team.
    const team = [
      { personId: ids.Colleague, role: 'Productrice déléguée' },
      { personId: ids.Owner, role: 'Réalisateur' },
    ];
    await w.ok('colleague', UPDATE_PROJECT, { id: ids.secret, input: { team } });
    expect(await teamOf(ids.secret)).toEqual(team);
    // A current member who is not on it may still edit the team, others than themselves.
    await w.ok('newcomer', UPDATE_PROJECT, { id: ids.secret, input: { team } });
  });

  it('refuses a plain member who carries the project off to another of their companies, or to none', async () => {
    await forbidden('newcomer', { ownerCompanyId: ids.partner });
    await forbidden('newcomer', { ownerCompanyId: null });
    expect(await ownerCompanyOf(ids.secret)).toBe(ids.victim);
    // Sending the company it already has changes nothing and is fine.
    await w.ok('newcomer', UPDATE_PROJECT, { id: ids.secret, input: { ownerCompanyId: ids.victim } });
    expect((await w.ok('newcomer', TEAM, { id: ids.secret })).project.ownerCompany.id).toBe(ids.victim);
  });

  it('lets a verified admin of the company move it', async () => {
    await w.ok('owner', SET_ROLE, {
      id: (await w.membershipOf('Newcomer', 'victim'))!.id,
      memberRole: 'ADMIN',
    });
    await w.ok('newcomer', UPDATE_PROJECT, { id: ids.secret, input: { ownerCompanyId: ids.partner } });
    expect(await ownerCompanyOf(ids.secret)).toBe(ids.partner);
  });

  describe("creating a company's project gives no ownership beyond the membership", () => {
    const CREATE = `mutation ($input: ProjectInput!) { createProject(input: $input) { id } }`;
    const input = (
      title: string,
      company: string | null,
      team: { personId: string; role: string }[] = [],
    ) => ({
      title,
      format: 'FEATURE_FILM',
      stage: 'DEVELOPMENT',
      ownerCompanyId: company && ids[company],
      visibility: 'PRIVATE',
      team,
    });
    let mine: string;
    let personal: string;

    beforeAll(async () => {
      // The attacker: a plain verified member of the rival studio.
      await w.ok('staff', ADD, { companyId: ids.rival, personId: ids.Attacker });
    });

    it('lets the creator read and edit it while a member, and ends that when the membership ends', async () => {
      mine = (await w.ok('attacker', CREATE, { input: input('Le Grand Départ', 'rival') })).createProject.id;
      await w.ok('attacker', UPDATE_PROJECT, { id: mine, input: { logline: 'Une fuite vers la mer.' } });
      // Nor may the creator make it lasting by adding themselves to the team afterwards.
      const selfAdd = await w.gql('attacker', UPDATE_PROJECT, {
        id: mine,
        input: { logline: 'Changé', team: [{ personId: ids.Attacker, role: 'Producteur' }] },
      });
      expect(GraphQLClient.codes(selfAdd)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(selfAdd.errors)).not.toMatch(/stack|SELECT|project_team_member/i);
      expect(await w.t.sql(`SELECT 1 FROM project_team_member WHERE project_id = $1`, [mine])).toEqual([]);
      expect((await w.ok('attacker', PROJECT, { id: mine })).project.title).toBe('Le Grand Départ');
      // Their own project, without a company: theirs for good, and they may be on its team.
      personal = (
        await w.ok('attacker', CREATE, {
          input: input('Carnets du bassin', null, [{ personId: ids.Attacker, role: 'Auteur' }]),
        })
      ).createProject.id;

      await w.ok('rivalAdmin', DECIDE, {
        id: (await w.membershipOf('Attacker', 'rival'))!.id,
        decision: 'REVOKE',
      });
      await w.refused('attacker', PROJECT, { id: mine }, ['NOT_FOUND']);
      await w.refused('attacker', UPDATE_PROJECT, { id: mine, input: { visibility: 'PUBLIC' } }, [
        'NOT_FOUND',
      ]);
      await w.refused('attacker', `mutation ($id: ID!) { deleteProject(id: $id) }`, { id: mine }, [
        'NOT_FOUND',
      ]);
      const listed = await w.ok('attacker', PROJECTS);
      const listedIds = listed.projects.edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(listedIds).toContain(personal);
      expect(listedIds).not.toContain(mine);
      const [row] = await w.t.sql(`SELECT visibility, logline FROM project WHERE id = $1`, [mine]);
      expect(row).toEqual({ visibility: 'PRIVATE', logline: 'Une fuite vers la mer.' });
      // Nor does the export of their personal data show what it holds now, only that they created it.
      const exported = JSON.parse((await w.ok('attacker', '{ exportMyData }')).exportMyData as string);
      expect(JSON.stringify(exported)).not.toMatch(/Grand Départ|Une fuite vers la mer/);
      expect(exported.coproduction.projectsCreatedForACompanyILeft).toEqual([
        { id: mine, createdAt: expect.any(String) },
      ]);
      expect(exported.coproduction.projects.map((project: { id: string }) => project.id)).toEqual([personal]);
      // The company keeps it: its admin reads it.
      expect((await w.ok('rivalAdmin', PROJECT, { id: mine })).project.title).toBe('Le Grand Départ');
    });

    it("lets a company's admin add themselves to the team of the company's project", async () => {
      await w.ok('rivalAdmin', UPDATE_PROJECT, {
        id: mine,
        input: { team: [{ personId: ids.RivalAdmin, role: 'Productrice' }] },
      });
      expect(await w.t.sql(`SELECT role FROM project_team_member WHERE project_id = $1`, [mine])).toEqual([
        { role: 'Productrice' },
      ]);
    });
  });
});
