import { ClientIp, CurrentUser, Public, Role, Roles, User, viewerOf } from '@crossroads/auth';
import { Connection, ConnectionArgs, ConnectionShape } from '@crossroads/core';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Company } from '../company/company.entity';
import { DirectoryLoaders } from '../loaders/directory-loaders';
import { Affiliation } from '../person/person-details.entity';
import { Person } from '../person/person.entity';
import { canList } from '../person/person-visibility';
import {
  AddMemberArgs,
  CompanyMembersArgs,
  DecideMembershipArgs,
  MembershipIdArgs,
  RequestMembershipArgs,
  SetMemberRoleArgs,
} from './dto/membership.inputs';
import { MemberRole } from './membership.enums';
import { MembershipService } from './membership.service';

type Request = { req: object };

export const AffiliationConnection = Connection(Affiliation);

@Resolver(() => Affiliation)
export class MembershipResolver {
  constructor(
    private readonly memberships: MembershipService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Public()
  @Query(() => [Affiliation], {
    description:
      "A company's memberships: every request and decision for STAFF and the company's verified admins, current verified members for anyone else",
  })
  companyMembers(
    @Args() { companyId }: CompanyMembersArgs,
    @CurrentUser() user?: User,
  ): Promise<Affiliation[]> {
    return this.memberships.membersOf(companyId, viewerOf(user));
  }

  @Roles(Role.STAFF)
  @Query(() => AffiliationConnection, {
    description:
      'Membership requests (DECLARED) waiting for a decision, oldest first, across companies, page by page (STAFF)',
  })
  membershipRequests(@Args() args: ConnectionArgs): Promise<ConnectionShape<Affiliation>> {
    return this.memberships.pending(args);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Affiliation, {
    description:
      "Asks to be recognised as part of a company (DECLARED until STAFF or the company's admins decide)",
  })
  requestCompanyMembership(
    @Args() { companyId, role }: RequestMembershipArgs,
    @CurrentUser() user: User,
    @ClientIp() ip: string | null,
  ): Promise<Affiliation> {
    return this.memberships.request(user, companyId, role.trim(), ip);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Affiliation, {
    description: 'Adds a verified member (STAFF): how a company gets its first admin',
  })
  addCompanyMember(
    @Args() { memberRole, role, ...rest }: AddMemberArgs,
    @CurrentUser() user: User,
    @ClientIp() ip: string | null,
  ): Promise<Affiliation> {
    return this.memberships.add(
      user,
      { ...rest, role: role.trim(), memberRole: memberRole ?? MemberRole.MEMBER },
      ip,
    );
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Affiliation, {
    description: 'Approves, refuses or revokes a membership (STAFF, or a verified admin of the company)',
  })
  decideCompanyMembership(
    @Args() { id, decision }: DecideMembershipArgs,
    @CurrentUser() user: User,
    @ClientIp() ip: string | null,
  ): Promise<Affiliation> {
    return this.memberships.decide(user, id, decision, ip);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Affiliation, {
    description: 'Makes a verified member an admin, or an admin a plain member (STAFF, or a verified admin)',
  })
  setCompanyMemberRole(
    @Args() { id, memberRole }: SetMemberRoleArgs,
    @CurrentUser() user: User,
    @ClientIp() ip: string | null,
  ): Promise<Affiliation> {
    return this.memberships.setRole(user, id, memberRole, ip);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Affiliation, { description: 'Ends your own membership, or withdraws your request' })
  leaveCompany(
    @Args() { id }: MembershipIdArgs,
    @CurrentUser() user: User,
    @ClientIp() ip: string | null,
  ): Promise<Affiliation> {
    return this.memberships.leave(user, id, ip);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The person, as the viewer may see them' })
  async person(
    @Parent() membership: Affiliation,
    @Context() { req }: Request,
    @CurrentUser() user?: User,
  ): Promise<Person | null> {
    const person = await this.loaders.for(req).person.load(membership.personId);
    return person && canList(viewerOf(user), person) ? person : null;
  }

  @ResolveField(() => Company, { nullable: true })
  company(@Parent() membership: Affiliation, @Context() { req }: Request): Promise<Company | null> {
    return this.loaders.for(req).company.load(membership.companyId);
  }
}
