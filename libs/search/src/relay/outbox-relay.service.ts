import { AppConfig, isDataException, SearchDocumentType, WakeableLoop } from '@crossroads/core';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { IndexSettingsService } from '../indexes/index-settings.service';
import { SearchIndexes } from '../indexes/search-indexes';
import { DocumentSync, RejectedDocumentsError } from './document-sync';

interface ClaimedRow {
  id: string;
  document_type: SearchDocumentType;
  document_id: string;
}

/** A claim while the outbox holds a few rows: small, so a single edit is sent at once. */
export const RELAY_BATCH_SIZE = 500;
/**
 * A claim once a full batch showed a backlog (a seed, an import): Meilisearch indexes a few large tasks much
 * faster than many small ones (docs/BENCHMARKS.md, bulk relay lag). DocumentSync sends it in smaller tasks.
 */
export const RELAY_BULK_BATCH_SIZE = 20_000;
/** Lanes of the outbox: `search_outbox_lane(document_type, document_id)`, 0–63 (migration OutboxLanes1765200000000). */
export const RELAY_LANES = 64;
/** First key of the relay's two-key advisory locks (pg_try_advisory_xact_lock(space, lane)); the second is the lane. */
export const RELAY_LANE_LOCK_SPACE = 0x6f7574; // 'out'
const MAX_BACKOFF_SECONDS = 60;
/**
 * Days back the daily pass looks for documents the date changed: a relay stopped over a few days (or a replica that
 * missed a day) still catches up; a document queued again on later days is only sent again.
 */
export const DATED_CATCH_UP_DAYS = 7;

/**
 * Moves outbox rows into Meilisearch. A batch locks some of the outbox's lanes until it commits and claims ready
 * rows of those lanes only, so batches in flight (workers, replicas) never share a document and a document's
 * changes go out in order. Documents are re-read from PostgreSQL at send time, and rows are deleted only once
 * Meilisearch has applied them; on failure they wait with exponential backoff. A row is never lost while Meilisearch is down.
 * It polls every OUTBOX_POLL_MS and, with OUTBOX_LISTEN, is also woken by the outbox trigger's NOTIFY, so a
 * change is relayed as soon as it commits; polling still retries backed-off rows and covers a lost listener.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private loop: WakeableLoop | undefined;
  /** PostgreSQL's `current_date` when the documents the date changes were last queued. */
  private datedOn: string | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly indexes: SearchIndexes,
    private readonly settings: IndexSettingsService,
    private readonly documents: DocumentSync,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.OUTBOX_RELAY) return;
    const url = (this.dataSource.options as { url?: string }).url;
    this.loop = new WakeableLoop({
      drain: () => this.drain(),
      pollMs: this.config.OUTBOX_POLL_MS,
      listen:
        this.config.OUTBOX_LISTEN && url ? { url, channel: 'search_outbox', name: 'outbox' } : undefined,
    });
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }

  private get stopped(): boolean {
    return this.loop?.isStopped ?? false;
  }

  /**
   * Relays batches until the outbox has nothing ready, OUTBOX_RELAY_WORKERS batches in flight, each on its share of
   * the lanes. Returns the rows relayed.
   */
  async drain(): Promise<number> {
    try {
      await this.settings.ready();
    } catch (error) {
      this.logger.warn(`Outbox relay paused: ${(error as Error).message}`);
      return 0;
    }
    try {
      // One cheap read when idle, instead of a transaction per worker every poll (the API's CPU: docs/BENCHMARKS.md).
      const { ready, today } = await this.readyRows();
      if (today !== this.datedOn) {
        await this.queueDocumentsChangedByDate();
        this.datedOn = today;
      } else if (!ready) return 0;
      // A small batch first, on the lanes of the oldest rows: a single edit goes out at once; a full one means a
      // backlog, drained in bulk.
      const first = await this.relayBatch(RELAY_BATCH_SIZE, RELAY_LANES);
      if (first < RELAY_BATCH_SIZE || this.stopped) return first;
    } catch (error) {
      this.logger.warn(`Outbox relay paused: ${(error as Error).message}`);
      return 0;
    }
    const workers = Array.from({ length: this.config.OUTBOX_RELAY_WORKERS }, () => this.drainOneAtATime());
    const counts = await Promise.all(workers);
    return RELAY_BATCH_SIZE + counts.reduce((sum, count) => sum + count, 0);
  }

  private async readyRows(): Promise<{ ready: boolean; today: string }> {
    const [row] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM search_outbox WHERE available_at <= now()) AS ready, current_date::text AS today`,
    )) as { ready: boolean; today: string }[];
    return row;
  }

  /**
   * Queues the documents that changed with the date alone (a membership over since its last day), which no write
   * queued: at the relay's first poll of each day (PostgreSQL's date). Returns how many were queued.
   */
  async queueDocumentsChangedByDate(): Promise<number> {
    let queued = 0;
    for (const definition of this.indexes.all) {
      if (!definition.changedByDate) continue;
      const rows = (await this.dataSource.query(
        `INSERT INTO search_outbox (document_type, document_id)
         SELECT $1, changed.id::text FROM (${definition.changedByDate(DATED_CATCH_UP_DAYS)}) changed
         RETURNING document_id`,
        [definition.documentType],
      )) as unknown[];
      queued += rows.length;
    }
    return queued;
  }

  private async drainOneAtATime(): Promise<number> {
    const lanes = Math.ceil(RELAY_LANES / this.config.OUTBOX_RELAY_WORKERS);
    let total = 0;
    try {
      for (;;) {
        const relayed = await this.relayBatch(RELAY_BULK_BATCH_SIZE, lanes);
        total += relayed;
        // A short batch may only mean few free lanes (another replica's batches hold the rest): stop on none.
        if (relayed === 0 || this.stopped) return total;
      }
    } catch (error) {
      this.logger.warn(`Outbox relay paused: ${(error as Error).message}`);
      return total;
    }
  }

  /**
   * One batch: up to `lanes` lanes, among those of the `size` oldest ready rows, that no other batch holds, and up to
   * `size` of their ready rows, oldest first. Returns how many rows were relayed (0 when none were ready or free, or
   * none could be sent). READ COMMITTED, explicitly: each statement must see what the lane's previous holder committed.
   */
  async relayBatch(size = RELAY_BATCH_SIZE, lanes = RELAY_LANES): Promise<number> {
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      const held = await this.lockLanes(manager, size, lanes);
      if (held.length === 0) return 0;
      const rows: ClaimedRow[] = await manager.query(
        `SELECT id, document_type, document_id FROM search_outbox
          WHERE search_outbox_lane(document_type, document_id) = ANY($1::smallint[]) AND available_at <= now()
          ORDER BY id LIMIT $2`,
        [held, size],
      );
      if (rows.length === 0) return 0;
      const failures = await this.sendIsolating(manager, rows);
      const failed = new Set(failures.flatMap((failure) => failure.rows.map((row) => row.id)));
      const sent = rows.filter((row) => !failed.has(row.id)).map((row) => row.id);
      if (sent.length > 0)
        await manager.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [sent]);
      for (const { rows: held, error } of failures) {
        await manager.query(
          `UPDATE search_outbox SET attempts = attempts + 1, last_error = left($2, 1000),
                  available_at = now() + make_interval(secs => LEAST($3, power(2, attempts)))
            WHERE id = ANY($1::bigint[])`,
          [held.map((row) => row.id), error.message, MAX_BACKOFF_SECONDS],
        );
        this.logger.warn(`Outbox rows (${held.length} of ${rows.length}) will be retried: ${error.message}`);
      }
      return sent.length;
    });
  }

  /**
   * Sends the documents of `rows` under a savepoint, so a database error (which aborts the transaction) still
   * leaves the backoff to be written. When a document caused the failure (Meilisearch rejected it, PostgreSQL
   * refused a value), the rows are split in halves by document and each half sent again, so one bad document holds
   * back only its own rows; when Meilisearch cannot be reached, all of them wait. Returns the rows not sent, and why.
   */
  private async sendIsolating(manager: EntityManager, rows: ClaimedRow[]): Promise<SendFailure[]> {
    await manager.query('SAVEPOINT relay_part');
    try {
      await this.send(manager, rows);
      await manager.query('RELEASE SAVEPOINT relay_part');
      return [];
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT relay_part');
      await manager.query('RELEASE SAVEPOINT relay_part');
      const documents = [...groupByDocument(rows).values()];
      if (documents.length < 2 || !causedByDocument(error)) return [{ rows, error: error as Error }];
      const half = Math.ceil(documents.length / 2);
      return [
        ...(await this.sendIsolating(manager, documents.slice(0, half).flat())),
        ...(await this.sendIsolating(manager, documents.slice(half).flat())),
      ];
    }
  }

  private async send(manager: EntityManager, rows: ClaimedRow[]): Promise<void> {
    for (const [type, ids] of groupByType(rows)) {
      const definition = this.indexes.byDocumentType(type);
      if (!definition) {
        this.logger.warn(`Dropping outbox rows of unknown document type "${type}"`);
        continue;
      }
      await this.documents.sync(manager, definition, ids);
    }
  }

  /**
   * Locks, until commit, up to `count` lanes that no other batch holds, among the lanes of the `size` oldest ready
   * rows (oldest first): a single edit locks its own lane only. The lanes are listed first (a materialized CTE), so
   * a lock is only tried, and taken, on a lane worth holding, and LIMIT stops the trying.
   */
  private async lockLanes(manager: EntityManager, size: number, count: number): Promise<number[]> {
    const rows = (await manager.query(
      `WITH ready AS MATERIALIZED (
         SELECT lane FROM (
           SELECT search_outbox_lane(document_type, document_id) AS lane, id FROM search_outbox
            WHERE available_at <= now() ORDER BY id LIMIT $1) oldest
          GROUP BY lane ORDER BY min(id))
       SELECT lane FROM ready WHERE pg_try_advisory_xact_lock($2::int, lane) LIMIT $3`,
      [size, RELAY_LANE_LOCK_SPACE, count],
    )) as { lane: number }[];
    return rows.map((row) => row.lane);
  }
}

interface SendFailure {
  rows: ClaimedRow[];
  error: Error;
}

/** PostgreSQL's data exceptions (class 22: a malformed id, a value out of range) and Meilisearch's refusals. */
function causedByDocument(error: unknown): boolean {
  return error instanceof RejectedDocumentsError || isDataException(error);
}

/** The rows of each document, in the order the documents first appear. */
function groupByDocument(rows: ClaimedRow[]): Map<string, ClaimedRow[]> {
  const groups = new Map<string, ClaimedRow[]>();
  for (const row of rows) {
    const key = `${row.document_type}:${row.document_id}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

function groupByType(rows: ClaimedRow[]): Map<SearchDocumentType, string[]> {
  const groups = new Map<SearchDocumentType, Set<string>>();
  for (const row of rows) {
    const ids = groups.get(row.document_type) ?? new Set<string>();
    ids.add(row.document_id);
    groups.set(row.document_type, ids);
  }
  return new Map([...groups].map(([type, ids]) => [type, [...ids]]));
}
