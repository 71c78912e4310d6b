import { Logger } from '@nestjs/common';
import { Client } from 'pg';

export const NOTIFICATION_CHANNEL = 'notification';
const RECONNECT_MS = 5_000;

/**
 * A dedicated connection (outside the pool) that LISTENs for the notification trigger's NOTIFY and calls `onWake`.
 * Best effort: if the connection drops, it reconnects every few seconds; the sender's polling covers the gap.
 */
export class NotificationListener {
  private readonly logger = new Logger(NotificationListener.name);
  private client: Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly onWake: () => void,
  ) {}

  async start(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.connectionString,
      application_name: 'crossroads-notification-listener',
    });
    client.on('notification', () => this.onWake());
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
      // Rows committed while nobody listened: one drain picks them up.
      this.onWake();
    } catch (error) {
      this.lost(client, (error as Error).message);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private lost(client: Client, reason: string): void {
    if (this.client !== client || this.stopped) return;
    this.client = undefined;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    this.logger.warn(`Notification listener lost (${reason}); polling only until it reconnects`);
    this.retry = setTimeout(() => void this.start(), RECONNECT_MS);
  }
}
