import { CurrentUser, Role, Roles, SignedIn, User } from '@crossroads/auth';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedSecret, CalendarFeedStatus, CalendarLanguage } from './calendar-feed.types';

@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @SignedIn()
  @Query(() => CalendarFeedStatus, { nullable: true, description: 'My live personal calendar feed, if any' })
  myCalendarFeed(@CurrentUser() user: User): Promise<CalendarFeedStatus | null> {
    return this.feeds.status(user.id);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => CalendarFeedSecret, {
    description:
      'Creates my personal calendar feed (followed editions, their deadlines, my confirmed delegations), ' +
      'or replaces it: the previous address stops working. The address is returned this once.',
  })
  createCalendarFeed(
    @CurrentUser() user: User,
    @Args('language', { type: () => CalendarLanguage, defaultValue: CalendarLanguage.FR })
    language: CalendarLanguage,
  ): Promise<CalendarFeedSecret> {
    return this.feeds.rotate(user.id, language);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Revokes my personal calendar feed; false if there was none' })
  revokeCalendarFeed(@CurrentUser() user: User): Promise<boolean> {
    return this.feeds.revoke(user.id);
  }
}
