import { PersonalDataContributor, PersonalDataSection, PersonalDataSubject } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarFeed } from './calendar-feed.entity';

/** The calendars' share: when the account's feed addresses were made and revoked (never the tokens). */
@Injectable()
@PersonalDataSection({ section: 'calendar', eraseOrder: 20 })
export class CalendarFeedPersonalData implements PersonalDataContributor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export({ userId }: PersonalDataSubject) {
    const feeds = await this.dataSource
      .getRepository(CalendarFeed)
      .find({ where: { userId }, order: { createdAt: 'ASC' } });
    return { feeds: feeds.map(({ createdAt, revokedAt }) => ({ createdAt, revokedAt })) };
  }

  async erase(manager: EntityManager, { userId }: PersonalDataSubject): Promise<void> {
    await manager.delete(CalendarFeed, { userId });
  }
}
