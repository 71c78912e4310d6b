import { UuidPipe } from '@crossroads/core';
import { CurrentUser, Role, Roles, SignedIn, User } from '@crossroads/auth';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UpcomingDeadline } from '../edition/edition-deadlines';
import { FestivalEdition } from '../edition/festival-edition.entity';
import { FestivalLoaders } from '../festivals-loaders';
import { DeadlinesArgs } from './dto/deadlines.args';
import { FollowService } from './follow.service';

@Resolver(() => FestivalEdition)
export class FollowResolver {
  constructor(
    private readonly follows: FollowService,
    private readonly loaders: FestivalLoaders,
  ) {}

  @Roles(Role.MEMBER)
  @Mutation(() => FestivalEdition, { description: 'Follow an edition to see its coming deadlines' })
  followEdition(
    @Args('editionId', { type: () => ID }, UuidPipe) editionId: string,
    @CurrentUser() user: User,
  ): Promise<FestivalEdition> {
    return this.follows.follow(user.id, editionId);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Boolean, { description: 'Stop following an edition; false if it was not followed' })
  unfollowEdition(
    @Args('editionId', { type: () => ID }, UuidPipe) editionId: string,
    @CurrentUser() user: User,
  ): Promise<boolean> {
    return this.follows.unfollow(user.id, editionId);
  }

  @SignedIn()
  @Query(() => [FestivalEdition], { description: 'The editions I follow that have not ended, in date order' })
  myFollowedEditions(@CurrentUser() user: User): Promise<FestivalEdition[]> {
    return this.follows.followed(user.id);
  }

  @SignedIn()
  @Query(() => [UpcomingDeadline], {
    description: 'Coming deadlines of the editions I follow, earliest first',
  })
  myDeadlines(@Args() { withinDays }: DeadlinesArgs, @CurrentUser() user: User): Promise<UpcomingDeadline[]> {
    return this.follows.upcomingDeadlines(user.id, withinDays ?? 365);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows it (false when signed out)' })
  followedByMe(
    @Parent() edition: FestivalEdition,
    @CurrentUser() user: User | undefined,
    @Context() { req }: { req: object },
  ): Promise<boolean> {
    if (!user) return Promise.resolve(false);
    return this.loaders.for(req).followedByUser(user.id).load(edition.id);
  }
}

@Resolver(() => UpcomingDeadline)
export class UpcomingDeadlineResolver {
  constructor(private readonly loaders: FestivalLoaders) {}

  @ResolveField(() => FestivalEdition)
  async edition(
    @Parent() deadline: UpcomingDeadline,
    @Context() { req }: { req: object },
  ): Promise<FestivalEdition> {
    return (await this.loaders.for(req).edition.load(deadline.editionId))!;
  }
}
