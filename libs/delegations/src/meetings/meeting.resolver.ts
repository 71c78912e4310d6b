import { CurrentUser, Role, Roles, User } from '@crossroads/auth';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Delegation } from '../delegation/delegation.entity';
import { DelegationLoaders } from '../delegation-loaders';
import { MeetingService } from './meeting.service';
import { MeetingSuggestion, MeetingSuggestionsArgs } from './meeting.types';

@Resolver(() => MeetingSuggestion)
export class MeetingResolver {
  constructor(
    private readonly meetings: MeetingService,
    private readonly loaders: DelegationLoaders,
  ) {}

  @Roles(Role.MEMBER)
  @Query(() => [MeetingSuggestion], {
    description:
      'For each delegation project the caller answers for (STAFF: every one) at this edition, the attending partners worth meeting, with reasons',
  })
  meetingSuggestions(
    @Args() args: MeetingSuggestionsArgs,
    @CurrentUser() user: User,
  ): Promise<MeetingSuggestion[]> {
    return this.meetings.suggest(args, user);
  }

  @ResolveField(() => Delegation)
  async delegation(
    @Parent() suggestion: MeetingSuggestion,
    @Context() { req }: { req: object },
  ): Promise<Delegation> {
    return (await this.loaders.for(req).delegation.load(suggestion.delegationId))!;
  }
}
