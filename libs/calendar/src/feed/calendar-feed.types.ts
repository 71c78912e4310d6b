import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CalendarLanguage {
  FR = 'FR',
  EN = 'EN',
}
registerEnumType(CalendarLanguage, {
  name: 'CalendarLanguage',
  description: 'The language of a feed’s texts',
});

@ObjectType({ description: 'My personal calendar feed (its address is shown only when created)' })
export class CalendarFeedStatus {
  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A new personal feed: its secret address, shown this once' })
export class CalendarFeedSecret extends CalendarFeedStatus {
  @Field({ description: 'The iCalendar address to subscribe to; anyone holding it can read the feed' })
  url: string;
}
