import { Logger } from '@nestjs/common';
import { Client } from 'pg';

export const OUTBOX_CHANNEL = 'search_outbox';
const RECONNECT_MS = 5_000;

/**
 * A dedicated connection (outside the pool) that LISTENs for the outbox trigger's NOTIFY and calls `onWake`.
 * Best effort: if the connection drops, it reconnects every few seconds; the relay's polling covers the gap.
 */
export class OutboxListener {
  private readonly logger = new Logger(OutboxListener.name);
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
      application_name: 'crossroads-outbox-listener',
    });
    client.on('notification', () => this.onWake());
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
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
    this.logger.warn(`Outbox listener lost (${reason}); polling only until it reconnects`);
    this.retry = setTimeout(() => void this.start(), RECONNECT_MS);
  }
}
