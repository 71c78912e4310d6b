import { AppConfig, DEFAULT_DELIVERY, NOTIFICATION_KINDS, NotificationKind } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Delivery, Language, NotificationSettings } from './preferences.model';

@Injectable()
export class PreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async settings(userId: string): Promise<NotificationSettings> {
    const [[account], chosen] = await Promise.all([
      this.dataSource.query(`SELECT locale, email_bounced_at FROM app_user WHERE id = $1`, [
        userId,
      ]) as Promise<{ locale: string; email_bounced_at: Date | null }[]>,
      this.dataSource.query(`SELECT kind, delivery FROM notification_preference WHERE user_id = $1`, [
        userId,
      ]) as Promise<{ kind: NotificationKind; delivery: Delivery }[]>,
    ]);
    const byKind = new Map(chosen.map((row) => [row.kind, row.delivery]));
    return {
      language: account.locale === 'en' ? Language.en : Language.fr,
      digestHour: this.config.DIGEST_HOUR,
      emailBouncedAt: account.email_bounced_at,
      preferences: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        delivery: byKind.get(kind) ?? (DEFAULT_DELIVERY[kind] as Delivery),
        isDefault: !byKind.has(kind),
      })),
    };
  }

  async set(
    userId: string,
    changes: { language?: Language; preferences?: { kind: string; delivery: Delivery }[] },
  ): Promise<NotificationSettings> {
    await this.dataSource.transaction(async (manager) => {
      if (changes.language)
        await manager.query(`UPDATE app_user SET locale = $2 WHERE id = $1`, [userId, changes.language]);
      const preferences = changes.preferences ?? [];
      if (preferences.length)
        await manager.query(
          `INSERT INTO notification_preference (user_id, kind, delivery)
           SELECT $1, * FROM unnest($2::text[], $3::text[])
           ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`,
          [userId, preferences.map((p) => p.kind), preferences.map((p) => p.delivery)],
        );
    });
    return this.settings(userId);
  }
}
