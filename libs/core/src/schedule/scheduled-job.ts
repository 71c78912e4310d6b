import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';

/**
 * A job that runs every NOTIFICATIONS_SCHEDULE_MS in each API process, one process at a time: each run holds a
 * transaction-scoped PostgreSQL advisory lock, so replicas skip a run another one is doing. Jobs must be
 * idempotent (their notifications carry event keys), so a run repeated after a crash tells nobody twice.
 * Tests call `runOnce(now)` with the instant they want. A job that needs nothing more than the database and the
 * configuration declares no constructor: it inherits this one's injection.
 */
@Injectable()
export abstract class ScheduledJob implements OnApplicationBootstrap, OnApplicationShutdown {
  protected abstract readonly name: string;
  /** Unique per job: the advisory lock's key. */
  protected abstract readonly lockKey: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly logger = new Logger('ScheduledJob');

  constructor(
    @InjectDataSource() protected readonly dataSource: DataSource,
    protected readonly config: AppConfig,
  ) {}

  /** Does the work due at `now` inside the locked transaction; returns how many notifications it wrote. */
  protected abstract work(manager: EntityManager, now: Date): Promise<number>;

  onApplicationBootstrap(): void {
    if (!this.config.NOTIFICATIONS_SCHEDULER) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce(new Date())
        .catch((error: Error) => this.logger.warn(`${this.name} failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, this.config.NOTIFICATIONS_SCHEDULE_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One run; null when another process holds the job's lock. */
  runOnce(now: Date): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [
        this.lockKey,
      ])) as { locked: boolean }[];
      if (!locked) return null;
      return this.work(manager, now);
    });
  }
}
