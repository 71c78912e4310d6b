import { databaseOptions, migrateDatabase } from '@crossroads/core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { Query } from 'typeorm/driver/Query';
import { ALL_ENTITIES } from '../entities';

const MIGRATIONS_DIR = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'libs',
  'core',
  'src',
  'database',
  'migrations',
);

async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await new DataSource(databaseOptions(url, ALL_ENTITIES, 2)).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export function migrate(url: string): Promise<string[]> {
  return migrateDatabase(url);
}

export function revertLastMigration(url: string): Promise<void> {
  return withDataSource(url, (dataSource) => dataSource.undoLastMigration({ transaction: 'each' }));
}

const escape = (sql: string) => sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
const statement = (sql: string) => `    await db.query(\`${escape(sql)}\`);`;

/**
 * The SQL migrations are the schema's source of truth: they declare foreign keys and indexes the entities do not
 * model (foreign keys, checks, partial and expression indexes), which TypeORM's diff would otherwise propose to drop:
 * drops are left out of generated migrations, so removing a constraint is written by hand.
 */
const UNMODELLED_DROP = /^(ALTER TABLE "\w+" DROP CONSTRAINT "\w+"|DROP INDEX "public"\."\w+")$/;

/** The SQL that would bring the schema at `url` to the entities, unmodelled drops left out. */
export function schemaChanges(url: string): Promise<{ upQueries: Query[]; downQueries: Query[] }> {
  return withDataSource(url, async (dataSource) => {
    const log = await dataSource.driver.createSchemaBuilder().log();
    const kept = log.upQueries.map((q) => !UNMODELLED_DROP.test(q.query.trim()));
    return {
      upQueries: log.upQueries.filter((_q, i) => kept[i]),
      downQueries: log.downQueries.filter((_q, i) => kept[i]),
    };
  });
}

/** Writes a migration with the SQL that brings the schema to the entities; returns its path, or null if none. */
export async function generateMigration(url: string, name: string): Promise<string | null> {
  const { upQueries, downQueries } = await schemaChanges(url);
  if (upQueries.length === 0) return null;
  const timestamp = Date.now();
  const className = `${name.replace(/(^|-)(\w)/g, (_match, _dash, c: string) => c.toUpperCase())}${timestamp}`;
  const up = upQueries.map((q) => statement(q.query)).join('\n');
  const down = [...downQueries]
    .reverse()
    .map((q) => statement(q.query))
    .join('\n');
  const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(db: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(db: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  return file;
}
