import { Public } from '@crossroads/auth';
import { AppConfig, NOTIFICATION_KINDS, NotificationKind } from '@crossroads/core';
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
    await this.dataSource.query(
      `INSERT INTO notification_preference (user_id, kind, delivery)
       SELECT id, $2, 'OFF' FROM app_user WHERE id = $1
       ON CONFLICT (user_id, kind) DO UPDATE SET delivery = 'OFF'`,
      [target.userId, target.kind],
    );
    res.status(200).type('html').send(unsubscribePage('done'));
  }

  private verify(token: unknown): { userId: string; kind: NotificationKind } | null {
    if (typeof token !== 'string') return null;
    const target = verifyUnsubscribe(this.config.jwtSecret, token);
    if (!target || !(NOTIFICATION_KINDS as readonly string[]).includes(target.kind)) return null;
    if (!/^[0-9a-f-]{36}$/.test(target.userId)) return null;
    return target as { userId: string; kind: NotificationKind };
  }
}
