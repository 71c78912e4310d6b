import {
  GraphQLClient,
  pdfText as textOf,
  register,
  Session,
  signIn,
  startTestApp,
  TestApp,
} from '@crossroads/testing';
import { parse } from 'csv-parse/sync';
import { createApp } from '../apps/api/src/create-app';

const STATUSES = ['PROPOSED', 'INVITED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN'] as const;
type Status = (typeof STATUSES)[number];
/** What STAFF may do through setDelegationMemberStatus (a confirmation or refusal received otherwise included). */
const STAFF_MOVES: Record<Status, Status[]> = {
  PROPOSED: ['INVITED', 'WITHDRAWN'],
  INVITED: ['CONFIRMED', 'DECLINED', 'WITHDRAWN'],
  CONFIRMED: ['WITHDRAWN'],
  DECLINED: [],
  WITHDRAWN: [],
};
const PASSWORD = 'a long enough passphrase';

const CREATE_COMPANY = `mutation ($input: CompanyInput!) { createCompany(input: $input) { id } }`;
const CREATE_PERSON = `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`;
const CREATE = `mutation ($input: CreateDelegationInput!) { createDelegation(input: $input) { id status capacity } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateDelegationInput!) { updateDelegation(id: $id, input: $input) { id status capacity } }`;
const ADD = `mutation ($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { id status kind } }`;
const SET_STATUS = `mutation ($input: SetMemberStatusInput!) { setDelegationMemberStatus(input: $input) { id status invitedAt } }`;
const ANSWER = `mutation ($input: AnswerInvitationInput!) { answerDelegationInvitation(input: $input) { id status consentBrochure answeredAt } }`;
const CONSENT = `mutation ($id: ID!, $consent: Boolean!) { setDelegationBrochureConsent(memberId: $id, consent: $consent) { id consentBrochure } }`;
const MINE = `{ myDelegationInvitations { id status kind consentBrochure note delegation { name } person { name } company { name } } }`;
const SUGGEST = `query ($editionId: ID!, $delegationId: ID, $audience: DelegationAudience) {
  delegationSuggestions(editionId: $editionId, delegationId: $delegationId, audience: $audience, first: 50) {
    kind id score reasons { criterion points detail } person { name } company { name } } }`;

interface Suggestion {
  kind: string;
  id: string;
  score: number;
  reasons: { criterion: string; points: number; detail: string }[];
  person: { name: string } | null;
  company: { name: string } | null;
}

describe('delegations', () => {
  let t: TestApp;
  let staff: Session;
  let member: Session;
  let alice: Session;
  let bruno: Session;
  const ids: Record<string, string> = {};
  let seriesMania: string;
  let gamescom: string;

  const gql = async (session: Session | null, query: string, variables?: Record<string, unknown>) =>
    t.graphql.request(query, variables, session?.headers ?? {});
  const ok = (session: Session | null, query: string, variables?: Record<string, unknown>) =>
    t.graphql.ok(query, variables, session?.headers ?? {});
  const edition = async (slug: string) => {
    const data = await ok(null, `{ festival(slug: "${slug}") { editions { id year } } }`);
    return (data.festival.editions as { id: string }[]).at(-1)!.id;
  };
  /** A vetted member account owning the given person profile. */
  const owner = async (email: string, personId: string): Promise<Session> => {
    const userId = await register(t.graphql, email, PASSWORD);
    await ok(staff, `mutation { approveUser(id: "${userId}") { id } }`);
    await t.sql('UPDATE app_user SET person_id = $1 WHERE id = $2', [personId, userId]);
    return signIn(t.graphql, email, PASSWORD);
  };
  const download = (path: string, session: Session | null) =>
    fetch(`${t.baseUrl}${path}`, { headers: session?.headers ?? {} });

  beforeAll(async () => {
    t = await startTestApp(createApp, {
      THROTTLE_LIMIT: '100000',
      LOGIN_THROTTLE_LIMIT: '1000',
      OUTBOX_RELAY: 'false',
    });
    staff = await signIn(t.graphql, 'staff@example.org');
    member = await signIn(t.graphql, 'member@example.org');
    seriesMania = await edition('series-mania');
    gamescom = await edition('gamescom');
    const company = async (key: string, input: Record<string, unknown>) => {
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
    const person = async (key: string, input: Record<string, unknown>) => {
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
    alice = await owner('alice.owner@example.fr', ids.alice);
    bruno = await owner('bruno.owner@example.fr', ids.bruno);
  });
  afterAll(() => t.close());

  it('suggests for Series Mania the series companies and people of the region, ranked and explained', async () => {
    const suggestions = (await ok(staff, SUGGEST, { editionId: seriesMania }))
      .delegationSuggestions as Suggestion[];
    const names = suggestions.map((s) => s.company?.name ?? s.person?.name);
    expect(names).toEqual(expect.arrayContaining(['Nord Séries', 'Alice Martin', 'Bruno Lefebvre']));
    expect(names).not.toContain('Pixel Nord');
    expect(names).not.toContain('Chloé Dubois');
    expect(names).not.toContain('Bruxelles Séries'); // not of the region
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const nord = suggestions.find((s) => s.company?.name === 'Nord Séries')!;
    expect(nord.reasons.map((r) => r.criterion)).toEqual(['FORMAT', 'KIND', 'REGION', 'TRACK_RECORD']);
    expect(nord.reasons[0].detail).toMatch(/TV series/);
    const aliceHit = suggestions.find((s) => s.person?.name === 'Alice Martin')!;
    expect(aliceHit.reasons.map((r) => r.criterion)).toEqual(expect.arrayContaining(['FORMAT', 'KIND']));
    expect(aliceHit.score).toBe(aliceHit.reasons.reduce((sum, r) => sum + r.points, 0));
    expect(aliceHit.score).toBeGreaterThan(
      suggestions.find((s) => s.person?.name === 'Bruno Lefebvre')!.score,
    );
  });

  it('suggests games studios and developers for Gamescom, from the festival’s kinds and formats', async () => {
    const suggestions = (await ok(staff, SUGGEST, { editionId: gamescom }))
      .delegationSuggestions as Suggestion[];
    const names = suggestions.map((s) => s.company?.name ?? s.person?.name);
    expect(names.slice(0, 2).sort()).toEqual(['Chloé Dubois', 'Pixel Nord']);
    expect(names).not.toContain('Nord Séries');
  });

  let delegationId: string;
  const members: Record<string, string> = {};

  it('builds the Series Mania delegation from suggestions: draft, proposals, publish, invite within capacity', async () => {
    const created = (
      await ok(staff, CREATE, {
        input: {
          editionId: seriesMania,
          name: 'Délégation Hauts-de-France',
          capacity: 2,
          notes: 'Budget : 3 stands',
        },
      })
    ).createDelegation;
    expect(created).toMatchObject({ status: 'DRAFT', capacity: 2 });
    delegationId = created.id;
    const suggestions = (await ok(staff, SUGGEST, { editionId: seriesMania, delegationId }))
      .delegationSuggestions as Suggestion[];
    for (const pick of suggestions.filter((s) =>
      ['Nord Séries', 'Alice Martin', 'Bruno Lefebvre'].includes(s.company?.name ?? s.person?.name ?? ''),
    )) {
      const field = pick.kind === 'COMPANY' ? 'companyId' : 'personId';
      const added = (await ok(staff, ADD, { input: { delegationId, kind: pick.kind, [field]: pick.id } }))
        .addDelegationMember;
      expect(added.status).toBe('PROPOSED');
      members[pick.company?.name ?? pick.person!.name] = added.id;
    }
    expect(Object.keys(members)).toHaveLength(3);
    // Members already in are no longer suggested.
    const again = (await ok(staff, SUGGEST, { editionId: seriesMania, delegationId }))
      .delegationSuggestions as Suggestion[];
    expect(
      again.filter((s) => Object.keys(members).includes(s.company?.name ?? s.person?.name ?? '')),
    ).toEqual([]);

    const duplicate = await gql(staff, ADD, { input: { delegationId, kind: 'PERSON', personId: ids.alice } });
    expect(GraphQLClient.codes(duplicate)).toEqual(['CONFLICT']);
    const mismatched = await gql(staff, ADD, {
      input: { delegationId, kind: 'COMPANY', personId: ids.alice },
    });
    expect(GraphQLClient.codes(mismatched)).toEqual(['BAD_USER_INPUT']);

    const early = await gql(staff, SET_STATUS, {
      input: { memberId: members['Alice Martin'], status: 'INVITED' },
    });
    expect(GraphQLClient.codes(early)).toEqual(['CONFLICT']);
    expect(early.errors![0].message).toMatch(/Publish/);
    await ok(staff, UPDATE, { id: delegationId, input: { status: 'PUBLISHED' } });
    const back = await gql(staff, UPDATE, { id: delegationId, input: { status: 'DRAFT' } });
    expect(GraphQLClient.codes(back)).toEqual(['CONFLICT']);

    for (const name of ['Alice Martin', 'Nord Séries']) {
      const invited = (await ok(staff, SET_STATUS, { input: { memberId: members[name], status: 'INVITED' } }))
        .setDelegationMemberStatus;
      expect(invited.status).toBe('INVITED');
      expect(invited.invitedAt).toBeTruthy();
    }
    const full = await gql(staff, SET_STATUS, {
      input: { memberId: members['Bruno Lefebvre'], status: 'INVITED' },
    });
    expect(GraphQLClient.codes(full)).toEqual(['CONFLICT']);
    expect(full.errors![0].message).toMatch(/full: 2 of 2/);
    const shrink = await gql(staff, UPDATE, { id: delegationId, input: { capacity: 1 } });
    expect(GraphQLClient.codes(shrink)).toEqual(['CONFLICT']);
    const read = await ok(
      staff,
      `{ delegation(id: "${delegationId}") { seatsHeld capacity members { status } } }`,
    );
    expect(read.delegation).toMatchObject({ seatsHeld: 2, capacity: 2 });
  });

  it('refuses every invalid transition and changes nothing', async () => {
    const matrix = (
      await ok(staff, CREATE, { input: { editionId: seriesMania, name: 'Matrice des transitions' } })
    ).createDelegation.id;
    await ok(staff, UPDATE, { id: matrix, input: { status: 'PUBLISHED' } });
    const at: Record<Status, string> = {} as Record<Status, string>;
    const add = async (personId: string) =>
      (await ok(staff, ADD, { input: { delegationId: matrix, kind: 'PERSON', personId } }))
        .addDelegationMember.id;
    const move = (memberId: string, status: Status) => ok(staff, SET_STATUS, { input: { memberId, status } });
    at.PROPOSED = await add(ids.matrixProposed);
    at.INVITED = await add(ids.matrixInvited);
    await move(at.INVITED, 'INVITED');
    at.CONFIRMED = await add(ids.alice);
    await move(at.CONFIRMED, 'INVITED');
    await ok(alice, ANSWER, { input: { memberId: at.CONFIRMED, accept: true, consentBrochure: false } });
    at.DECLINED = await add(ids.matrixDeclined);
    await move(at.DECLINED, 'INVITED');
    await move(at.DECLINED, 'DECLINED');
    at.WITHDRAWN = await add(ids.matrixWithdrawn);
    await move(at.WITHDRAWN, 'WITHDRAWN');

    let refused = 0;
    for (const from of STATUSES) {
      for (const to of STATUSES.filter((status) => !STAFF_MOVES[from].includes(status))) {
        const response = await gql(staff, SET_STATUS, { input: { memberId: at[from], status: to } });
        expect([from, to, GraphQLClient.codes(response)]).toEqual([from, to, ['CONFLICT']]);
        refused++;
      }
    }
    expect(refused).toBe(25 - 6);
    // The invitee's own moves: only INVITED can be answered, only CONFIRMED withdrawn.
    for (const from of ['CONFIRMED'] as const) {
      const response = await gql(alice, ANSWER, {
        input: { memberId: at[from], accept: false, consentBrochure: false },
      });
      expect(GraphQLClient.codes(response)).toEqual(['CONFLICT']);
    }
    const statuses = await t.sql('SELECT id, status FROM delegation_member WHERE delegation_id = $1', [
      matrix,
    ]);
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual(
      Object.fromEntries(STATUSES.map((status) => [at[status], status])),
    );
  });

  it('lets STAFF record a confirmation received otherwise, leaving the brochure consent to the invitee', async () => {
    const delegation = (
      await ok(staff, CREATE, { input: { editionId: seriesMania, name: 'Confirmée par téléphone' } })
    ).createDelegation.id;
    await ok(staff, UPDATE, { id: delegation, input: { status: 'PUBLISHED' } });
    const memberId = (
      await ok(staff, ADD, {
        input: { delegationId: delegation, kind: 'PERSON', personId: ids.matrixInvited },
      })
    ).addDelegationMember.id;
    await ok(staff, SET_STATUS, { input: { memberId, status: 'INVITED' } });
    const confirmed = (await ok(staff, SET_STATUS, { input: { memberId, status: 'CONFIRMED' } }))
      .setDelegationMemberStatus;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED' });
    expect(await t.sql('SELECT consent_brochure FROM delegation_member WHERE id = $1', [memberId])).toEqual([
      { consent_brochure: null },
    ]);
    expect(
      await t.sql(
        `SELECT from_status, to_status, details->>'by' AS by FROM delegation_event
          WHERE member_id = $1 AND to_status = 'CONFIRMED'`,
        [memberId],
      ),
    ).toEqual([{ from_status: 'INVITED', to_status: 'CONFIRMED', by: 'STAFF' }]);
  });

  it('lets invitees answer for themselves and give or refuse brochure consent', async () => {
    const mine = (await ok(alice, MINE)).myDelegationInvitations as { id: string; note: string | null }[];
    expect(mine.map((m) => m.id)).toContain(members['Alice Martin']);
    expect(mine.every((m) => m.note === null)).toBe(true);
    // Bruno answers for the company he works for; his own proposal is not an invitation yet.
    const brunos = (await ok(bruno, MINE)).myDelegationInvitations as {
      id: string;
      company: { name: string };
    }[];
    expect(brunos.map((m) => m.id)).toEqual([members['Nord Séries']]);
    expect((await ok(member, MINE)).myDelegationInvitations).toEqual([]);

    const notHers = await gql(alice, ANSWER, {
      input: { memberId: members['Nord Séries'], accept: true, consentBrochure: true },
    });
    expect(GraphQLClient.codes(notHers)).toEqual(['NOT_FOUND']);
    const proposal = await gql(bruno, ANSWER, {
      input: { memberId: members['Bruno Lefebvre'], accept: true, consentBrochure: true },
    });
    expect(GraphQLClient.codes(proposal)).toEqual(['NOT_FOUND']);
    const answered = (
      await ok(alice, ANSWER, {
        input: { memberId: members['Alice Martin'], accept: true, consentBrochure: true },
      })
    ).answerDelegationInvitation;
    expect(answered).toMatchObject({ status: 'CONFIRMED', consentBrochure: true });
    const company = (
      await ok(bruno, ANSWER, {
        input: { memberId: members['Nord Séries'], accept: true, consentBrochure: false },
      })
    ).answerDelegationInvitation;
    expect(company).toMatchObject({ status: 'CONFIRMED', consentBrochure: false });
    const twice = await gql(alice, ANSWER, {
      input: { memberId: members['Alice Martin'], accept: false, consentBrochure: false },
    });
    expect(GraphQLClient.codes(twice)).toEqual(['CONFLICT']);
  });

  it('keeps the full history: who did what, when', async () => {
    const staffId = (await ok(staff, '{ me { id } }')).me.id;
    const aliceId = (await ok(alice, '{ me { id } }')).me.id;
    const history = (
      await ok(
        staff,
        `{ delegationHistory(delegationId: "${delegationId}", first: 100) {
        totalCount edges { node { action memberId actorUserId fromStatus toStatus details createdAt } } } }`,
      )
    ).delegationHistory;
    const events = history.edges.map((edge: { node: Record<string, unknown> }) => edge.node);
    expect(events[0]).toMatchObject({ action: 'CREATED', actorUserId: staffId });
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'CREATED',
      'MEMBER_ADDED',
      'MEMBER_ADDED',
      'MEMBER_ADDED',
      'PUBLISHED',
      'MEMBER_STATUS_CHANGED',
      'MEMBER_STATUS_CHANGED',
      'MEMBER_ANSWERED',
      'MEMBER_ANSWERED',
    ]);
    const answer = events.find(
      (e: { action: string; memberId: string }) =>
        e.action === 'MEMBER_ANSWERED' && e.memberId === members['Alice Martin'],
    );
    expect(answer).toMatchObject({ actorUserId: aliceId, fromStatus: 'INVITED', toStatus: 'CONFIRMED' });
    expect(JSON.parse(answer.details)).toEqual({ by: 'INVITEE', consentBrochure: true });
    expect(JSON.stringify(events)).not.toMatch(/Budget/); // notes are not copied into the history
  });

  it('hides drafts from members and shows them only consenting confirmed members', async () => {
    const draft = (await ok(staff, CREATE, { input: { editionId: seriesMania, name: 'Brouillon' } }))
      .createDelegation.id;
    const hidden = await gql(member, `{ delegation(id: "${draft}") { id } }`);
    expect(GraphQLClient.codes(hidden)).toEqual(['NOT_FOUND']);
    const listed = (await ok(member, '{ delegations(first: 100) { edges { node { id status } } } }'))
      .delegations;
    expect(listed.edges.map((e: { node: { status: string } }) => e.node.status)).not.toContain('DRAFT');
    const staffList = (await ok(staff, '{ delegations(first: 100) { totalCount } }')).delegations;
    expect(staffList.totalCount).toBeGreaterThan(listed.edges.length);

    const asMember = (
      await ok(
        member,
        `{ delegation(id: "${delegationId}") { notes members { id note person { name } company { name } } } }`,
      )
    ).delegation;
    expect(asMember.notes).toBeNull();
    expect(asMember.members).toEqual([
      { id: members['Alice Martin'], note: null, person: { name: 'Alice Martin' }, company: null },
    ]);
    const asStaff = (await ok(staff, `{ delegation(id: "${delegationId}") { notes members { id } } }`))
      .delegation;
    expect(asStaff.notes).toBe('Budget : 3 stands');
    expect(asStaff.members).toHaveLength(3);
    const anonymous = await gql(null, `{ delegation(id: "${delegationId}") { id } }`);
    expect(GraphQLClient.codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('exports a CSV for a French Excel with consenting members only, to STAFF only', async () => {
    const path = `/delegations/${delegationId}/export.csv`;
    expect((await download(path, null)).status).toBe(401);
    const refused = await download(path, member);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(
      (await download(`/delegations/00000000-0000-4000-8000-000000000000/export.csv`, staff)).status,
    ).toBe(404);
    expect((await download(`/delegations/not-a-uuid/export.csv`, staff)).status).toBe(400);

    const response = await download(path, staff);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="delegation-hauts-de-france.csv"',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(2);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.Nom)).toEqual(['Alice Martin']);
    expect(rows[0]).toMatchObject({ Type: 'Personne', Ville: 'Lille' });
    expect(rows[0]['Rôle'].startsWith("'=HYPERLINK")).toBe(true); // formula neutralised
    // Titles in the form the person chose (feminine), the primary one first.
    expect(rows[0]['Activités']).toBe("Scénariste, Directrice d'écriture");
    expect(text).not.toMatch(/alice\.martin@example\.org|\+33/); // no contact details
    expect(text.split('\r\n')[0]).toBe(
      '\ufeff"Type";"Nom";"Rôle";"Structure";"Ville";"Activités";"Site web";"Présentation"',
    );
  });

  const pdfText = async (session: Session) => {
    const response = await download(`/delegations/${delegationId}/brochure.pdf`, session);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    return textOf(Buffer.from(await response.arrayBuffer()));
  };

  it('prints a brochure with consenting members only, following consent changes', async () => {
    expect((await download(`/delegations/${delegationId}/brochure.pdf`, member)).status).toBe(403);
    const before = await pdfText(staff);
    expect(before).toMatch(/Délégation Hauts-de-France/);
    expect(before).toMatch(/Alice Martin/);
    expect(before).not.toMatch(/Nord Séries/);
    expect(before).not.toMatch(/Bruno Lefebvre/);

    await ok(bruno, CONSENT, { id: members['Nord Séries'], consent: true });
    await ok(alice, CONSENT, { id: members['Alice Martin'], consent: false });
    const after = await pdfText(staff);
    expect(after).toMatch(/Nord Séries/);
    expect(after).toMatch(/Séries de fiction tournées/);
    expect(after).not.toMatch(/Alice Martin/);
  });

  it('proposes projects, lets their team answer, and gives participants meetings with attending partners', async () => {
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

    const suggestions = (
      await ok(staff, SUGGEST.replace('person { name }', 'person { name } project { title }'), {
        editionId: seriesMania,
        delegationId,
      })
    ).delegationSuggestions as (Suggestion & { project: { title: string } | null })[];
    const dunes = suggestions.find((s) => s.project?.title === 'Les Dunes')!;
    expect(dunes.kind).toBe('PROJECT');
    expect(dunes.reasons.map((r) => r.criterion)).toEqual(['FORMAT', 'TARGET', 'STAGE', 'REGION']);
    expect(dunes.score).toBe(100);

    const added = (await ok(staff, ADD, { input: { delegationId, kind: 'PROJECT', projectId: ids.project } }))
      .addDelegationMember.id;
    await ok(staff, UPDATE, { id: delegationId, input: { capacity: 5 } });
    await ok(staff, SET_STATUS, { input: { memberId: added, status: 'INVITED' } });
    const brunos = (await ok(bruno, MINE)).myDelegationInvitations as { id: string }[];
    expect(brunos.map((m) => m.id)).toContain(added);
    await ok(bruno, ANSWER, { input: { memberId: added, accept: true, consentBrochure: true } });

    const MEETINGS = `query ($editionId: ID!) { meetingSuggestions(editionId: $editionId, first: 5) {
      memberId delegation { name } project { title }
      meetings { score company { name } reasons { criterion points max code } } } }`;
    const mine = (await ok(bruno, MEETINGS, { editionId: seriesMania })).meetingSuggestions;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ memberId: added, project: { title: 'Les Dunes' } });
    expect(mine[0].meetings.map((m: { company: { name: string } }) => m.company.name)).toEqual([
      'Bruxelles Séries',
    ]);
    const reasons = mine[0].meetings[0].reasons.map((r: { criterion: string }) => r.criterion);
    expect(reasons).toEqual(expect.arrayContaining(['FORMAT', 'ATTENDANCE']));
    expect((await ok(member, MEETINGS, { editionId: seriesMania })).meetingSuggestions).toEqual([]);
    expect((await ok(staff, MEETINGS, { editionId: seriesMania })).meetingSuggestions).toHaveLength(1);
    const anonymous = await gql(null, MEETINGS, { editionId: seriesMania });
    expect(GraphQLClient.codes(anonymous)).toEqual(['UNAUTHENTICATED']);

    const brochure = await pdfText(staff);
    expect(brochure).toMatch(/Les Dunes/);
    expect(brochure).toMatch(/Projets/);
  });

  it('covers delegation data in the personal data export and erasure', async () => {
    const exported = JSON.parse((await ok(alice, '{ exportMyData }')).exportMyData);
    expect(exported.delegations.memberships.map((m: { delegation: string }) => m.delegation).sort()).toEqual([
      'Délégation Hauts-de-France',
      'Matrice des transitions',
    ]);
    expect(exported.delegations.actions.length).toBeGreaterThanOrEqual(3);
    const aliceId = (await ok(alice, '{ me { id } }')).me.id;
    await ok(
      alice,
      `mutation { deleteMyAccount(confirmEmail: "alice.owner@example.fr", password: "${PASSWORD}") }`,
    );
    expect(await t.sql('SELECT id FROM delegation_member WHERE person_id = $1', [ids.alice])).toEqual([]);
    expect(await t.sql('SELECT id FROM delegation_event WHERE actor_user_id = $1', [aliceId])).toEqual([]);
    const kept = await t.sql(
      `SELECT count(*)::int AS n FROM delegation_event WHERE delegation_id = $1 AND action = 'MEMBER_ANSWERED'`,
      [delegationId],
    );
    expect(kept[0].n).toBe(3); // the history stays, without who
  });
});
