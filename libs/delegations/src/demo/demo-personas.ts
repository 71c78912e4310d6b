import * as argon2 from 'argon2';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Demo personas: sign-in accounts that own data, so a newcomer can try partner matching, introductions and
 * invitations at once. Seeded after the demo directory and co-production data (they read its editions and rank
 * among its companies), with fixed ids and texts: the same rows on every machine. All rows are `is_demo`;
 * the accounts share the demo password. Staff and admin are the demo accounts made at boot (DemoAccounts).
 */

export interface DemoPersona {
  key: 'producer' | 'writer' | 'partner' | 'technician' | 'staff' | 'admin';
  email: string;
  name: string;
  /** What to try, in English and French (the README and the start banner list them). */
  tryEn: string;
  tryFr: string;
}

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  {
    key: 'producer',
    email: 'producer@example.org',
    name: 'Camille Verhaeghe',
    tryEn: 'Open a project, see partner matches for Annecy, request an introduction',
    tryFr: 'Ouvrir un projet, voir les partenaires pour Annecy, demander une mise en relation',
  },
  {
    key: 'writer',
    email: 'writer@example.org',
    name: 'Yanis Delcourt',
    tryEn: 'A series in writing looking for a majority co-producer: see who matches',
    tryFr: 'Une série en écriture qui cherche un coproducteur majoritaire : voir qui correspond',
  },
  {
    key: 'partner',
    email: 'partner@example.org',
    name: 'Lise Dumont',
    tryEn: 'Admin of a Walloon studio: accept the pending introduction',
    tryFr: 'Administratrice d’un studio wallon : accepter la mise en relation en attente',
  },
  {
    key: 'technician',
    email: 'technician@example.org',
    name: 'Malik Ouali',
    tryEn: 'Director of photography invited to a delegation: answer the invitation',
    tryFr: 'Chef opérateur invité dans une délégation : répondre à l’invitation',
  },
  {
    key: 'staff',
    email: 'staff@example.org',
    name: 'Demo curator',
    tryEn: 'Staff dashboard, claims to review, delegations to build',
    tryFr: 'Tableau de bord, demandes à valider, délégations à composer',
  },
  {
    key: 'admin',
    email: 'admin@example.org',
    name: 'Demo admin',
    tryEn: 'Everything staff can do, plus accounts and roles',
    tryFr: 'Tout ce que fait l’équipe, plus les comptes et les rôles',
  },
];

/** Fixed ids: the personas' rows are the same everywhere (tests and the README refer to them by slug). */
export const PERSONA_IDS = {
  producerCompany: '0d3e0000-0000-4000-8000-000000000001',
  partnerCompany: '0d3e0000-0000-4000-8000-000000000002',
  producer: '0d3e0000-0000-4000-8000-000000000011',
  writer: '0d3e0000-0000-4000-8000-000000000012',
  partner: '0d3e0000-0000-4000-8000-000000000013',
  technician: '0d3e0000-0000-4000-8000-000000000014',
  annecyProject: '0d3e0000-0000-4000-8000-000000000021',
  seriesProject: '0d3e0000-0000-4000-8000-000000000022',
  writerProject: '0d3e0000-0000-4000-8000-000000000023',
  introduction: '0d3e0000-0000-4000-8000-000000000031',
  delegation: '0d3e0000-0000-4000-8000-000000000041',
} as const;

export const PERSONA_SLUGS = {
  producerCompany: 'films-du-beffroi-demo',
  partnerCompany: 'studio-meuse-demo',
  annecyProject: 'les-gardiens-du-beffroi-demo',
  seriesProject: 'frontiere-nord-demo',
  writerProject: 'la-cite-des-brumes-demo',
} as const;

export interface SeedPersonasResult {
  /** Accounts created (0 when the personas were there already). */
  accounts: number;
}

const SEED_LOCK = 727_110_004;
/** argon2id with the parameters of PasswordHasher (libs/auth). */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const PUBLIC_VISIBILITY = { email: 'MEMBERS', phone: 'STAFF', links: 'PUBLIC', availability: 'MEMBERS' };

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

async function insertCompanies(runner: QueryRunner, siteId: string | null): Promise<void> {
  await runner.query(
    `INSERT INTO company (id, slug, name, country, kinds, formats, city, postcode, lat, lng, site_id, size_band,
       website, description_fr, description_en, is_demo)
     VALUES ($1, $2, 'Les Films du Beffroi', 'FR', '{PRODUCTION,ANIMATION}', '{ANIMATED_SERIES,TV_SERIES}',
       'Tourcoing', '59200', 50.7237, 3.1612, $5, 'SMALL', 'https://example.org/beffroi',
       'Société de production d’animation et de séries, installée à la Plaine Images.',
       'Animation and series production company based at the Plaine Images.', true),
       ($3, $4, 'Studio Meuse', 'BE', '{PRODUCTION,ANIMATION}', '{ANIMATED_SERIES,FEATURE_FILM}',
       'Liège', '4000', 50.6326, 5.5797, NULL, 'MEDIUM', 'https://example.org/meuse',
       'Studio wallon d’animation, coproducteur minoritaire de séries françaises.',
       'Walloon animation studio, minority co-producer of French series.', true)`,
    [
      PERSONA_IDS.producerCompany,
      PERSONA_SLUGS.producerCompany,
      PERSONA_IDS.partnerCompany,
      PERSONA_SLUGS.partnerCompany,
      siteId,
    ],
  );
}

async function insertPeople(runner: QueryRunner, siteId: string | null): Promise<void> {
  const people = [
    {
      id: PERSONA_IDS.producer,
      slug: 'camille-verhaeghe-demo',
      first: 'Camille',
      last: 'Verhaeghe',
      kinds: ['PRODUCER'],
      headline: 'Productrice, séries d’animation',
      city: 'Tourcoing',
      postcode: '59200',
      lat: 50.7237,
      lng: 3.1612,
      craft: 'producer',
    },
    {
      id: PERSONA_IDS.writer,
      slug: 'yanis-delcourt-demo',
      first: 'Yanis',
      last: 'Delcourt',
      kinds: ['WRITER'],
      headline: 'Scénariste, séries',
      city: 'Lille',
      postcode: '59000',
      lat: 50.6292,
      lng: 3.0573,
      craft: 'screenwriter',
    },
    {
      id: PERSONA_IDS.partner,
      slug: 'lise-dumont-demo',
      first: 'Lise',
      last: 'Dumont',
      kinds: ['PRODUCER'],
      headline: 'Productrice, Studio Meuse',
      city: 'Liège',
      postcode: '4000',
      lat: 50.6326,
      lng: 5.5797,
      craft: 'producer',
    },
    {
      id: PERSONA_IDS.technician,
      slug: 'malik-ouali-demo',
      first: 'Malik',
      last: 'Ouali',
      kinds: ['TECHNICIAN'],
      headline: 'Chef opérateur',
      city: 'Roubaix',
      postcode: '59100',
      lat: 50.6942,
      lng: 3.1746,
      craft: 'director-of-photography',
    },
  ];
  for (const p of people) {
    await runner.query(
      `INSERT INTO person (id, slug, first_name, last_name, kinds, headline, bio_fr, bio_en, skills, city, postcode,
         lat, lng, mobility_km, site_id, accents, special_skills, email, visibility, consent_directory,
         consent_brochure, verified, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '{}', $9, $10, $11, $12, 200, $13, '{}', '{}', $14, $15, true, true,
         true, true)`,
      [
        p.id,
        p.slug,
        p.first,
        p.last,
        p.kinds,
        p.headline,
        `Persona de démonstration : ${p.headline.toLowerCase()}.`,
        `Demo persona.`,
        p.city,
        p.postcode,
        p.lat,
        p.lng,
        siteId,
        `${p.slug}@example.org`,
        JSON.stringify(PUBLIC_VISIBILITY),
      ],
    );
    // A craft missing from the reference (renamed meanwhile) is skipped, not an error.
    await runner.query(
      `INSERT INTO person_craft (person_id, craft_slug, is_primary) SELECT $1, slug, true FROM craft WHERE slug = $2`,
      [p.id, p.craft],
    );
    await runner.query(
      `INSERT INTO person_language (person_id, language, level) VALUES ($1, 'fr', 'NATIVE'), ($1, 'en', 'FLUENT')`,
      [p.id],
    );
  }
  // Verified ADMIN memberships, written as the seeder (it stands for STAFF).
  await runner.query(
    `INSERT INTO affiliation (person_id, company_id, role, starts_on, status, member_role, source)
     VALUES ($1, $2, 'Productrice', '2019-01-01', 'VERIFIED', 'ADMIN', 'SEED'),
            ($3, $4, 'Productrice', '2015-01-01', 'VERIFIED', 'ADMIN', 'SEED')`,
    [PERSONA_IDS.producer, PERSONA_IDS.producerCompany, PERSONA_IDS.partner, PERSONA_IDS.partnerCompany],
  );
}

async function insertProfile(runner: QueryRunner, editions: string[]): Promise<void> {
  await runner.query(
    `INSERT INTO coproduction_profile (company_id, formats, genres, coproduction_countries, budget_min_eur,
       budget_max_eur, roles_offered, languages, track_record, seeks_projects, attending_edition_ids, is_demo)
     VALUES ($1, '{ANIMATED_SERIES,TV_SERIES,FEATURE_FILM}', '{family,adventure,comedy}', '{FR,BE,LU}', 300000,
       12000000, '{MINORITY_COPRODUCER,SERVICE_ANIMATION}', '{fr,en}', $2, true, $3, true)`,
    [
      PERSONA_IDS.partnerCompany,
      JSON.stringify([
        { title: 'Les Petits Phares', year: 2023, format: 'ANIMATED_SERIES', countries: ['BE', 'FR'] },
      ]),
      editions,
    ],
  );
}

async function insertProjects(
  runner: QueryRunner,
  users: { producer: string; writer: string },
  annecy: string | null,
  seriesMania: string | null,
): Promise<void> {
  const rows = [
    {
      id: PERSONA_IDS.annecyProject,
      slug: PERSONA_SLUGS.annecyProject,
      title: 'Les Gardiens du Beffroi',
      logline: 'Trois enfants veillent sur les cloches d’un beffroi qui parlent la nuit.',
      format: 'ANIMATED_SERIES',
      genres: ['family', 'adventure'],
      stage: 'FINANCING',
      budget: 6_400_000,
      secured: 2_100_000,
      roles: ['MINORITY_COPRODUCER', 'SERVICE_ANIMATION'],
      countries: ['BE', 'LU'],
      owner: PERSONA_IDS.producerCompany,
      editions: annecy ? [annecy] : [],
      createdBy: users.producer,
      team: { person: PERSONA_IDS.producer, role: 'Productrice' },
    },
    {
      id: PERSONA_IDS.seriesProject,
      slug: PERSONA_SLUGS.seriesProject,
      title: 'Frontière Nord',
      logline: 'Une douanière franco-belge enquête des deux côtés d’une frontière qui n’existe plus.',
      format: 'TV_SERIES',
      genres: ['thriller', 'drama'],
      stage: 'DEVELOPMENT',
      budget: 9_800_000,
      secured: 1_200_000,
      roles: ['MINORITY_COPRODUCER', 'BROADCASTER'],
      countries: ['BE'],
      owner: PERSONA_IDS.producerCompany,
      editions: seriesMania ? [seriesMania] : [],
      createdBy: users.producer,
      team: { person: PERSONA_IDS.producer, role: 'Productrice' },
    },
    {
      id: PERSONA_IDS.writerProject,
      slug: PERSONA_SLUGS.writerProject,
      title: 'La Cité des brumes',
      logline: 'Dans une ville minière noyée de brouillard, une lycéenne retrouve la mémoire des galeries.',
      format: 'TV_SERIES',
      genres: ['fantasy', 'drama'],
      stage: 'WRITING',
      budget: 7_500_000,
      secured: 0,
      roles: ['MAJORITY_COPRODUCER'],
      countries: ['FR', 'BE'],
      owner: null,
      editions: seriesMania ? [seriesMania] : [],
      createdBy: users.writer,
      team: { person: PERSONA_IDS.writer, role: 'Scénariste' },
    },
  ];
  for (const p of rows) {
    await runner.query(
      `INSERT INTO project (id, slug, title, logline, synopsis, format, genres, stage, budget_eur,
         financing_secured_eur, languages, countries_sought, roles_sought, owner_company_id, funds,
         target_edition_ids, visibility, created_by_user_id, is_demo)
       VALUES ($1, $2, $3, $4::varchar, $4::text, $5, $6, $7, $8, $9, '{fr}', $10, $11, $12, '[]', $13, 'MEMBERS', $14, true)`,
      [
        p.id,
        p.slug,
        p.title,
        p.logline,
        p.format,
        p.genres,
        p.stage,
        p.budget,
        p.secured,
        p.countries,
        p.roles,
        p.owner,
        p.editions,
        p.createdBy,
      ],
    );
    await runner.query(`INSERT INTO project_team_member (project_id, person_id, role) VALUES ($1, $2, $3)`, [
      p.id,
      p.team.person,
      p.team.role,
    ]);
  }
}

async function insertIntroduction(runner: QueryRunner, producerUserId: string): Promise<void> {
  await runner.query(
    `INSERT INTO introduction (id, project_id, company_id, requested_by_user_id, message, status)
     VALUES ($1, $2, $3, $4, $5, 'PENDING')`,
    [
      PERSONA_IDS.introduction,
      PERSONA_IDS.annecyProject,
      PERSONA_IDS.partnerCompany,
      producerUserId,
      'Bonjour, nous cherchons un coproducteur wallon pour l’animation de notre série. Pouvons-nous en parler à Annecy ?',
    ],
  );
  await runner.query(
    `INSERT INTO introduction_event (introduction_id, status, actor_user_id) VALUES ($1, 'PENDING', $2)`,
    [PERSONA_IDS.introduction, producerUserId],
  );
}

async function insertDelegation(runner: QueryRunner, editionId: string): Promise<void> {
  await runner.query(
    `INSERT INTO delegation (id, edition_id, name, status, audience, capacity)
     VALUES ($1, $2, 'Délégation Hauts-de-France (démo)', 'PUBLISHED', 'PROFESSIONALS', 12)`,
    [PERSONA_IDS.delegation, editionId],
  );
  await runner.query(
    `INSERT INTO delegation_member (delegation_id, kind, person_id, company_id, status, invited_at)
     VALUES ($1, 'PERSON', $2, NULL, 'INVITED', now()), ($1, 'COMPANY', NULL, $3, 'CONFIRMED', now())`,
    [PERSONA_IDS.delegation, PERSONA_IDS.technician, PERSONA_IDS.producerCompany],
  );
}

/**
 * What the personas would have been told had these been real events: the partner's bell and inbox show the
 * introduction, the technician's the invitation (the sender mails them to the local inbox).
 */
async function insertNotices(
  runner: QueryRunner,
  users: Record<'producer' | 'writer' | 'partner' | 'technician', string>,
): Promise<void> {
  await runner.query(
    `INSERT INTO notification (recipient_id, kind, event, event_key, data)
     SELECT $1, 'INTRODUCTION', 'INTRODUCTION_REQUESTED', 'introduction-requested:' || i.id,
            jsonb_build_object('companyName', c.name, 'projectTitle', p.title, 'path', '/me/introductions')
       FROM introduction i JOIN company c ON c.id = i.company_id JOIN project p ON p.id = i.project_id
      WHERE i.id = $2
     ON CONFLICT DO NOTHING`,
    [users.partner, PERSONA_IDS.introduction],
  );
  await runner.query(
    `INSERT INTO notification (recipient_id, kind, event, event_key, data)
     SELECT $1, 'DELEGATION_INVITATION', 'DELEGATION_INVITED', 'delegation-member:' || m.id || ':INVITED:demo',
            jsonb_build_object('delegationName', d.name, 'editionName', f.name || ' ' || e.year,
                               'status', 'INVITED', 'path', '/me/invitations')
       FROM delegation_member m JOIN delegation d ON d.id = m.delegation_id
       JOIN festival_edition e ON e.id = d.edition_id JOIN festival f ON f.id = e.festival_id
      WHERE m.delegation_id = $2 AND m.person_id = $3
     ON CONFLICT DO NOTHING`,
    [users.technician, PERSONA_IDS.delegation, PERSONA_IDS.technician],
  );
}

async function insertAccounts(
  runner: QueryRunner,
  passwordHash: string,
): Promise<Record<'producer' | 'writer' | 'partner' | 'technician', string>> {
  const ids: Record<string, string> = {};
  for (const key of ['producer', 'writer', 'partner', 'technician'] as const) {
    const persona = DEMO_PERSONAS.find((p) => p.key === key)!;
    const [row] = (await runner.query(
      `INSERT INTO app_user (email, password_hash, display_name, roles, status, person_id)
       VALUES ($1, $2, $3, '{MEMBER}', 'ACTIVE', $4) RETURNING id`,
      [persona.email, passwordHash, persona.name, PERSONA_IDS[key]],
    )) as { id: string }[];
    ids[key] = row.id;
  }
  return ids as Record<'producer' | 'writer' | 'partner' | 'technician', string>;
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
