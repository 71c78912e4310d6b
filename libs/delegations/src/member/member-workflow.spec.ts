import { MemberStatus } from '../delegation/delegation.enums';
import { allTransitions, canTransition, refusal, takesSeat } from './member-workflow';

const { PROPOSED, INVITED, CONFIRMED, DECLINED, WITHDRAWN } = MemberStatus;

describe('delegation member workflow', () => {
  it.each([
    [PROPOSED, INVITED, 'STAFF'],
    [PROPOSED, WITHDRAWN, 'STAFF'],
    [INVITED, CONFIRMED, 'INVITEE'],
    [INVITED, CONFIRMED, 'STAFF'],
    [INVITED, DECLINED, 'INVITEE'],
    [INVITED, DECLINED, 'STAFF'],
    [INVITED, WITHDRAWN, 'STAFF'],
    [CONFIRMED, WITHDRAWN, 'STAFF'],
    [CONFIRMED, WITHDRAWN, 'INVITEE'],
  ] as const)('allows %s → %s by %s', (from, to, actor) => {
    expect(canTransition(from, to, actor)).toBe(true);
    expect(refusal(from, to, actor)).toBeNull();
  });

  it('allows exactly nine moves of the 50 (status pairs × actors)', () => {
    const allowed = allTransitions().flatMap(({ from, to, actors }) =>
      actors.map((a) => `${from}>${to}:${a}`),
    );
    expect(allowed).toHaveLength(9);
  });

  it('refuses everything else with a reason', () => {
    expect(refusal(PROPOSED, CONFIRMED, 'STAFF')).toBe(
      'A PROPOSED member can go to INVITED or WITHDRAWN, not CONFIRMED',
    );
    expect(refusal(PROPOSED, INVITED, 'INVITEE')).toBe(
      'Only STAFF can move a member from PROPOSED to INVITED',
    );
    expect(refusal(DECLINED, INVITED, 'STAFF')).toBe('A DECLINED member is final: it cannot go to INVITED');
    expect(canTransition(INVITED, INVITED, 'STAFF')).toBe(false);
    expect(canTransition(WITHDRAWN, CONFIRMED, 'INVITEE')).toBe(false);
  });

  it('counts a seat for INVITED and CONFIRMED only', () => {
    expect(takesSeat(PROPOSED, INVITED)).toBe(true);
    expect(takesSeat(INVITED, CONFIRMED)).toBe(false);
    expect(takesSeat(CONFIRMED, WITHDRAWN)).toBe(false);
  });
});
