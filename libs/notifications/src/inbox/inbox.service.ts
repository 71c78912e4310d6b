import { ConnectionArgs, NotificationEvent, pageRequest, toConnection } from '@crossroads/core';
import type { ConnectionShape } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DIGEST_KIND } from '../digest/digest-kind';
import { Locale, renderText } from '../templates/render';
import { Notification } from './notification.model';

interface Row {
  id: string;
  event: NotificationEvent;
  kind: string;
  data: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
}

/** The most ids one "mark read" takes. */
export const MAX_MARK_READ = 100;

/** A member's notifications in the app: listed newest first, counted unread, marked read. Digests are mail only. */
@Injectable()
export class InboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(
    userId: string,
    locale: Locale,
    args: ConnectionArgs & { unreadOnly?: boolean },
  ): Promise<ConnectionShape<Notification>> {
    const page = pageRequest(args);
    const where = `recipient_id = $1 AND kind <> '${DIGEST_KIND}'${args.unreadOnly ? ' AND read_at IS NULL' : ''}`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT id::text, event, kind, data, created_at, read_at FROM notification WHERE ${where}
          ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT $3`,
        [userId, page.offset, page.limit],
      ) as Promise<Row[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM notification WHERE ${where}`, [
        userId,
      ]) as Promise<{ total: number }[]>,
    ]);
    return toConnection(
      rows.map((row) => toNotification(row, locale)),
      total,
      page,
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notification
        WHERE recipient_id = $1 AND read_at IS NULL AND kind <> '${DIGEST_KIND}'`,
      [userId],
    )) as { n: number }[];
    return n;
  }

  /** Marks the given notifications of this member read; others' ids are ignored. Returns how many changed. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, changed] = (await this.dataSource.query(
      `UPDATE notification SET read_at = now()
        WHERE recipient_id = $1 AND read_at IS NULL AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[]))`,
      [userId, ids],
    )) as [unknown[], number];
    return changed;
  }
}

function toNotification(row: Row, locale: Locale): Notification {
  const { path, ...params } = row.data;
  const rendered = renderText(row.event, locale, params);
  return {
    id: row.id,
    event: row.event,
    kind: row.kind,
    params: Object.entries(params)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([name, value]) => ({ name, value: String(value) })),
    path: typeof path === 'string' && path.startsWith('/') ? path : '/notifications',
    text: rendered.body,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
