import { Logger } from '@nestjs/common';
import { Client } from 'pg';

const RECONNECT_MS = 5_000;

/**
 * A dedicated connection (outside the pool) that LISTENs on one channel (a trigger's NOTIFY at commit) and calls
 * `onWake`: how the search relay and the notification sender learn of new rows at once. Best effort: if the
 * connection drops, it reconnects every few seconds; the caller's polling covers the gap.
 */
export class PgChannelListener {
  private readonly logger = new Logger(PgChannelListener.name);
  private client: Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  /** `name` labels the connection (application_name `crossroads-<name>-listener`) and its log lines. */
  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly name: string,
    private readonly onWake: () => void,
  ) {}

  async start(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.connectionString,
      application_name: `crossroads-${this.name}-listener`,
    });
    client.on('notification', () => this.onWake());
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
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
    this.logger.warn(
      `The ${this.name} listener lost its connection (${reason}); polling only until it reconnects`,
    );
    this.retry = setTimeout(() => void this.start(), RECONNECT_MS);
  }
}
