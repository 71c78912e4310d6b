import { Session, TestApp } from '@crossroads/testing';
import {
  ADD,
  ANSWER,
  CONSENT,
  CREATE,
  createDunesAndPartners,
  DelegationsWorld,
  hautsDeFranceAnswered,
  PASSWORD,
  SET_STATUS,
  startDelegationsWorld,
  UPDATE,
} from './support/delegations';

// Delegation data in the personal data export and erasure.
describe('delegations', () => {
  let w: DelegationsWorld;
  let t: TestApp;
  let alice: Session;
  let ids: Record<string, string>;
  let ok: DelegationsWorld['ok'];
  let staff: Session;
  let seriesMania: string;
  let delegationId: string;

  beforeAll(async () => {
    w = await startDelegationsWorld();
    ({ t, alice, ids, ok, staff, seriesMania } = w);
    let members: Record<string, string>;
    ({ delegationId, members } = await hautsDeFranceAnswered(w));
    // Alice later withdraws her brochure consent and confirms a second delegation; Les Dunes joins the first.
    await ok(alice, CONSENT, { id: members['Alice Martin'], consent: false });
    const matrix = (
      await ok(staff, CREATE, { input: { editionId: seriesMania, name: 'Matrice des transitions' } })
    ).createDelegation.id;
    await ok(staff, UPDATE, { id: matrix, input: { status: 'PUBLISHED' } });
    const inMatrix = (
      await ok(staff, ADD, { input: { delegationId: matrix, kind: 'PERSON', personId: ids.alice } })
    ).addDelegationMember.id;
    await ok(staff, SET_STATUS, { input: { memberId: inMatrix, status: 'INVITED' } });
    await ok(alice, ANSWER, { input: { memberId: inMatrix, accept: true, consentBrochure: false } });
    await createDunesAndPartners(w);
    const dunes = (await ok(staff, ADD, { input: { delegationId, kind: 'PROJECT', projectId: ids.project } }))
      .addDelegationMember.id;
    await ok(staff, UPDATE, { id: delegationId, input: { capacity: 5 } });
    await ok(staff, SET_STATUS, { input: { memberId: dunes, status: 'INVITED' } });
    await ok(w.bruno, ANSWER, { input: { memberId: dunes, accept: true, consentBrochure: true } });
  });
  afterAll(() => t?.close());

  it('covers delegation data in the personal data export and erasure', async () => {
    const exported = JSON.parse((await ok(alice, '{ exportMyData }')).exportMyData);
    expect(exported.delegations.memberships.map((m: { delegation: string }) => m.delegation).sort()).toEqual([
      'Délégation Hauts-de-France',
      'Matrice des transitions',
    ]);
    // Her own acts: two answers and a change of consent.
    expect(exported.delegations.actions.map((a: { action: string }) => a.action).sort()).toEqual([
      'CONSENT_CHANGED',
      'MEMBER_ANSWERED',
      'MEMBER_ANSWERED',
    ]);
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
