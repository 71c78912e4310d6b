import { CurrentUser, Role, Roles, User, viewerOf } from '@crossroads/auth';
import { Connection, ConnectionShape } from '@crossroads/core';
import { FestivalEdition, FestivalLoaders } from '@crossroads/festivals';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DelegationLoaders } from '../delegation-loaders';
import { DelegationEvent } from '../history/delegation-event.entity';
import { DelegationHistory } from '../history/delegation-history';
import { DelegationMember } from '../member/delegation-member.entity';
import { SEAT_HOLDING } from '../member/member-workflow';
import { Delegation } from './delegation.entity';
import { DelegationService } from './delegation.service';
import { isShownPublicly, isStaff } from './delegation-viewer';
import {
  CreateDelegationInput,
  DelegationHistoryArgs,
  DelegationsArgs,
  MembersArgs,
  MAX_MEMBERS_LISTED,
  UpdateDelegationInput,
} from './dto/delegation.inputs';

export const DelegationConnection = Connection(Delegation);
export const DelegationEventConnection = Connection(DelegationEvent);

type Request = { req: object };

@Resolver(() => Delegation)
export class DelegationResolver {
  constructor(
    private readonly service: DelegationService,
    private readonly history: DelegationHistory,
    private readonly loaders: DelegationLoaders,
    private readonly festivalLoaders: FestivalLoaders,
  ) {}

  @Roles(Role.MEMBER)
  @Query(() => DelegationConnection, {
    description: 'Delegations by edition date; drafts to STAFF only',
  })
  delegations(
    @Args() args: DelegationsArgs,
    @CurrentUser() user: User,
  ): Promise<ConnectionShape<Delegation>> {
    return this.service.list(args, viewerOf(user));
  }

  @Roles(Role.MEMBER)
  @Query(() => Delegation, { description: 'A draft is NOT_FOUND except to STAFF' })
  delegation(
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @CurrentUser() user: User,
  ): Promise<Delegation> {
    return this.service.findVisible(id, viewerOf(user));
  }

  @Roles(Role.STAFF)
  @Query(() => DelegationEventConnection, { description: 'STAFF: who did what, when, oldest first' })
  delegationHistory(@Args() args: DelegationHistoryArgs): Promise<ConnectionShape<DelegationEvent>> {
    return this.history.list(args);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Delegation, { description: 'STAFF: a new DRAFT delegation to an edition' })
  createDelegation(
    @Args('input') input: CreateDelegationInput,
    @CurrentUser() user: User,
  ): Promise<Delegation> {
    return this.service.create(input, user.id);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Delegation, { description: 'STAFF: rename, publish, set capacity or notes' })
  updateDelegation(
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: UpdateDelegationInput,
    @CurrentUser() user: User,
  ): Promise<Delegation> {
    return this.service.update(id, input, user.id);
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'STAFF: deletes a DRAFT delegation' })
  deleteDelegation(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<boolean> {
    return this.service.remove(id);
  }

  @ResolveField(() => FestivalEdition)
  async edition(@Parent() delegation: Delegation, @Context() { req }: Request): Promise<FestivalEdition> {
    return (await this.festivalLoaders.for(req).edition.load(delegation.editionId))!;
  }

  @ResolveField(() => [DelegationMember], {
    description: 'STAFF see every member; others the confirmed members who consented to the brochure',
  })
  async members(
    @Parent() delegation: Delegation,
    @Context() { req }: Request,
    @CurrentUser() user: User,
    @Args() { statuses, first }: MembersArgs,
  ): Promise<DelegationMember[]> {
    const members = await this.loaders.for(req).membersOfDelegation.load(delegation.id);
    const visible = isStaff(viewerOf(user)) ? members : members.filter(isShownPublicly);
    const wanted = statuses?.length ? visible.filter((member) => statuses.includes(member.status)) : visible;
    return wanted.slice(0, first ?? MAX_MEMBERS_LISTED);
  }

  @ResolveField(() => Int, {
    description: 'Invited plus confirmed members: the seats counted against capacity',
  })
  async seatsHeld(@Parent() delegation: Delegation, @Context() { req }: Request): Promise<number> {
    const members = await this.loaders.for(req).membersOfDelegation.load(delegation.id);
    return members.filter((member) => SEAT_HOLDING.includes(member.status)).length;
  }

  @ResolveField(() => String, { nullable: true })
  notes(@Parent() delegation: Delegation, @CurrentUser() user: User): string | null {
    return isStaff(viewerOf(user)) ? delegation.notes : null;
  }
}
