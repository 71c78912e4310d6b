import type { DelegationMemberStatus } from '../../gql/graphql';

/** The board's columns, in workflow order. */
export const STATUSES: readonly DelegationMemberStatus[] = [
  'PROPOSED',
  'INVITED',
  'CONFIRMED',
  'DECLINED',
  'WITHDRAWN',
];

/**
 * The moves STAFF may make (libs/delegations member-workflow.ts): besides the invitee's own answer, STAFF record a
 * confirmation or refusal received by phone or email (the brochure consent stays the invitee's); DECLINED and
 * WITHDRAWN are final. The API refuses anything else with a CONFLICT.
 */
const STAFF_MOVES: Record<DelegationMemberStatus, readonly DelegationMemberStatus[]> = {
  PROPOSED: ['INVITED', 'WITHDRAWN'],
  INVITED: ['CONFIRMED', 'DECLINED', 'WITHDRAWN'],
  CONFIRMED: ['WITHDRAWN'],
  DECLINED: [],
  WITHDRAWN: [],
};

export function staffMoves(from: DelegationMemberStatus): DelegationMemberStatus[] {
  return [...STAFF_MOVES[from]];
}

/** Only a PROPOSED member can be removed outright; the others are withdrawn, so their history stays. */
export function canRemove(status: DelegationMemberStatus): boolean {
  return status === 'PROPOSED';
}
