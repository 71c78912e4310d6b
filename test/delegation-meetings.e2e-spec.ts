import { GraphQLClient, Session, TestApp } from '@crossroads/testing';
import {
  ADD,
  ANSWER,
  brochureText,
  createDunesAndPartners,
  DelegationsWorld,
  hautsDeFranceAnswered,
  MINE,
  SET_STATUS,
  startDelegationsWorld,
  SUGGEST,
  Suggestion,
  UPDATE,
} from './support/delegations';

// Projects in a delegation, and the meetings their team is offered with attending partners.
describe('delegations', () => {
  let w: DelegationsWorld;
  let delegationId: string;
  let t: TestApp;
  let staff: Session;
  let member: Session;
  let bruno: Session;
  let ids: Record<string, string>;
  let seriesMania: string;
  let gql: DelegationsWorld['gql'];
  let ok: DelegationsWorld['ok'];

  const pdfText = (session: Session) => brochureText(w, delegationId, session);

  beforeAll(async () => {
    w = await startDelegationsWorld();
    ({ t, staff, member, bruno, ids, seriesMania, gql, ok } = w);
    ({ delegationId } = await hautsDeFranceAnswered(w));
  });
  afterAll(() => t?.close());

  it('proposes projects, lets their team answer, and gives participants meetings with attending partners', async () => {
    await createDunesAndPartners(w);

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
});
