import type { ColumnSpec } from '../import/import-definition';
import { LOCATION_COLUMNS, websiteColumn } from './shared-columns';

/** The template of the people import: its columns, with the French and English headers each accepts. */

export const PEOPLE_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'first_name',
    aliases: ['prenom', 'firstname', 'given_name'],
    required: true,
    help: 'First name',
    example: 'Léa',
  },
  {
    name: 'last_name',
    aliases: ['nom', 'nom_de_famille', 'lastname', 'surname', 'family_name'],
    required: true,
    help: 'Last name',
    example: 'Dupré',
  },
  {
    name: 'email',
    aliases: ['e_mail', 'mail', 'courriel', 'adresse_email', 'adresse_mail'],
    help: 'Finds the existing profile; private',
    example: 'lea.dupre@example.org',
  },
  {
    name: 'slug',
    aliases: ['identifiant'],
    help: 'Finds the existing profile when there is no email (default: first-last)',
    example: 'lea-dupre',
  },
  {
    name: 'phone',
    aliases: ['telephone', 'tel', 'mobile', 'portable'],
    help: 'Private',
    example: '+33 6 12 34 56 78',
  },
  {
    name: 'kinds',
    aliases: ['kind', 'type', 'types', 'profil', 'profils', 'categorie', 'categories'],
    help: 'technicien, comédien, étudiant… or TECHNICIAN, ACTOR…',
    example: 'technicienne',
  },
  {
    name: 'crafts',
    aliases: [
      'craft',
      'metier',
      'metiers',
      'poste',
      'postes',
      'fonction',
      'fonctions',
      'job',
      'jobs',
      'job_title',
      'job_titles',
    ],
    help: 'Job titles in French or English, synonyms welcome (chef op, DoP); the first is the main one',
    example: 'cheffe opératrice | étalonneuse',
  },
  {
    name: 'title_form',
    aliases: ['forme_du_titre', 'forme_titre', 'title_gender', 'feminisation'],
    help: 'How job titles are written: féminin, masculin, inclusif (or FEMININE, MASCULINE, INCLUSIVE)',
    example: 'féminin',
  },
  {
    name: 'languages',
    aliases: ['language', 'langue', 'langues'],
    help: 'Language and level: "anglais courant", "en:FLUENT", "English (native)"',
    example: 'français natif | anglais courant',
  },
  {
    name: 'headline',
    aliases: ['titre', 'accroche'],
    help: 'One line under the name',
    example: 'Cheffe opératrice long métrage',
  },
  { name: 'city', aliases: ['ville', 'commune'], help: 'City', example: 'Tourcoing' },
  ...LOCATION_COLUMNS,
  {
    name: 'mobility_km',
    aliases: ['mobilite', 'mobilite_km'],
    help: 'How far they travel for work, km',
    example: '200',
  },
  { name: 'site', aliases: ['pole', 'site_d_activite'], help: 'Site slug or name', example: 'plaine-images' },
  {
    name: 'school',
    aliases: ['ecole', 'etablissement'],
    help: 'School slug or name (students, alumni)',
    example: '',
  },
  {
    name: 'programme',
    aliases: ['formation', 'cursus', 'program'],
    help: 'Programme slug, or title within the school',
    example: '',
  },
  {
    name: 'graduation_year',
    aliases: ['annee_de_diplome', 'promotion', 'promo', 'annee_diplome'],
    help: 'Year',
    example: '',
  },
  websiteColumn('https://lea-dupre.example'),
  { name: 'showreel_url', aliases: ['showreel', 'bande_demo', 'demo'], help: 'http(s) URL', example: '' },
  {
    name: 'filmography_url',
    aliases: ['filmographie', 'filmography', 'imdb'],
    help: 'http(s) URL',
    example: '',
  },
  {
    name: 'skills',
    aliases: ['competences', 'savoir_faire'],
    help: 'Free words',
    example: 'Alexa Mini | steadicam',
  },
  {
    name: 'bio_fr',
    aliases: ['bio', 'biographie', 'presentation'],
    help: 'Biography in French',
    example: '',
  },
  {
    name: 'bio_en',
    aliases: ['biography', 'bio_english', 'bio_anglais'],
    help: 'Biography in English',
    example: '',
  },
  {
    name: 'consent_directory',
    aliases: ['consentement_annuaire', 'annuaire', 'public'],
    help: 'oui/non: listed in the public directory and search (default oui)',
    example: 'oui',
  },
  {
    name: 'consent_brochure',
    aliases: ['consentement_brochure', 'brochure'],
    help: 'oui/non: may appear in delegation brochures (default non)',
    example: 'non',
  },
];

/** PersonInput fields → template columns, for the problems class-validator names by field. */
export const PEOPLE_FIELD_COLUMNS: Record<string, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  mobilityKm: 'mobility_km',
  graduationYear: 'graduation_year',
  showreelUrl: 'showreel_url',
  filmographyUrl: 'filmography_url',
  bioFr: 'bio_fr',
  bioEn: 'bio_en',
  consentDirectory: 'consent_directory',
  consentBrochure: 'consent_brochure',
  titleForm: 'title_form',
};
