import {
  AppConfig,
  DEFAULT_DELIVERY,
  NotificationEvent,
  NotificationKind,
  WakeableLoop,
} from '@crossroads/core';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { newMessageId } from '../mail/message-id';
import { signUnsubscribe } from '../mail/unsubscribe-token';
import { DIGEST_KIND, DigestData } from '../digest/digest-kind';
import { Locale, RenderedMail, renderDigest, renderMail } from '../templates/render';

interface ClaimedRow {
  id: string;
  kind: NotificationKind | typeof DIGEST_KIND;
  event: NotificationEvent;
  data: Record<string, unknown>;
  message_id: string;
  email: string;
  locale: Locale;
  recipient_id: string;
  delivery: 'IMMEDIATE' | 'DIGEST' | 'OFF';
}

export const SENDER_BATCH_SIZE = 20;
const SMTP_CONNECTIONS = 4;
/** While a claimed row is being sent, other replicas leave it alone for this long. */
const LEASE_SECONDS = 120;
/** Kinds sent in the daily digest unless the member chose otherwise. */
const DIGEST_BY_DEFAULT = Object.entries(DEFAULT_DELIVERY)
  .filter(([, delivery]) => delivery === 'DIGEST')
  .map(([kind]) => kind);

/**
 * Emails pending notifications. Rows are claimed with FOR UPDATE SKIP LOCKED (replicas share the work) and,
 * in that same short transaction, given their Message-ID and a lease; the mail is then sent with that
 * Message-ID and the row marked SENT. A crash after sending but before marking re-sends the same Message-ID,
 * which mail clients collapse into one message. SMTP failures back off exponentially; a permanent refusal
 * of the recipient (5xx on RCPT) marks the address bounced on the account and stops retrying.
 */
@Injectable()
export class NotificationSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationSender.name);
  private transport: Transporter | undefined;
  private loop: WakeableLoop | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.NOTIFICATIONS_SENDER || !this.config.NOTIFICATIONS_EMAIL || !this.config.SMTP_URL)
      return;
    // A few pooled connections: a batch goes out in parallel without a TCP and TLS handshake per mail.
    this.transport = createTransport({
      url: this.config.SMTP_URL,
      pool: true,
      maxConnections: SMTP_CONNECTIONS,
      // A relay that stops answering must fail the attempt (and back off), never hold the sender.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    const url = (this.dataSource.options as { url?: string }).url;
    this.loop = new WakeableLoop({
      drain: () => this.drain(),
      pollMs: this.config.NOTIFICATIONS_POLL_MS,
      listen: url ? { url, channel: 'notification', name: 'notification' } : undefined,
    });
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
    this.transport?.close();
  }

  private get stopped(): boolean {
    return this.loop?.isStopped ?? false;
  }

  /** Sends batches until nothing is ready. Returns the mails sent. */
  async drain(): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        const rows = await this.claim();
        const results = await Promise.all(rows.map((row) => this.send(row)));
        total += results.filter(Boolean).length;
        if (rows.length < SENDER_BATCH_SIZE || this.stopped) return total;
      }
    } catch (error) {
      this.logger.warn(`Notification sender paused: ${(error as Error).message}`);
      return total;
    }
  }

  private async claim(): Promise<ClaimedRow[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedRow[] = await manager.query(
        `SELECT n.id, n.kind, n.event, n.data, n.message_id, n.recipient_id, u.email, u.locale,
                CASE WHEN u.email_bounced_at IS NOT NULL THEN 'OFF'
                     -- A disabled account is told only the decision on its account (a refused sign-up).
                     WHEN u.status <> 'ACTIVE' AND n.kind <> 'ACCOUNT_DECIDED' THEN 'OFF'
                     ELSE coalesce(p.delivery, CASE WHEN n.kind = ANY($2::text[]) THEN 'DIGEST' ELSE 'IMMEDIATE' END)
                END AS delivery
           FROM notification n
           JOIN app_user u ON u.id = n.recipient_id
           LEFT JOIN notification_preference p ON p.user_id = n.recipient_id AND p.kind = n.kind
          WHERE n.email_state = 'PENDING' AND n.available_at <= now()
          ORDER BY n.id LIMIT $1 FOR UPDATE OF n SKIP LOCKED`,
        [SENDER_BATCH_SIZE, DIGEST_BY_DEFAULT],
      );
      for (const row of rows) {
        if (row.delivery !== 'IMMEDIATE') {
          await manager.query(`UPDATE notification SET email_state = $2 WHERE id = $1`, [
            row.id,
            row.delivery === 'OFF' ? 'SKIPPED' : 'DIGEST',
          ]);
          continue;
        }
        row.message_id ??= newMessageId(this.config.MAIL_FROM);
        await manager.query(
          `UPDATE notification SET message_id = $2, attempts = attempts + 1,
                  available_at = now() + make_interval(secs => $3) WHERE id = $1`,
          [row.id, row.message_id, LEASE_SECONDS],
        );
      }
      return rows.filter((row) => row.delivery === 'IMMEDIATE');
    });
  }

  private async send(row: ClaimedRow): Promise<boolean> {
    const base = this.config.PUBLIC_URL.replace(/\/$/, '');
    const token = signUnsubscribe(this.config.jwtSecret, row.recipient_id, row.kind);
    const unsubscribe = `${base}/unsubscribe?token=${encodeURIComponent(token)}`;
    const mail = this.render(row, base, unsubscribe);
    try {
      await this.transport!.sendMail({
        from: this.config.MAIL_FROM,
        to: row.email,
        messageId: row.message_id,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: {
          'Content-Language': row.locale,
          'List-Unsubscribe': `<${unsubscribe}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
      await this.dataSource.query(
        `UPDATE notification SET email_state = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`,
        [row.id],
      );
      return true;
    } catch (error) {
      await this.failed(row, error as Error & { responseCode?: number; command?: string });
      return false;
    }
  }

  private render(row: ClaimedRow, base: string, unsubscribe: string): RenderedMail {
    const open = `${base}/notifications`;
    if (row.kind === DIGEST_KIND) {
      const data = row.data as unknown as DigestData;
      const items = data.items.map((item) => ({ ...item, url: `${base}${item.path}` }));
      return renderDigest(row.locale, items, data.total, { open, unsubscribe });
    }
    const path = typeof row.data.path === 'string' && row.data.path.startsWith('/') ? row.data.path : null;
    return renderMail(row.event, row.locale, row.data, {
      open: path ? `${base}${path}` : open,
      unsubscribe,
    });
  }

  private async failed(
    row: ClaimedRow,
    error: Error & { responseCode?: number; command?: string },
  ): Promise<void> {
    const message = error.message.slice(0, 500);
    if (error.responseCode && error.responseCode >= 500 && error.command === 'RCPT TO') {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE notification SET email_state = 'FAILED', last_error = $2 WHERE id = $1`, [
          row.id,
          message,
        ]);
        await manager.query(
          `UPDATE app_user SET email_bounced_at = now(), email_bounce_reason = $2 WHERE id = $1`,
          [row.recipient_id, message],
        );
      });
      return;
    }
    await this.dataSource.query(
      `UPDATE notification SET last_error = $2,
              available_at = now() + make_interval(secs => LEAST($3, power(2, attempts)))
        WHERE id = $1`,
      [row.id, message, this.config.NOTIFICATIONS_MAX_BACKOFF_SECONDS],
    );
    this.logger.warn(`Notification ${row.id} will be retried: ${message}`);
  }
}
