/**
 * Vocabulary of the demo professionals: kinds of person, actors' accents and skills, availability notes and
 * how far people travel. Pure data, invented for demonstration: no real person or company.
 */
import { PersonKind } from '../shared/directory.enums';
import type { Weighted } from './demo-random';

export const PROFESSIONAL_KINDS: Weighted<PersonKind> = [
  [PersonKind.TECHNICIAN, 45],
  [PersonKind.ACTOR, 15],
  [PersonKind.ARTIST, 9],
  [PersonKind.DEVELOPER, 6],
  [PersonKind.PRODUCER, 5],
  [PersonKind.DIRECTOR, 5],
  [PersonKind.WRITER, 4],
  [PersonKind.ENTREPRENEUR, 3],
  [PersonKind.COMPOSER, 3],
  [PersonKind.TRAINER, 3],
  [PersonKind.VOICE_ACTOR, 2],
];

/** A second kind some people also have. */
export const EXTRA_KINDS: Partial<Record<PersonKind, readonly PersonKind[]>> = {
  [PersonKind.DIRECTOR]: [PersonKind.WRITER, PersonKind.PRODUCER],
  [PersonKind.WRITER]: [PersonKind.DIRECTOR],
  [PersonKind.PRODUCER]: [PersonKind.ENTREPRENEUR],
  [PersonKind.ACTOR]: [PersonKind.VOICE_ACTOR],
  [PersonKind.VOICE_ACTOR]: [PersonKind.ACTOR],
  [PersonKind.ARTIST]: [PersonKind.TRAINER],
  [PersonKind.TECHNICIAN]: [PersonKind.TRAINER],
  [PersonKind.DEVELOPER]: [PersonKind.ENTREPRENEUR],
};

export const ACCENTS: readonly string[] = [
  'Ch’ti',
  'Belge',
  'Québécois',
  'Marseillais',
  'Anglais britannique',
  'Américain',
  'Allemand',
  'Espagnol',
  'Italien',
  'Flamand',
  'Néerlandais',
  'Parisien',
  'Polonais',
  'Portugais',
  'Suisse romand',
];

export const SPECIAL_SKILLS: readonly string[] = [
  'Équitation',
  'Escrime',
  'Danse contemporaine',
  'Danse classique',
  'Chant',
  'Chant lyrique',
  'Piano',
  'Guitare',
  'Natation',
  'Plongée',
  'Arts martiaux',
  'Boxe',
  'Jonglage',
  'Acrobatie',
  'Moto (permis A)',
  'Permis poids lourd',
  'Langue des signes (LSF)',
  'Patinage',
  'Claquettes',
  'Magie',
];

export const AVAILABILITY_NOTES: readonly (string | null)[] = [
  null,
  null,
  null,
  'Disponible pour tournage',
  'Entre deux tournages',
  'Disponible en Belgique également',
  'Available for international co-productions',
  'Télétravail possible',
  'Stage / alternance',
];

export const MOBILITY_KM: Weighted<number> = [
  [20, 10],
  [50, 25],
  [100, 25],
  [200, 15],
  [500, 12],
  [1000, 8],
  [5000, 5],
];
