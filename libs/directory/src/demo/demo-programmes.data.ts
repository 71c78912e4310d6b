/** Titles of the demo programmes, with their level and discipline. Pure data, invented for demonstration: no real person or company. */
import { ProgrammeLevel } from '../shared/directory.enums';

export interface ProgrammeTemplate {
  title: string;
  level: ProgrammeLevel;
  discipline: string;
}

const L = ProgrammeLevel;

/** Plausible titles of the demo programmes (invented, attached to real schools). */
export const PROGRAMME_TEMPLATES: readonly ProgrammeTemplate[] = [
  { title: 'Bachelor Cinéma d’animation 3D', level: L.BAC_PLUS_3, discipline: 'animation' },
  { title: 'Bachelor Animation 2D', level: L.BAC_PLUS_3, discipline: 'animation' },
  { title: 'Mastère Réalisation de films d’animation', level: L.BAC_PLUS_5, discipline: 'animation' },
  { title: 'Bachelor Concept Art', level: L.BAC_PLUS_3, discipline: 'animation' },
  { title: 'Classe préparatoire Cinéma d’animation', level: L.OTHER, discipline: 'animation' },
  { title: 'Bachelor Stop motion et volume', level: L.BAC_PLUS_3, discipline: 'animation' },
  { title: 'Mastère Réalisation 3D et effets spéciaux', level: L.BAC_PLUS_5, discipline: 'vfx' },
  { title: 'Mastère Compositing et effets visuels', level: L.BAC_PLUS_5, discipline: 'vfx' },
  { title: 'Bachelor Effets visuels numériques', level: L.BAC_PLUS_3, discipline: 'vfx' },
  { title: 'Bachelor Game Design', level: L.BAC_PLUS_3, discipline: 'games' },
  { title: 'Mastère Game Programming', level: L.BAC_PLUS_5, discipline: 'games' },
  { title: 'Mastère Jeu vidéo — Art et animation', level: L.BAC_PLUS_5, discipline: 'games' },
  { title: 'Mastère Production de jeux vidéo', level: L.BAC_PLUS_5, discipline: 'games' },
  { title: 'Bachelor Level Design', level: L.BAC_PLUS_3, discipline: 'games' },
  { title: 'Bachelor Game Art', level: L.BAC_PLUS_3, discipline: 'games' },
  { title: 'BTS Métiers de l’audiovisuel — option image', level: L.BAC_PLUS_2, discipline: 'audiovisual' },
  { title: 'BTS Métiers de l’audiovisuel — option son', level: L.BAC_PLUS_2, discipline: 'sound' },
  {
    title: 'BTS Métiers de l’audiovisuel — option montage et postproduction',
    level: L.BAC_PLUS_2,
    discipline: 'audiovisual',
  },
  {
    title: 'BTS Métiers de l’audiovisuel — option gestion de production',
    level: L.BAC_PLUS_2,
    discipline: 'production',
  },
  {
    title: 'Licence professionnelle Techniques du son et de l’image',
    level: L.BAC_PLUS_3,
    discipline: 'audiovisual',
  },
  { title: 'Bachelor Sound Design pour l’image', level: L.BAC_PLUS_3, discipline: 'sound' },
  { title: 'Mastère Ingénierie du son et musique à l’image', level: L.BAC_PLUS_5, discipline: 'sound' },
  { title: 'Master Cinéma documentaire', level: L.BAC_PLUS_5, discipline: 'film' },
  { title: 'Licence Cinéma et audiovisuel', level: L.BAC_PLUS_3, discipline: 'film' },
  { title: 'Master Réalisation cinéma', level: L.BAC_PLUS_5, discipline: 'film' },
  { title: 'Doctorat Études cinématographiques', level: L.DOCTORATE, discipline: 'film' },
  { title: 'Bachelor Image et direction de la photographie', level: L.BAC_PLUS_3, discipline: 'film' },
  { title: 'Master Scénario et écriture audiovisuelle', level: L.BAC_PLUS_5, discipline: 'writing' },
  { title: 'Atelier Écriture de séries', level: L.OTHER, discipline: 'writing' },
  { title: 'Bachelor Motion Design', level: L.BAC_PLUS_3, discipline: 'design' },
  { title: 'DN MADE Animation et image numérique', level: L.BAC_PLUS_3, discipline: 'design' },
  { title: 'Mastère Design d’interaction et UX', level: L.BAC_PLUS_5, discipline: 'design' },
  { title: 'Bachelor Réalité virtuelle et expériences immersives', level: L.BAC_PLUS_3, discipline: 'xr' },
  { title: 'Mastère Création immersive et temps réel', level: L.BAC_PLUS_5, discipline: 'xr' },
  { title: 'Post-master Création numérique', level: L.POST_MASTER, discipline: 'visual-arts' },
  { title: 'Mastère Direction de production audiovisuelle', level: L.BAC_PLUS_5, discipline: 'production' },
  { title: 'Bachelor Production et entrepreneuriat culturel', level: L.BAC_PLUS_3, discipline: 'production' },
  { title: 'Cycle Comédien à l’image', level: L.OTHER, discipline: 'acting' },
  { title: 'Atelier Doublage et voix off', level: L.OTHER, discipline: 'acting' },
  { title: 'Master Journalisme reporter d’images', level: L.BAC_PLUS_5, discipline: 'journalism' },
  { title: 'Bachelor Photographie et image animée', level: L.BAC_PLUS_3, discipline: 'photography' },
  { title: 'BTS Photographie', level: L.BAC_PLUS_2, discipline: 'photography' },
  { title: 'Licence Arts plastiques et vidéo', level: L.BAC_PLUS_3, discipline: 'visual-arts' },
  { title: 'Master Arts de la scène et de l’écran', level: L.BAC_PLUS_5, discipline: 'performing-arts' },
  { title: 'Master Recherche en arts', level: L.BAC_PLUS_5, discipline: 'arts' },
];
