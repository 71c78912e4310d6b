/**
 * Works of the demo data: labels of the formats (descriptions and bios) and the words of credit titles.
 * Pure data, invented for demonstration: no real person or company.
 */
import { WorkFormat } from '../shared/directory.enums';

const F = WorkFormat;

export const FORMAT_LABELS: Readonly<Record<WorkFormat, readonly [fr: string, en: string]>> = {
  [F.FEATURE_FILM]: ['longs métrages', 'feature films'],
  [F.SHORT_FILM]: ['courts métrages', 'short films'],
  [F.TV_FILM]: ['téléfilms', 'TV films'],
  [F.ANIMATED_SERIES]: ["séries d'animation", 'animated series'],
  [F.TV_SERIES]: ['séries TV', 'TV series'],
  [F.DOCUMENTARY]: ['documentaires', 'documentaries'],
  [F.VIDEO_ART]: ['œuvres d’art vidéo', 'video art'],
  [F.TRANSMEDIA]: ['projets transmédia', 'transmedia projects'],
  [F.VIDEO_GAME]: ['jeux vidéo', 'video games'],
  [F.XR]: ['expériences XR', 'XR experiences'],
  [F.COMMERCIAL]: ['films publicitaires', 'commercials'],
  [F.MUSIC_VIDEO]: ['clips', 'music videos'],
};

export const TITLE_HEADS_FR: readonly string[] = [
  'La Nuit',
  'Le Silence',
  'Les Ombres',
  'La Marée',
  'Le Dernier Été',
  'Les Vents',
  'La Frontière',
  'Le Retour',
  'Les Enfants',
  'La Maison',
  'Le Passage',
  'Les Lumières',
  'La Fugue',
  'Le Terril',
  'Les Dunes',
  'L’Estran',
  'Le Beffroi',
  'La Brume',
  'Les Oiseaux',
  'La Veillée',
  'Le Chant',
  'Les Filles',
  'La Traversée',
  'Le Carnaval',
];

export const TITLE_TAILS_FR: readonly string[] = [
  'du Nord',
  'de l’Opale',
  'd’hiver',
  'des Flandres',
  'sous la pluie',
  'à marée basse',
  'de la mine',
  'du canal',
  'sans fin',
  'de septembre',
  'du bout du monde',
  'des géants',
  'de Wazemmes',
];

export const TITLE_WORDS_EN: readonly string[] = [
  'Pixel',
  'Moon',
  'Robot',
  'Lantern',
  'Comet',
  'Harbour',
  'Kite',
  'Giant',
  'Echo',
  'Fox',
  'Tide',
  'Spark',
];

export const TITLE_PATTERNS_EN: readonly string[] = [
  'The {W} Keeper',
  'Captain {W}',
  '{W} & {V}',
  'Tales of the {W}',
  '{W} Quest',
  'Beyond the {W}',
  'Project {W}',
];
