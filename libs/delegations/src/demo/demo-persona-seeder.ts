import * as argon2 from 'argon2';
import type { DataSource, QueryRunner } from 'typeorm';
import {
  insertDelegation,
  insertIntroduction,
  insertNotices,
  insertProfile,
  insertProjects,
} from './demo-persona-activity';
import { insertAccounts, insertCompanies, insertPeople } from './demo-persona-directory';
import { PERSONA_IDS } from './demo-personas';

export interface SeedPersonasResult {
  /** Accounts created (0 when the personas were there already). */
  accounts: number;
}

const SEED_LOCK = 727_110_004;
/** argon2id with the parameters of PasswordHasher (libs/auth). */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

interface Edition {
  id: string;
}

async function nextEdition(runner: QueryRunner, festival: string): Promise<Edition | null> {
  const rows = (await runner.query(
    `SELECT e.id FROM festival_edition e JOIN festival f ON f.id = e.festival_id
      WHERE f.slug = $1 AND e.ends_on >= current_date ORDER BY e.starts_on LIMIT 1`,
    [festival],
  )) as Edition[];
  return rows[0] ?? null;
}

/**
 * Seeds the personas in one transaction, once: when the producer's account exists nothing is written. Reads the
 * coming Annecy and Series Mania editions and the first site; the demo directory must be seeded first (its
 * seeder stops when it finds demo people, and these are demo people).
 */
export async function seedDemoPersonas(
  dataSource: DataSource,
  password: string,
): Promise<SeedPersonasResult> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock($1)`, [SEED_LOCK]);
    try {
      const [{ present }] = (await runner.query(
        `SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(email) = $1) OR EXISTS (SELECT 1 FROM company WHERE id = $2) AS present`,
        ['producer@example.org', PERSONA_IDS.producerCompany],
      )) as { present: boolean }[];
      if (present) return { accounts: 0 };
      const passwordHash = await argon2.hash(password, HASH_OPTIONS);
      const annecy = await nextEdition(runner, 'annecy');
      const seriesMania = await nextEdition(runner, 'series-mania');
      const [site] = (await runner.query(`SELECT id FROM site WHERE slug = 'plaine-images'`)) as {
        id: string;
      }[];
      await runner.startTransaction();
      try {
        await insertCompanies(runner, site?.id ?? null);
        await insertPeople(runner, site?.id ?? null);
        const users = await insertAccounts(runner, passwordHash);
        await insertProfile(
          runner,
          [annecy?.id, seriesMania?.id].filter((id): id is string => !!id),
        );
        await insertProjects(runner, users, annecy?.id ?? null, seriesMania?.id ?? null);
        await insertIntroduction(runner, users.producer);
        if (annecy) await insertDelegation(runner, annecy.id);
        await insertNotices(runner, users);
        await runner.query(
          `INSERT INTO search_outbox (document_type, document_id)
           SELECT 'person', unnest($1::text[]) UNION ALL SELECT 'company', unnest($2::text[])
           UNION ALL SELECT 'project', unnest($3::text[])`,
          [
            [PERSONA_IDS.producer, PERSONA_IDS.writer, PERSONA_IDS.partner, PERSONA_IDS.technician],
            [PERSONA_IDS.producerCompany, PERSONA_IDS.partnerCompany],
            [PERSONA_IDS.annecyProject, PERSONA_IDS.seriesProject, PERSONA_IDS.writerProject],
          ],
        );
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
      return { accounts: 4 };
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [SEED_LOCK]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}
