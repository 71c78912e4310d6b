/**
 * Demo personas: sign-in accounts that own data, so a newcomer can try partner matching, introductions and
 * invitations at once. Seeded after the demo directory and co-production data (they read its editions and rank
 * among its companies), with fixed ids and texts: the same rows on every machine. All rows are `is_demo`;
 * the accounts share the demo password. Staff, admin and member are the demo accounts made at boot (DemoAccounts).
 */

export interface DemoPersona {
  key: 'producer' | 'writer' | 'partner' | 'technician' | 'staff' | 'admin' | 'member';
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
    key: 'partner',
    email: 'partner@example.org',
    name: 'Lise Dumont',
    tryEn: 'Admin of a Walloon studio: accept the pending introduction',
    tryFr: 'Administratrice d’un studio wallon : accepter la mise en relation en attente',
  },
  {
    key: 'writer',
    email: 'writer@example.org',
    name: 'Yanis Delcourt',
    tryEn: 'A series in writing looking for a majority co-producer: see who matches',
    tryFr: 'Une série en écriture qui cherche un coproducteur majoritaire : voir qui correspond',
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
  {
    key: 'member',
    email: 'member@example.org',
    name: 'Demo member',
    tryEn: 'A vetted member with no profile yet: search, claim a profile, follow festivals',
    tryFr: 'Un membre validé sans fiche : chercher, revendiquer une fiche, suivre des festivals',
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

/** The app_user ids of the personas that have an account made by the seeder. */
export type PersonaUserIds = Record<'producer' | 'writer' | 'partner' | 'technician', string>;
