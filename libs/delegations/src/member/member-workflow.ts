import { MemberStatus } from '../delegation/delegation.enums';

/** Who moves a member: the agency's STAFF, or the invitee answering for themselves. */
export type WorkflowActor = 'STAFF' | 'INVITEE';

const { PROPOSED, INVITED, CONFIRMED, DECLINED, WITHDRAWN } = MemberStatus;

/**
 * Every allowed move, and who may make it. The invitee answers for themselves; STAFF may also record an answer
 * received otherwise (a confirmation or a refusal by phone or email). The brochure consent is only ever the
 * invitee's own: a member STAFF confirm stays out of the brochure until they consent. DECLINED and WITHDRAWN are final.
 */
const TRANSITIONS: Record<MemberStatus, Partial<Record<MemberStatus, readonly WorkflowActor[]>>> = {
  [PROPOSED]: { [INVITED]: ['STAFF'], [WITHDRAWN]: ['STAFF'] },
  [INVITED]: { [CONFIRMED]: ['INVITEE', 'STAFF'], [DECLINED]: ['INVITEE', 'STAFF'], [WITHDRAWN]: ['STAFF'] },
  [CONFIRMED]: { [WITHDRAWN]: ['STAFF', 'INVITEE'] },
  [DECLINED]: {},
  [WITHDRAWN]: {},
};

/** Statuses that hold a seat against the delegation's capacity. */
export const SEAT_HOLDING: readonly MemberStatus[] = [INVITED, CONFIRMED];

export function canTransition(from: MemberStatus, to: MemberStatus, actor: WorkflowActor): boolean {
  return TRANSITIONS[from][to]?.includes(actor) ?? false;
}

/** The reason a move is refused, for the client; null when it is allowed. */
export function refusal(from: MemberStatus, to: MemberStatus, actor: WorkflowActor): string | null {
  if (canTransition(from, to, actor)) return null;
  const allowed = TRANSITIONS[from][to];
  if (allowed) {
    const who = allowed.map((a) => (a === 'STAFF' ? 'STAFF' : 'the invitee')).join(' or ');
    return `Only ${who} can move a member from ${from} to ${to}`;
  }
  const next = Object.keys(TRANSITIONS[from]);
  return next.length
    ? `A ${from} member can go to ${next.join(' or ')}, not ${to}`
    : `A ${from} member is final: it cannot go to ${to}`;
}

/** Whether a move takes a seat the member did not hold. */
export function takesSeat(from: MemberStatus, to: MemberStatus): boolean {
  return !SEAT_HOLDING.includes(from) && SEAT_HOLDING.includes(to);
}

export function allTransitions(): {
  from: MemberStatus;
  to: MemberStatus;
  actors: readonly WorkflowActor[];
}[] {
  return Object.values(MemberStatus).flatMap((from) =>
    Object.values(MemberStatus).map((to) => ({ from, to, actors: TRANSITIONS[from][to] ?? [] })),
  );
}
