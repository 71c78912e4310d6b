import { PgChannelListener } from '../database/pg-channel-listener';

export interface WakeableLoopOptions {
  /** One pass over the ready work (it loops itself while full batches come back); never throws. */
  drain: () => Promise<unknown>;
  /** The wait between passes when nothing woke the loop: it retries backed-off rows, covers a lost listener. */
  pollMs: number;
  /** A NOTIFY channel that wakes the loop at once (a trigger's NOTIFY at commit), and the listener's label. */
  listen?: { url: string; channel: string; name: string };
}

/**
 * The loop behind the search relay and the notification sender: a pass at start, a pass every `pollMs`, a pass
 * at once when a NOTIFY comes (or right after the current one, which a wake never overlaps), and, on stop, no
 * new pass: `stop` waits for the current one to end.
 */
export class WakeableLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private wakeRequested = false;
  private stopped = false;
  private listener: PgChannelListener | undefined;

  constructor(private readonly options: WakeableLoopOptions) {}

  /** True once `stop` was called: a drain checks it between batches to end early. */
  get isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    this.schedule(0);
    const listen = this.options.listen;
    if (!listen) return;
    this.listener = new PgChannelListener(listen.url, listen.channel, listen.name, () => this.wake());
    void this.listener.start();
  }

  /** Drain now: at once when idle, right after the current pass otherwise. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.listener?.stop();
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.wakeRequested = false;
      this.running = this.options.drain().finally(() => {
        this.running = undefined;
        this.schedule(this.wakeRequested ? 0 : this.options.pollMs);
      });
    }, delayMs);
  }
}
