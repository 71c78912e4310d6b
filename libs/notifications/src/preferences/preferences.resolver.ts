import { CurrentUser, SignedIn, User } from '@crossroads/auth';
import { AppError, NOTIFICATION_KINDS } from '@crossroads/core';
import { Args, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { Language, NotificationPreferenceInput, NotificationSettings } from './preferences.model';
import { PreferencesService } from './preferences.service';

@InputType()
class NotificationSettingsInput {
  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Language))
  language?: Language;

  @Field(() => [NotificationPreferenceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences?: NotificationPreferenceInput[];
}

@Resolver(() => NotificationSettings)
export class PreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @SignedIn()
  @Query(() => NotificationSettings, { description: 'How I am told of what concerns me' })
  myNotificationSettings(@CurrentUser() user: User): Promise<NotificationSettings> {
    return this.preferences.settings(user.id);
  }

  @SignedIn()
  @Mutation(() => NotificationSettings, { description: 'Changes my language and how each kind reaches me' })
  updateMyNotificationSettings(
    @Args('input') input: NotificationSettingsInput,
    @CurrentUser() user: User,
  ): Promise<NotificationSettings> {
    const kinds = (input.preferences ?? []).map((p) => p.kind);
    if (new Set(kinds).size !== kinds.length)
      throw AppError.badInput('Each kind at most once', [
        { field: 'preferences', message: 'repeats a kind' },
      ]);
    return this.preferences.set(user.id, input);
  }
}
