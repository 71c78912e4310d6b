import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { NOTIFICATION_KINDS } from '@crossroads/core';
import { NotificationKindEnum } from '../inbox/notification.model';

export enum Delivery {
  IMMEDIATE = 'IMMEDIATE',
  DIGEST = 'DIGEST',
  OFF = 'OFF',
}
registerEnumType(Delivery, {
  name: 'NotificationDelivery',
  description: 'By mail at once, in the daily digest, or not by mail (the app still lists it)',
});

export enum Language {
  fr = 'fr',
  en = 'en',
}
registerEnumType(Language, { name: 'Language' });

@ObjectType()
export class NotificationPreference {
  @Field(() => NotificationKindEnum)
  kind: string;

  @Field(() => Delivery)
  delivery: Delivery;

  @Field({ description: 'True when I have not chosen: the default applies' })
  isDefault: boolean;
}

@ObjectType({ description: 'How I am told: language, per-kind delivery, the digest hour' })
export class NotificationSettings {
  @Field(() => Language)
  language: Language;

  @Field(() => [NotificationPreference])
  preferences: NotificationPreference[];

  @Field({ description: 'The hour (Europe/Paris) the daily digest is sent at' })
  digestHour: number;

  @Field(() => Date, { nullable: true, description: 'Set when my address bounced: no mail is sent to it' })
  emailBouncedAt: Date | null;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKindEnum)
  @IsIn(NOTIFICATION_KINDS)
  kind: string;

  @Field(() => Delivery)
  @IsIn(Object.values(Delivery))
  delivery: Delivery;
}
