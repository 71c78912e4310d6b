import { AuthModule } from '@crossroads/auth';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarController } from './calendar.controller';
import { CalendarFeedPersonalData } from './feed/calendar-feed-personal-data';
import { CalendarFeed } from './feed/calendar-feed.entity';
import { CalendarFeedResolver } from './feed/calendar-feed.resolver';
import { CalendarFeedService } from './feed/calendar-feed.service';
import { CalendarDataService } from './ics/calendar-data.service';

export const CALENDAR_ENTITIES = [CalendarFeed];

/** iCalendar feeds of editions, deadlines and delegations; personal feeds at secret, revocable addresses. */
@Module({
  imports: [AuthModule, TypeOrmModule.forFeature(CALENDAR_ENTITIES)],
  controllers: [CalendarController],
  providers: [CalendarDataService, CalendarFeedService, CalendarFeedResolver, CalendarFeedPersonalData],
})
export class CalendarModule {}
