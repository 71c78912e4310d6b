import { Transform } from 'class-transformer';
import { availableParallelism } from 'node:os';
import { IsIn, IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';
import { BoolEnv, emptyToUndefined, IntEnv, OptionalStringEnv, OptionalUrlEnv } from './env-decorators';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The whole runtime configuration, read once from the environment and validated at boot.
 * Injected by class: `constructor(private readonly config: AppConfig)`.
 */
export class AppConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(255)
  HOST = '127.0.0.1';

  @IntEnv(0, 65535)
  PORT = 3000;

  @OptionalUrlEnv('postgres', 'postgresql')
  DATABASE_URL?: string;

  @OptionalUrlEnv('http', 'https')
  MEILI_URL?: string;

  @OptionalStringEnv(512)
  MEILI_API_KEY?: string;

  /** A search-only key for the `search` and `suggest` queries (MEILI_API_KEY indexes); required in production. */
  @OptionalStringEnv(200)
  MEILI_SEARCH_KEY?: string;

  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(1024)
  DATA_DIR = '.data';

  @OptionalStringEnv(1024)
  MEILI_BINARY?: string;

  @Transform(({ value }: { value: unknown }) => value ?? '')
  @IsString()
  @Matches(/^[a-z0-9_]{0,40}$/, { message: 'SEARCH_INDEX_PREFIX may hold only a-z, 0-9 and _ (40 at most)' })
  SEARCH_INDEX_PREFIX = '';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** SMTP relay for notification mail, e.g. smtp://user:pass@relay:587; required in production unless NOTIFICATIONS_EMAIL=false. */
  @OptionalUrlEnv('smtp', 'smtps')
  SMTP_URL?: string;

  @IsString()
  @MaxLength(254)
  MAIL_FROM = 'Crossroads <no-reply@crossroads.localhost>';

  /** The web app's public address, for links in emails and unsubscribe URLs (required in production; http://localhost:PORT otherwise). */
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  PUBLIC_URL = 'http://localhost:3000';

  @BoolEnv()
  NOTIFICATIONS_EMAIL = true;

  /** Run the notification sender in this process (like OUTBOX_RELAY). */
  @BoolEnv()
  NOTIFICATIONS_SENDER = true;

  @IntEnv(10, 600_000)
  NOTIFICATIONS_POLL_MS = 1_000;

  /** The longest wait between two attempts at a failing mail (exponential back-off up to this). */
  @IntEnv(1, 3_600)
  NOTIFICATIONS_MAX_BACKOFF_SECONDS = 300;

  /**
   * Run the scheduled notification jobs (deadline reminders, brochure reminders, daily digests, weekly partner
   * news) in this process. Replicas may all run them: each run holds a PostgreSQL advisory lock.
   */
  @BoolEnv()
  NOTIFICATIONS_SCHEDULER = true;

  /** How often the scheduled jobs look for work. */
  @IntEnv(1_000, 86_400_000)
  NOTIFICATIONS_SCHEDULE_MS = 300_000;

  /** The hour (Europe/Paris) daily digests are sent at. */
  @IntEnv(0, 23)
  DIGEST_HOUR = 8;

  /** The web inbox of the local mail catcher (set by `npm start`), printed at start. */
  @OptionalUrlEnv('http', 'https')
  MAIL_INBOX_URL?: string;

  /** The local mail catcher's web inbox port (`npm start`) when free, else any free one; 0 for any free one. */
  @IntEnv(0, 65535)
  MAIL_INBOX_PORT = 1080;

  @BoolEnv()
  OUTBOX_RELAY = true;

  @IntEnv(10, 60_000)
  OUTBOX_POLL_MS = 250;

  /**
   * Map tiles for the web app's maps ({z}/{x}/{y} template); OpenStreetMap's by default. Its origin is allowed
   * in the Content-Security-Policy.
   */
  @IsString()
  @MaxLength(500)
  @Matches(/^https:\/\/[^/\s]+\/\S*$/, { message: 'MAP_TILE_URL must be an https:// URL template' })
  MAP_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

  get mapTileOrigin(): string | undefined {
    return /^https:\/\/[^/]+/.exec(this.MAP_TILE_URL)?.[0];
  }

  /** A GraphQL request running longer stops resolving fields and answers TIMEOUT. */
  @IntEnv(1_000, 120_000)
  REQUEST_TIME_BUDGET_MS = 10_000;

  /**
   * Batches the relay keeps in flight at once: Meilisearch merges enqueued tasks into one indexing run, so a bulk
   * write is searchable at the engine's ingestion speed rather than one batch round trip at a time.
   */
  @IntEnv(1, 8)
  OUTBOX_RELAY_WORKERS = 4;

  /**
   * Searches the API sends to Meilisearch at once; more wait in the API, first come first served. Meilisearch runs
   * one search per core and slows down when it holds more (docs/BENCHMARKS.md, "Searches in flight"). Default:
   * twice this machine's cores, right for the embedded engine; where Meilisearch has its own machine, twice its
   * cores divided among the API replicas. At most 256, the default included (a machine past 128 cores).
   */
  @IntEnv(1, 256)
  MEILI_SEARCH_CONCURRENCY = Math.min(256, 2 * availableParallelism());

  /** Wake the relay on PostgreSQL NOTIFY when outbox rows commit (it still polls every OUTBOX_POLL_MS). */
  @BoolEnv()
  OUTBOX_LISTEN = true;

  @IntEnv(1, 100)
  DATABASE_POOL_SIZE = 10;

  /**
   * Signs access tokens. There is no default: production requires a strong one (load-config.ts); elsewhere
   * `npm start` generates one into DATA_DIR/secrets.json on its first start, and an app built without one
   * (tests, benchmarks) signs with a random secret of its own (jwt-secret.ts).
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must hold at least 32 characters' })
  @MaxLength(512)
  JWT_SECRET?: string;

  @IsString()
  @MaxLength(100)
  JWT_ISSUER = 'crossroads';

  @IsString()
  @MaxLength(100)
  JWT_AUDIENCE = 'crossroads-api';

  @IntEnv(60, 3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @IntEnv(1, 365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  @BoolEnv()
  @IsOptional()
  DEMO_DATA?: boolean;

  @IsString()
  @MinLength(8)
  @MaxLength(128)
  DEMO_PASSWORD = 'crossroads-demo';

  @IntEnv(1, 100_000)
  THROTTLE_LIMIT = 600;

  @IntEnv(1, 3600)
  THROTTLE_TTL_SECONDS = 60;

  @IntEnv(1, 10_000)
  LOGIN_THROTTLE_LIMIT = 20;

  /**
   * Behind a load balancer: which proxies to believe for the client address (Express "trust proxy": a hop count
   * such as 1, or addresses and names such as "uniquelocal"); rate limits count per client address.
   */
  @OptionalStringEnv(200)
  TRUST_PROXY?: string;

  /** Redis shared by every replica for the rate limits; in memory (per process) when unset. */
  @OptionalUrlEnv('redis', 'rediss')
  THROTTLE_REDIS_URL?: string;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Embedded services start only outside production, and only when no external URL is given. */
  /** Demo data (and demo accounts) are seeded on start outside production unless DEMO_DATA=false. */
  get seedsDemoData(): boolean {
    return !this.isProduction && this.DEMO_DATA !== false;
  }

  get usesEmbeddedServices(): boolean {
    return !this.isProduction && (!this.DATABASE_URL || !this.MEILI_URL);
  }

  /**
   * The database to connect to, set by then: from the environment, or by the launcher once embedded PostgreSQL runs
   * (loadConfig requires it in production). Reading it earlier is a bug, and says so.
   */
  get databaseUrl(): string {
    if (!this.DATABASE_URL) throw new Error('DATABASE_URL is not set: start the embedded services first');
    return this.DATABASE_URL;
  }

  /** The token-signing secret, set by then (createApp gives an app built without one a random one). */
  get jwtSecret(): string {
    if (!this.JWT_SECRET) throw new Error('JWT_SECRET is not set');
    return this.JWT_SECRET;
  }
}
