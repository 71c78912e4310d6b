import type {
  DelegationBoardQuery,
  MemberCompanyFragment,
  MemberPersonFragment,
  MemberProjectFragment,
} from '../../gql/graphql';

type Delegation = DelegationBoardQuery['delegations']['edges'][number]['node'];
export type BoardMember = Delegation['members'][number];
export type BoardDelegation = Delegation;

interface Named {
  person?: MemberPersonFragment | null;
  company?: MemberCompanyFragment | null;
  project?: MemberProjectFragment | null;
}

/** The member's name and the page it links to. */
export function memberName(member: Named): { name: string; path: string | null } {
  if (member.person) return { name: member.person.name, path: `/people/${member.person.slug}` };
  if (member.company) return { name: member.company.name, path: `/companies/${member.company.slug}` };
  if (member.project) return { name: member.project.title, path: `/projects/${member.project.slug}` };
  return { name: '—', path: null };
}
