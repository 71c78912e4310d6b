import type { QueryRunner } from 'typeorm';
import { DEMO_PERSONAS, PERSONA_IDS, PERSONA_SLUGS, PersonaUserIds } from './demo-personas';

/** The personas' directory rows: their two companies, four people with memberships, and their accounts. */

const PUBLIC_VISIBILITY = { email: 'MEMBERS', phone: 'STAFF', links: 'PUBLIC', availability: 'MEMBERS' };

export async function insertCompanies(runner: QueryRunner, siteId: string | null): Promise<void> {
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

export async function insertPeople(runner: QueryRunner, siteId: string | null): Promise<void> {
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

export async function insertAccounts(runner: QueryRunner, passwordHash: string): Promise<PersonaUserIds> {
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
  return ids as PersonaUserIds;
}
