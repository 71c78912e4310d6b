import { AppConfig } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedSecret, CalendarFeedStatus, CalendarLanguage } from './calendar-feed.types';
import { FEED_TOKEN, hashFeedToken, newFeedToken } from './feed-token';

/** Personal feeds: created or rotated (the previous one revoked), revoked, and resolved from their token. */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async status(userId: string): Promise<CalendarFeedStatus | null> {
    const feed = await this.dataSource.getRepository(CalendarFeed).findOneBy({ userId, revokedAt: IsNull() });
    return feed && { createdAt: feed.createdAt };
  }

  /** A new secret address; the previous one, if any, stops working in the same transaction. */
  async rotate(userId: string, language: CalendarLanguage): Promise<CalendarFeedSecret> {
    const token = newFeedToken();
    const feed = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE calendar_feed SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
        [userId],
      );
      return manager.getRepository(CalendarFeed).save({ userId, tokenHash: hashFeedToken(token) });
    });
    const query = language === CalendarLanguage.EN ? '?lang=en' : '';
    return {
      createdAt: feed.createdAt,
      url: `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/calendar/feeds/${token}.ics${query}`,
    };
  }

  /** False when there was no live feed. */
  async revoke(userId: string): Promise<boolean> {
    const { affected } = await this.dataSource
      .getRepository(CalendarFeed)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    return (affected ?? 0) > 0;
  }

  /** The active account a live token belongs to, or null (unknown, revoked, malformed, account not active). */
  async accountOf(token: string): Promise<{ userId: string; personId: string | null } | null> {
    if (!FEED_TOKEN.test(token)) return null;
    const [row] = (await this.dataSource.query(
      `SELECT u.id AS "userId", u.person_id AS "personId"
         FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND u.status = 'ACTIVE'`,
      [hashFeedToken(token)],
    )) as { userId: string; personId: string | null }[];
    return row ?? null;
  }
}
