import { GraphQLClient, Session, TestApp, waitFor } from '@crossroads/testing';
import {
  ADD,
  ANSWER,
  CREATE,
  DelegationsWorld,
  MINE,
  SET_STATUS,
  startDelegationsWorld,
  SUGGEST,
  Suggestion,
  UPDATE,
} from './support/delegations';

// A delegation from draft to confirmed members: proposals, publishing, invitations, answers and history.
describe('delegations', () => {
  let w: DelegationsWorld;
  let t: TestApp;
  let staff: Session;
  let member: Session;
  let alice: Session;
  let bruno: Session;
  let ids: Record<string, string>;
  let seriesMania: string;
  let gql: DelegationsWorld['gql'];
  let ok: DelegationsWorld['ok'];

  beforeAll(async () => {
    w = await startDelegationsWorld();
    ({ t, staff, member, alice, bruno, ids, seriesMania, gql, ok } = w);
  });
  afterAll(() => t?.close());

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
    // Once the festival is over, its invitations can no longer be accepted, and nothing changes.
    const [dates] = await t.sql(`SELECT starts_on, ends_on FROM festival_edition WHERE id = $1`, [
      seriesMania,
    ]);
    await t.sql(
      `UPDATE festival_edition SET starts_on = current_date - 10, ends_on = current_date - 1 WHERE id = $1`,
      [seriesMania],
    );
    try {
      const late = await gql(alice, ANSWER, {
        input: { memberId: members['Alice Martin'], accept: true, consentBrochure: true },
      });
      expect(GraphQLClient.codes(late)).toEqual(['CONFLICT']);
      expect(
        await t.sql(`SELECT status FROM delegation_member WHERE id = $1`, [members['Alice Martin']]),
      ).toEqual([{ status: 'INVITED' }]);
    } finally {
      await t.sql(`UPDATE festival_edition SET starts_on = $2, ends_on = $3 WHERE id = $1`, [
        seriesMania,
        dates.starts_on,
        dates.ends_on,
      ]);
    }
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

  it('moves a proposal and deletes its draft at once, one after the other (no INTERNAL error)', async () => {
    const draft = (await ok(staff, CREATE, { input: { editionId: seriesMania, name: 'Brouillon disputé' } }))
      .createDelegation.id;
    const proposal = (
      await ok(staff, ADD, { input: { delegationId: draft, kind: 'PERSON', personId: ids.matrixProposed } })
    ).addDelegationMember.id;
    // The proposal's row is held while one STAFF withdraws it and another deletes the draft.
    await t.sql('BEGIN');
    await t.sql('SELECT 1 FROM delegation_member WHERE id = $1 FOR UPDATE', [proposal]);
    const moving = gql(staff, SET_STATUS, { input: { memberId: proposal, status: 'WITHDRAWN' } });
    await waitFor(async () => (await t.sql('SELECT 1 FROM pg_locks WHERE NOT granted')).length >= 1);
    const deleting = gql(staff, `mutation ($id: ID!) { deleteDelegation(id: $id) }`, { id: draft });
    await waitFor(async () => (await t.sql('SELECT 1 FROM pg_locks WHERE NOT granted')).length >= 2);
    await t.sql('COMMIT');
    expect([GraphQLClient.codes(await moving), GraphQLClient.codes(await deleting)]).toEqual([[], []]);
    expect(await t.sql('SELECT 1 FROM delegation WHERE id = $1', [draft])).toEqual([]);
  });
});
