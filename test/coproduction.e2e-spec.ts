import {
  GraphQLClient,
  register,
  Session,
  signIn,
  startTestApp,
  TestApp,
  waitFor,
} from '@crossroads/testing';
import { createApp } from '../apps/api/src/create-app';

const PASSWORD = 'a long enough passphrase';

const CREATE_PROJECT = `mutation ($input: ProjectInput!) { createProject(input: $input) { id slug visibility } }`;
const UPDATE_PROJECT = `mutation ($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { id stage visibility } }`;
const READ_PROJECT = `query ($id: ID!) { project(id: $id) {
  id title format stage budgetEur financingSecuredEur genres countriesSought rolesSought visibility
  funds { fund status amountEur } targetEditions { id year } ownerCompany { name } team { role person { id } } } }`;
const LIST_PROJECTS = `query ($filter: ProjectFilter) { projects(first: 100, filter: $filter) { totalCount edges { node { id title } } } }`;
const UPDATE_PROFILE = `mutation ($companyId: ID!, $input: CoproductionProfileInput!) {
  updateCoproductionProfile(companyId: $companyId, input: $input) { companyId formats budgetMinEur budgetMaxEur attendingEditions { id } } }`;
const PARTNER_MATCHES = `query ($projectId: ID!, $editionId: ID, $first: Int) {
  partnerMatches(projectId: $projectId, editionId: $editionId, first: $first) {
    score missingCodes company { id name country } reasons { criterion points max code params } } }`;
const PROJECT_MATCHES = `query ($companyId: ID!) { projectMatches(companyId: $companyId, first: 100) { score project { id title } reasons { criterion } } }`;
const REQUEST_INTRO = `mutation ($projectId: ID!, $companyId: ID!, $message: String!) {
  requestIntroduction(projectId: $projectId, companyId: $companyId, message: $message) { id status } }`;
const ANSWER_INTRO = `mutation ($id: ID!, $accept: Boolean!, $message: String) {
  answerIntroduction(id: $id, accept: $accept, message: $message) { id status response } }`;
const INTRODUCTIONS = `{ introductions(first: 50) { totalCount edges { node {
  id status message response project { id } company { name } history { status }
  requesterContact { name email } companyContact { name email } } } } }`;
const SEARCH = `query ($input: SearchInput!) { search(input: $input) { totalHits hits { type id title node { ... on Project { id title stage } ... on Company { id name } } } } }`;

type Viewer = 'anonymous' | 'pending' | 'member' | 'outsider' | 'partner' | 'producer' | 'staff';

describe('co-production', () => {
  let t: TestApp;
  const s: Partial<Record<Viewer, Session>> = {};
  const headers = (viewer: Viewer) => s[viewer]?.headers ?? {};
  const ids: Record<string, string> = {};

  const gql = async (viewer: Viewer, query: string, variables: Record<string, unknown> = {}) =>
    t.graphql.request(query, variables, headers(viewer));

  const ok = (viewer: Viewer, query: string, variables: Record<string, unknown> = {}) =>
    t.graphql.ok(query, variables, headers(viewer));

  /** An ACTIVE member whose account owns `personId`. */
  const member = async (email: string, personId: string | null): Promise<Session> => {
    const id = await register(t.graphql, email, PASSWORD);
    await t.sql(`UPDATE app_user SET status = 'ACTIVE', roles = '{MEMBER}', person_id = $2 WHERE id = $1`, [
      id,
      personId,
    ]);
    return signIn(t.graphql, email, PASSWORD);
  };

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000', LOGIN_THROTTLE_LIMIT: '1000' });
    s.staff = await signIn(t.graphql, 'staff@example.org');
    s.member = await signIn(t.graphql, 'member@example.org');
    await register(t.graphql, 'pending@example.fr', PASSWORD);
    s.pending = await signIn(t.graphql, 'pending@example.fr', PASSWORD);

    const company = async (key: string, input: Record<string, unknown>) => {
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
    await company('koln', {
      name: 'Köln Filmproduktion',
      country: 'DE',
      city: 'Köln',
      kinds: ['PRODUCTION'],
    });
    const person = async (key: string, firstName: string, companyKey: string | null) => {
      const data = await ok(
        'staff',
        `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`,
        {
          input: {
            firstName,
            lastName: 'Test',
            email: `${key}@example.org`,
            phone: '+33 6 00 00 00 00',
            ...(companyKey && { affiliations: [{ companyId: ids[companyKey], role: 'producer' }] }),
          },
        },
      );
      ids[key] = data.createPerson.id;
    };
    await person('producerPerson', 'Camille', 'mouettes');
    await person('partnerPerson', 'Lotte', 'bruxelles');
    await person('outsiderPerson', 'Omar', null);
    s.producer = await member('producer@example.fr', ids.producerPerson);
    s.partner = await member('partner@example.fr', ids.partnerPerson);
    s.outsider = await member('outsider@example.fr', ids.outsiderPerson);
    const [annecy] = await t.sql(
      `SELECT e.id FROM festival_edition e JOIN festival f ON f.id = e.festival_id WHERE f.slug = 'annecy' ORDER BY e.year DESC LIMIT 1`,
    );
    const [berlinale] = await t.sql(
      `SELECT e.id FROM festival_edition e JOIN festival f ON f.id = e.festival_id WHERE f.slug = 'berlinale' ORDER BY e.year DESC LIMIT 1`,
    );
    ids.annecy = annecy.id as string;
    ids.berlinale = berlinale.id as string;
  });
  afterAll(() => t.close());

  const SERIES = () => ({
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

  describe('projects', () => {
    it('lets a member create a project for their company, with its team, funds and target editions', async () => {
      const data = await ok('producer', CREATE_PROJECT, { input: SERIES() });
      ids.series = data.createProject.id;
      expect(data.createProject).toMatchObject({
        slug: expect.stringMatching(/^les-mouettes-de-wimereux-[0-9a-z]{6}$/),
        visibility: 'MEMBERS',
      });
      const read = await ok('producer', READ_PROJECT, { id: ids.series });
      expect(read.project).toMatchObject({
        format: 'ANIMATED_SERIES',
        genres: ['family', 'comedy'],
        budgetEur: 4_200_000,
        ownerCompany: { name: 'Mouettes Productions' },
        team: [{ role: 'producer', person: { id: ids.producerPerson } }],
        funds: [
          { fund: 'pictanovo-production', status: 'OBTAINED', amountEur: 300_000 },
          { fund: 'cnc-tax-credit', status: 'APPLIED', amountEur: null },
        ],
        targetEditions: [{ id: ids.annecy }],
      });
    });

    it("gives a project a slug that reveals nothing about another member's private project", async () => {
      const secret = await ok('producer', CREATE_PROJECT, {
        input: { ...SERIES(), title: 'Le Chantier secret', visibility: 'PRIVATE' },
      });
      const probe = await ok('outsider', CREATE_PROJECT, {
        input: { title: 'Le Chantier secret', format: 'SHORT_FILM', stage: 'DEVELOPMENT' },
      });
      const fresh = await ok('outsider', CREATE_PROJECT, {
        input: { title: 'Un titre que personne n’a pris', format: 'SHORT_FILM', stage: 'DEVELOPMENT' },
      });
      // Same shape whether the title was taken or not: base words, then 6 random characters.
      for (const slug of [secret.createProject.slug, probe.createProject.slug])
        expect(slug).toMatch(/^le-chantier-secret-[0-9a-z]{6}$/);
      expect(fresh.createProject.slug).toMatch(/^un-titre-que-personne-n-a-pris-[0-9a-z]{6}$/);
      expect(probe.createProject.slug).not.toBe(secret.createProject.slug);
      await t.sql(`DELETE FROM project WHERE id = ANY($1)`, [
        [secret.createProject.id, probe.createProject.id, fresh.createProject.id],
      ]);
    });

    it('refuses invalid input with BAD_USER_INPUT naming each field, and stores nothing', async () => {
      const before = await t.sql(`SELECT count(*)::int AS n FROM project`);
      const bad = await gql('producer', CREATE_PROJECT, {
        input: {
          ...SERIES(),
          financingSecuredEur: 9_000_000,
          funds: [{ fund: 'no-such-fund', status: 'APPLIED' }],
          targetEditionIds: ['00000000-0000-4000-8000-000000000000'],
          team: [{ personId: '00000000-0000-4000-8000-000000000001', role: 'writer' }],
        },
      });
      expect(GraphQLClient.codes(bad)).toEqual(['BAD_USER_INPUT']);
      const fields = (bad.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort();
      expect(fields).toEqual([
        'financingSecuredEur',
        'funds.0.fund',
        'targetEditionIds.0',
        'team.0.personId',
      ]);
      const missing = await gql('producer', CREATE_PROJECT, { input: { format: 'XR', stage: 'WRITING' } });
      expect(GraphQLClient.codes(missing)).toEqual(['BAD_USER_INPUT']);
      const validator = await gql('producer', CREATE_PROJECT, {
        input: { ...SERIES(), budgetEur: -1, languages: ['french'], countriesSought: ['XX'] },
      });
      expect(GraphQLClient.codes(validator)).toEqual(['BAD_USER_INPUT']);
      const notMine = await gql('outsider', CREATE_PROJECT, { input: SERIES() });
      expect(notMine.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'ownerCompanyId', message: 'you are not affiliated with this company' }],
      });
      expect(await t.sql(`SELECT count(*)::int AS n FROM project`)).toEqual(before);
    });

    it('lets only the team or STAFF edit and delete', async () => {
      const outsider = await gql('outsider', UPDATE_PROJECT, {
        id: ids.series,
        input: { stage: 'PRODUCTION' },
      });
      expect(GraphQLClient.codes(outsider)).toEqual(['FORBIDDEN']);
      const producer = await ok('producer', UPDATE_PROJECT, {
        id: ids.series,
        input: { stage: 'FINANCING' },
      });
      expect(producer.updateProject.stage).toBe('FINANCING');
      const scratch = await ok('producer', CREATE_PROJECT, {
        input: { title: 'Brouillon', format: 'SHORT_FILM', stage: 'WRITING', visibility: 'MEMBERS' },
      });
      const del = `mutation ($id: ID!) { deleteProject(id: $id) }`;
      expect(GraphQLClient.codes(await gql('outsider', del, { id: scratch.createProject.id }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await ok('staff', del, { id: scratch.createProject.id })).toEqual({ deleteProject: true });
      expect(
        GraphQLClient.codes(await gql('producer', READ_PROJECT, { id: scratch.createProject.id })),
      ).toEqual(['NOT_FOUND']);
    });

    it('lists the visible projects with filters', async () => {
      const data = await ok('member', LIST_PROJECTS, {
        filter: { formats: ['ANIMATED_SERIES'], stages: ['FINANCING'] },
      });
      expect(data.projects.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(ids.series);
      const none = await ok('member', LIST_PROJECTS, { filter: { formats: ['XR'] } });
      expect(none.projects.totalCount).toBe(0);
      const anonymous = await ok('anonymous', LIST_PROJECTS);
      expect(anonymous.projects.totalCount).toBe(0); // MEMBERS-only project
      const mine = await ok('producer', LIST_PROJECTS, { filter: { mine: true } });
      expect(mine.projects.totalCount).toBe(1);
      const funds = await ok(
        'anonymous',
        '{ funds { slug formats requiresPartnerCountries requiresPartnerRegions financingConfirmedMin sources } }',
      );
      const fund = (slug: string) => funds.funds.find((f: { slug: string }) => f.slug === slug);
      expect(fund('pictanovo-wallimage-interactive')).toMatchObject({
        requiresPartnerCountries: ['FR', 'BE'],
        requiresPartnerRegions: ['FR-HDF', 'BE-WAL'],
        formats: expect.arrayContaining(['VIDEO_GAME']),
      });
      expect(fund('eurimages')).toMatchObject({ financingConfirmedMin: 0.5 });
      expect(fund('wallimage-gaming')).toMatchObject({ formats: ['VIDEO_GAME'] });
    });
  });

  describe('co-production profiles', () => {
    it("lets the company's members and STAFF edit a profile, nobody else", async () => {
      const input = {
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
      };
      const forbidden = await gql('outsider', UPDATE_PROFILE, { companyId: ids.bruxelles, input });
      expect(GraphQLClient.codes(forbidden)).toEqual(['FORBIDDEN']);
      const data = await ok('partner', UPDATE_PROFILE, { companyId: ids.bruxelles, input });
      expect(data.updateCoproductionProfile).toMatchObject({
        companyId: ids.bruxelles,
        attendingEditions: [{ id: ids.annecy }],
      });
      const bad = await gql('partner', UPDATE_PROFILE, {
        companyId: ids.bruxelles,
        input: { budgetMaxEur: 10, attendingEditionIds: ['00000000-0000-4000-8000-000000000000'] },
      });
      expect(GraphQLClient.codes(bad)).toEqual(['BAD_USER_INPUT']);
      await ok('staff', UPDATE_PROFILE, {
        companyId: ids.toronto,
        input: { ...input, languages: ['en', 'fr'], attendingEditionIds: [ids.berlinale], trackRecord: [] },
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
      const read = await ok(
        'anonymous',
        `query ($id: ID!) { company(id: $id) { coproductionProfile { genres budgetMaxEur trackRecord { title } } } }`,
        {
          id: ids.bruxelles,
        },
      );
      expect(read.company.coproductionProfile).toMatchObject({
        genres: ['family', 'comedy', 'adventure'],
        budgetMaxEur: 8_000_000,
      });
      const attendees = await ok(
        'anonymous',
        `query ($id: ID!) { editionAttendees(editionId: $id) { company { name } profile { formats } } }`,
        {
          id: ids.annecy,
        },
      );
      expect(attendees.editionAttendees.map((a: { company: { name: string } }) => a.company.name)).toEqual([
        'Bruxelles Anima',
        'Köln Filmproduktion',
        'Mouettes Productions',
      ]);
    });
  });

  describe('regions and communities', () => {
    it('gives a Brussels producer the French Community code, refuses codes of another country, and matches on it', async () => {
      const set = (viewer: Viewer, companyId: string, subdivision: string | null) =>
        gql(
          viewer,
          `mutation ($companyId: ID!, $input: CoproductionProfileInput!) {
          updateCoproductionProfile(companyId: $companyId, input: $input) { companyId subdivision } }`,
          {
            companyId,
            input: { subdivision },
          },
        );
      const foreign = await set('staff', ids.mouettes, 'BE-FWB');
      expect(GraphQLClient.codes(foreign)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(foreign.errors)).toContain('subdivision');
      const unknown = await set('staff', ids.bruxelles, 'BE-XXX');
      expect(GraphQLClient.codes(unknown)).toEqual(['BAD_USER_INPUT']);
      const [before] = await t.sql(`SELECT subdivision FROM coproduction_profile WHERE company_id = $1`, [
        ids.bruxelles,
      ]);
      expect(before.subdivision).toBeNull();
      const saved = await set('partner', ids.bruxelles, 'BE-FWB');
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.updateCoproductionProfile.subdivision).toBe('BE-FWB');
      const matches = (await ok('producer', PARTNER_MATCHES, { projectId: ids.series })).partnerMatches as {
        company: { name: string };
        reasons: { criterion: string; code: string; params: Record<string, unknown> }[];
      }[];
      const brussels = matches.find((m) => m.company.name === 'Bruxelles Anima')!;
      expect(brussels.reasons.find((r) => r.criterion === 'COUNTRY')).toMatchObject({
        code: 'COUNTRY_TREATY',
        params: { agreements: [expect.objectContaining({ partner: 'BE-FWB' })] },
      });
      const cleared = await set('partner', ids.bruxelles, null);
      expect(cleared.data!.updateCoproductionProfile.subdivision).toBeNull();
    });
  });

  describe('partner matching', () => {
    it('ranks partners for an animated series in financing at Annecy, with readable reasons', async () => {
      const data = await ok('producer', PARTNER_MATCHES, { projectId: ids.series, editionId: ids.annecy });
      const matches = data.partnerMatches as {
        score: number;
        missingCodes: string[];
        company: { id: string; name: string };
        reasons: { criterion: string; points: number; max: number; code: string; params: object }[];
      }[];
      expect(matches.map((m) => m.company.name)).toEqual([
        'Bruxelles Anima',
        'Toronto Toons',
        'Köln Filmproduktion',
      ]);
      const [best] = matches;
      expect(best.score).toBeGreaterThan(80);
      expect(best.score).toBeLessThanOrEqual(100);
      const attendance = best.reasons.find((r) => r.criterion === 'ATTENDANCE')!;
      expect(attendance).toMatchObject({
        points: 5,
        max: 5,
        code: 'ATTENDS',
        params: { edition: expect.stringMatching(/^Annecy .* 20\d\d$/), editionId: ids.annecy },
      });
      expect(best.reasons.find((r) => r.criterion === 'COUNTRY')).toMatchObject({
        code: 'COUNTRY_TREATY',
        params: { agreements: expect.arrayContaining([expect.objectContaining({ partner: 'BE-FWB' })]) },
      });
      expect(best.reasons.find((r) => r.criterion === 'TRACK_RECORD')).toMatchObject({
        code: 'TRACK_RECORD_SAME_FORMAT',
        params: { format: 'ANIMATED_SERIES', count: 2, international: 2 },
      });
      for (const m of matches) expect(m.reasons.reduce((sum, r) => sum + r.max, 0)).toBeCloseTo(100, 0);
      expect(matches.find((m) => m.company.name === 'Köln Filmproduktion')!.missingCodes).toContain(
        'PARTNER_BUDGET',
      );
      expect(matches.some((m) => m.company.id === ids.mouettes)).toBe(false); // its own company
    });

    it('without an edition, drops attendance and rescales; the same input gives the same ranking', async () => {
      const first = await ok('producer', PARTNER_MATCHES, { projectId: ids.series });
      const again = await ok('producer', PARTNER_MATCHES, { projectId: ids.series });
      expect(again).toEqual(first);
      for (const m of first.partnerMatches) {
        expect(m.reasons.map((r: { criterion: string }) => r.criterion)).not.toContain('ATTENDANCE');
      }
      const one = await ok('producer', PARTNER_MATCHES, { projectId: ids.series, first: 1 });
      expect(one.partnerMatches).toHaveLength(1);
      const tooMany = await gql('producer', PARTNER_MATCHES, { projectId: ids.series, first: 500 });
      expect(GraphQLClient.codes(tooMany)).toEqual(['BAD_USER_INPUT']);
      const noEdition = await gql('producer', PARTNER_MATCHES, {
        projectId: ids.series,
        editionId: '00000000-0000-4000-8000-000000000000',
      });
      expect(GraphQLClient.codes(noEdition)).toEqual(['NOT_FOUND']);
    });

    it('sees profile and company changes at once (the in-memory view follows the version triggers)', async () => {
      type Match = {
        company: { name: string; country: string };
        missingCodes: string[];
        reasons: { criterion: string; code: string; params: Record<string, unknown> }[];
      };
      const koln = async () =>
        ((await ok('producer', PARTNER_MATCHES, { projectId: ids.series })).partnerMatches as Match[]).find(
          (m) => m.company.name === 'Köln Filmproduktion',
        )!;
      expect((await koln()).missingCodes).toContain('PARTNER_BUDGET');
      await ok('staff', UPDATE_PROFILE, {
        companyId: ids.koln,
        input: { budgetMinEur: 500_000, budgetMaxEur: 6_000_000 },
      });
      expect((await koln()).missingCodes).not.toContain('PARTNER_BUDGET');
      await ok('staff', `mutation ($id: ID!) { updateCompany(id: $id, input: { country: "ES" }) { id } }`, {
        id: ids.koln,
      });
      const moved = await koln();
      expect(moved.company.country).toBe('ES');
      expect(moved.reasons.find((r) => r.criterion === 'COUNTRY')).toMatchObject({
        code: 'COUNTRY_TREATY',
        params: { agreements: [expect.objectContaining({ partner: 'ES' })] },
      });
      await ok('staff', `mutation ($id: ID!) { updateCompany(id: $id, input: { country: "DE" }) { id } }`, {
        id: ids.koln,
      });
    });

    it('serves co-producers looking for projects (projectMatches)', async () => {
      const data = await ok('partner', PROJECT_MATCHES, { companyId: ids.bruxelles });
      expect(data.projectMatches[0].project.id).toBe(ids.series);
      const own = await ok('producer', PROJECT_MATCHES, { companyId: ids.mouettes });
      expect(own.projectMatches.map((m: { project: { id: string } }) => m.project.id)).not.toContain(
        ids.series,
      );
    });
  });

  describe('introductions', () => {
    it('goes from request to acceptance, then shows both sides their contact details, with its history', async () => {
      const asked = await ok('producer', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.bruxelles,
        message: 'We would love a Belgian animation partner for Annecy.',
      });
      ids.intro = asked.requestIntroduction.id;
      expect(asked.requestIntroduction.status).toBe('PENDING');
      const twice = await gql('producer', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.bruxelles,
        message: 'Again',
      });
      expect(GraphQLClient.codes(twice)).toEqual(['CONFLICT']);
      const own = await gql('producer', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.mouettes,
        message: 'Me',
      });
      expect(GraphQLClient.codes(own)).toEqual(['BAD_USER_INPUT']);
      const notTeam = await gql('outsider', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.toronto,
        message: 'Hi',
      });
      expect(GraphQLClient.codes(notTeam)).toEqual(['FORBIDDEN']);

      const pending = await ok('partner', INTRODUCTIONS);
      expect(pending.introductions.edges[0].node).toMatchObject({
        status: 'PENDING',
        requesterContact: null,
        companyContact: null,
        company: { name: 'Bruxelles Anima' },
        project: { id: ids.series },
      });
      expect(
        GraphQLClient.codes(await gql('producer', ANSWER_INTRO, { id: ids.intro, accept: true })),
      ).toEqual(['FORBIDDEN']);
      expect(
        GraphQLClient.codes(await gql('outsider', ANSWER_INTRO, { id: ids.intro, accept: true })),
      ).toEqual(['NOT_FOUND']);
      expect((await ok('outsider', INTRODUCTIONS)).introductions.totalCount).toBe(0);

      const accepted = await ok('partner', ANSWER_INTRO, {
        id: ids.intro,
        accept: true,
        message: 'Avec plaisir !',
      });
      expect(accepted.answerIntroduction).toMatchObject({ status: 'ACCEPTED', response: 'Avec plaisir !' });
      expect(
        GraphQLClient.codes(await gql('partner', ANSWER_INTRO, { id: ids.intro, accept: false })),
      ).toEqual(['CONFLICT']);
      for (const viewer of ['producer', 'partner', 'staff'] as const) {
        const [node] = (await ok(viewer, INTRODUCTIONS)).introductions.edges.map(
          (e: { node: object }) => e.node,
        );
        expect(node).toMatchObject({
          status: 'ACCEPTED',
          requesterContact: { name: 'Camille Test', email: 'producerPerson@example.org' },
          companyContact: { name: 'Lotte Test', email: 'partnerPerson@example.org' },
          history: [{ status: 'PENDING' }, { status: 'ACCEPTED' }],
        });
      }
    });

    it('keeps declined introductions in the history, and allows asking again later', async () => {
      const asked = await ok('producer', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.toronto,
        message: 'Toronto?',
      });
      const declined = await ok('staff', ANSWER_INTRO, { id: asked.requestIntroduction.id, accept: false });
      expect(declined.answerIntroduction.status).toBe('DECLINED');
      const list = await ok('producer', INTRODUCTIONS);
      const node = list.introductions.edges.find(
        (e: { node: { id: string } }) => e.node.id === asked.requestIntroduction.id,
      ).node;
      expect(node).toMatchObject({
        requesterContact: null,
        history: [{ status: 'PENDING' }, { status: 'DECLINED' }],
      });
      await ok('producer', REQUEST_INTRO, {
        projectId: ids.series,
        companyId: ids.toronto,
        message: 'Second try',
      });
    });
  });

  describe('private projects never leak', () => {
    beforeAll(async () => {
      const data = await ok('producer', CREATE_PROJECT, {
        input: { ...SERIES(), title: 'Projet Secret', visibility: 'PRIVATE' },
      });
      ids.secret = data.createProject.id;
      const shown = await ok('producer', CREATE_PROJECT, {
        input: { ...SERIES(), title: 'Projet Public', visibility: 'PUBLIC' },
      });
      ids.public = shown.createProject.id;
      await waitFor(async () => {
        const r = await ok('anonymous', SEARCH, { input: { query: 'Projet Public', types: ['PROJECT'] } });
        return r.search.totalHits > 0;
      }, 20_000);
    });

    const outsiders: Viewer[] = ['anonymous', 'pending', 'member', 'outsider', 'partner'];

    it.each(outsiders)(
      'is invisible to %s in lists, single reads, matches, projectMatches and search',
      async (viewer) => {
        const list = await gql(viewer, LIST_PROJECTS);
        expect(JSON.stringify(list.data)).not.toContain(ids.secret);
        expect(GraphQLClient.codes(await gql(viewer, READ_PROJECT, { id: ids.secret }))).toEqual([
          'NOT_FOUND',
        ]);
        const matches = await gql(viewer, PARTNER_MATCHES, { projectId: ids.secret, editionId: ids.annecy });
        expect(GraphQLClient.codes(matches)).toEqual([
          viewer === 'anonymous' ? 'UNAUTHENTICATED' : viewer === 'pending' ? 'FORBIDDEN' : 'NOT_FOUND',
        ]);
        const reverse = await gql(viewer, PROJECT_MATCHES, { companyId: ids.bruxelles });
        expect(JSON.stringify(reverse)).not.toContain(ids.secret);
        const search = await gql(viewer, SEARCH, { input: { query: 'Projet Secret' } });
        expect(JSON.stringify(search)).not.toContain(ids.secret);
        const intro = await gql(viewer, REQUEST_INTRO, {
          projectId: ids.secret,
          companyId: ids.koln,
          message: 'x',
        });
        const refused =
          viewer === 'anonymous' ? 'UNAUTHENTICATED' : viewer === 'pending' ? 'FORBIDDEN' : 'NOT_FOUND';
        expect(GraphQLClient.codes(intro)).toEqual([refused]);
        const update = await gql(viewer, UPDATE_PROJECT, { id: ids.secret, input: { title: 'Leaked' } });
        expect(GraphQLClient.codes(update)).toEqual([refused]);
      },
    );

    it.each(['producer', 'staff'] as Viewer[])('is visible to %s', async (viewer) => {
      expect((await ok(viewer, READ_PROJECT, { id: ids.secret })).project.title).toBe('Projet Secret');
      expect(JSON.stringify(await ok(viewer, LIST_PROJECTS))).toContain(ids.secret);
      expect(
        (await ok(viewer, PARTNER_MATCHES, { projectId: ids.secret })).partnerMatches.length,
      ).toBeGreaterThan(0);
    });

    it('indexes only public projects, through the outbox, and removes one made private', async () => {
      const hit = await ok('anonymous', SEARCH, {
        input: {
          query: 'Projet Public',
          types: ['PROJECT'],
          formats: ['ANIMATED_SERIES'],
          stages: ['FINANCING'],
          genres: ['family'],
          countriesSought: ['BE'],
        },
      });
      expect(hit.search.hits[0]).toMatchObject({
        type: 'PROJECT',
        id: ids.public,
        node: { title: 'Projet Public', stage: 'FINANCING' },
      });
      const wrongStage = await ok('anonymous', SEARCH, {
        input: { query: 'Projet Public', stages: ['WRITING'] },
      });
      expect(wrongStage.search.totalHits).toBe(0);
      const companies = await ok('anonymous', SEARCH, {
        input: { query: 'Bruxelles', types: ['COMPANY'], genres: ['adventure'] },
      });
      expect(companies.search.hits.map((h: { id: string }) => h.id)).toContain(ids.bruxelles);
      const [row] = await t.meili
        .index(`${t.config.SEARCH_INDEX_PREFIX}projects`)
        .search('', { limit: 100 })
        .then((r) => [r]);
      expect(row.hits.map((h) => h.id)).not.toContain(ids.secret);
      expect(row.hits.map((h) => h.id)).not.toContain(ids.series); // members-only

      await ok('producer', UPDATE_PROJECT, { id: ids.public, input: { visibility: 'PRIVATE' } });
      await waitFor(async () => {
        const r = await ok('anonymous', SEARCH, { input: { query: 'Projet Public', types: ['PROJECT'] } });
        return r.search.totalHits === 0;
      }, 20_000);
    });
  });

  describe('personal data', () => {
    it('exports projects, introductions and the profiles of my companies', async () => {
      const data = await ok('producer', '{ exportMyData }');
      const exported = JSON.parse(data.exportMyData as string);
      expect(exported.coproduction.projects.map((p: { title: string }) => p.title)).toEqual(
        expect.arrayContaining(['Les Mouettes de Wimereux', 'Projet Secret']),
      );
      expect(exported.coproduction.introductions.map((i: { message: string }) => i.message)).toContain(
        'We would love a Belgian animation partner for Annecy.',
      );
      expect(
        exported.coproduction.profilesOfMyCompanies.map((p: { companyId: string }) => p.companyId),
      ).toEqual([ids.mouettes]);
    });

    it('erases projects nobody else owns and the messages I wrote, keeping the other side’s history', async () => {
      const solo = await ok('outsider', CREATE_PROJECT, {
        input: { title: 'Solo', format: 'XR', stage: 'WRITING' },
      });
      // Another member's export never carries the outsider's project.
      const partnerExport = JSON.parse((await ok('partner', '{ exportMyData }')).exportMyData as string);
      expect(partnerExport.coproduction.projects.map((p: { id: string }) => p.id)).not.toContain(
        solo.createProject.id,
      );
      expect(
        await ok(
          'outsider',
          `mutation { deleteMyAccount(confirmEmail: "outsider@example.fr", password: "${PASSWORD}") }`,
        ),
      ).toEqual({ deleteMyAccount: true });
      expect(await t.sql(`SELECT id FROM project WHERE id = $1`, [solo.createProject.id])).toEqual([]);

      expect(
        await ok(
          'producer',
          `mutation { deleteMyAccount(confirmEmail: "producer@example.fr", password: "${PASSWORD}") }`,
        ),
      ).toEqual({
        deleteMyAccount: true,
      });
      // The series belongs to Mouettes Productions too: it stays; its introduction keeps its history, not the message.
      const [intro] = await t.sql(`SELECT message, requested_by_user_id FROM introduction WHERE id = $1`, [
        ids.intro,
      ]);
      expect(intro).toEqual({ message: '(erased at the author’s request)', requested_by_user_id: null });
      const partnerView = await ok('partner', INTRODUCTIONS);
      const node = partnerView.introductions.edges.find(
        (e: { node: { id: string } }) => e.node.id === ids.intro,
      ).node;
      expect(node).toMatchObject({
        requesterContact: null,
        history: [{ status: 'PENDING' }, { status: 'ACCEPTED' }],
      });
      expect(await t.sql(`SELECT id FROM project WHERE id = $1`, [ids.series])).toHaveLength(1);
    });
  });
});
