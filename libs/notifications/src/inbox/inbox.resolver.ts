import { CurrentUser, SignedIn, User } from '@crossroads/auth';
import { AppError, ConnectionArgs } from '@crossroads/core';
import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { Locale } from '../templates/render';
import { InboxService, MAX_MARK_READ } from './inbox.service';
import { Notification, NotificationConnection } from './notification.model';

@ArgsType()
class MyNotificationsArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Only the unread ones' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

const ID_PATTERN = /^[1-9][0-9]{0,17}$/;

@Resolver(() => Notification)
export class InboxResolver {
  constructor(private readonly inbox: InboxService) {}

  @SignedIn()
  @Query(() => NotificationConnection, { description: 'My notifications, newest first' })
  myNotifications(@Args() args: MyNotificationsArgs, @CurrentUser() user: User) {
    return this.inbox.list(user.id, localeOf(user), args);
  }

  @SignedIn()
  @Query(() => Int, { description: 'How many of my notifications are unread (the bell)' })
  unreadNotificationCount(@CurrentUser() user: User): Promise<number> {
    return this.inbox.unreadCount(user.id);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks some of my notifications read; returns how many changed' })
  markNotificationsRead(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @CurrentUser() user: User,
  ): Promise<number> {
    if (ids.length === 0 || ids.length > MAX_MARK_READ || !ids.every((id) => ID_PATTERN.test(id)))
      throw AppError.badInput(`Give 1 to ${MAX_MARK_READ} notification ids`, [
        { field: 'ids', message: `1 to ${MAX_MARK_READ} notification ids` },
      ]);
    return this.inbox.markRead(user.id, ids);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks all my notifications read; returns how many changed' })
  markAllNotificationsRead(@CurrentUser() user: User): Promise<number> {
    return this.inbox.markRead(user.id, null);
  }
}

export const localeOf = (user: User): Locale => (user.locale === 'en' ? 'en' : 'fr');
