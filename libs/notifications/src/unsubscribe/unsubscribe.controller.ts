import { Public } from '@crossroads/auth';
import { AppConfig, DEFAULT_DELIVERY, NOTIFICATION_KINDS, NotificationKind } from '@crossroads/core';
import { DIGEST_KIND } from '../digest/digest-kind';
import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { verifyUnsubscribe } from '../mail/unsubscribe-token';
import { unsubscribePage } from './unsubscribe-page';

/**
 * RFC 8058 one-click unsubscribe: mail clients POST to the List-Unsubscribe URL; a person following the link
 * gets a confirmation page whose button POSTs. The token is an HMAC over account and kind.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  show(@Query('token') token: unknown, @Res() res: Response): void {
    const target = this.verify(token);
    if (!target) {
      res.status(400).type('html').send(unsubscribePage('refused'));
      return;
    }
    res
      .status(200)
      .type('html')
      .send(unsubscribePage('confirm', token as string));
  }

  @Public()
  @Post()
  @HttpCode(200)
  async unsubscribe(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const target = this.verify(token);
    if (!target) {
      res.status(400).type('html').send(unsubscribePage('refused'));
      return;
    }
    // A digest's link turns off every kind the member receives in the digest.
    const kinds = target.kind === DIGEST_KIND ? await this.digestKinds(target.userId) : [target.kind];
    await this.dataSource.query(
      `INSERT INTO notification_preference (user_id, kind, delivery)
       SELECT id, unnest($2::text[]), 'OFF' FROM app_user WHERE id = $1
       ON CONFLICT (user_id, kind) DO UPDATE SET delivery = 'OFF'`,
      [target.userId, kinds],
    );
    res.status(200).type('html').send(unsubscribePage('done'));
  }

  private async digestKinds(userId: string): Promise<NotificationKind[]> {
    const chosen = (await this.dataSource.query(
      `SELECT kind, delivery FROM notification_preference WHERE user_id = $1`,
      [userId],
    )) as { kind: NotificationKind; delivery: string }[];
    const delivery = new Map(chosen.map((row) => [row.kind, row.delivery]));
    return NOTIFICATION_KINDS.filter((kind) => (delivery.get(kind) ?? DEFAULT_DELIVERY[kind]) === 'DIGEST');
  }

  private verify(token: unknown): { userId: string; kind: NotificationKind | typeof DIGEST_KIND } | null {
    if (typeof token !== 'string') return null;
    const target = verifyUnsubscribe(this.config.jwtSecret, token);
    const kinds: readonly string[] = [...NOTIFICATION_KINDS, DIGEST_KIND];
    if (!target || !kinds.includes(target.kind)) return null;
    if (!/^[0-9a-f-]{36}$/.test(target.userId)) return null;
    return target as { userId: string; kind: NotificationKind | typeof DIGEST_KIND };
  }
}
