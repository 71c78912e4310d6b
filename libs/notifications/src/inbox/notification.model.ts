import { Connection, NOTIFICATION_EVENT_NAMES, NOTIFICATION_KINDS } from '@crossroads/core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const NotificationEventEnum = Object.fromEntries(NOTIFICATION_EVENT_NAMES.map((e) => [e, e]));
registerEnumType(NotificationEventEnum, {
  name: 'NotificationEvent',
  description: 'What happened; the web app words each event in the reader’s language',
});
export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k]));
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'A family of events: preferences and unsubscribe links are per kind',
});

@ObjectType({ description: 'One value a notification shows, e.g. companyName' })
export class NotificationParam {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType({ description: 'Something that concerns me, in the app (and by mail, as I chose)' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationEventEnum)
  event: string;

  @Field(() => NotificationKindEnum)
  kind: string;

  @Field(() => [NotificationParam], { description: 'The values the text shows' })
  params: NotificationParam[];

  @Field({ description: 'Where it leads in the web app, e.g. /me/invitations' })
  path: string;

  @Field({ description: 'Default wording, in my account’s language' })
  text: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}
