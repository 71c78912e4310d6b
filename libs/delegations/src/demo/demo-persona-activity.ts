import type { QueryRunner } from 'typeorm';
import { PERSONA_IDS, PERSONA_SLUGS, PersonaUserIds } from './demo-personas';

/**
 * What the personas are doing: the partner's co-production profile, the producer's and writer's projects, a
 * pending introduction, a delegation with an invitation, and the notifications those would have sent.
 */

export async function insertProfile(runner: QueryRunner, editions: string[]): Promise<void> {
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

export async function insertProjects(
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

export async function insertIntroduction(runner: QueryRunner, producerUserId: string): Promise<void> {
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

export async function insertDelegation(runner: QueryRunner, editionId: string): Promise<void> {
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
export async function insertNotices(runner: QueryRunner, users: PersonaUserIds): Promise<void> {
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
