import type { Lang } from './i18n';

/** Labels of the API's enums (person and company kinds, formats) in both languages. */
const LABELS: Record<string, { fr: string; en: string }> = {
  ACTOR: { fr: 'Comédien·ne', en: 'Actor' },
  ARTIST: { fr: 'Artiste', en: 'Artist' },
  COMPOSER: { fr: 'Compositeur·rice', en: 'Composer' },
  DEVELOPER: { fr: 'Développeur·se', en: 'Developer' },
  DIRECTOR: { fr: 'Réalisateur·rice', en: 'Director' },
  ENTREPRENEUR: { fr: 'Entrepreneur·e', en: 'Entrepreneur' },
  PRODUCER: { fr: 'Producteur·rice', en: 'Producer' },
  STUDENT: { fr: 'Étudiant·e', en: 'Student' },
  TECHNICIAN: { fr: 'Technicien·ne', en: 'Technician' },
  TRAINER: { fr: 'Formateur·rice', en: 'Trainer' },
  VOICE_ACTOR: { fr: 'Comédien·ne voix', en: 'Voice actor' },
  WRITER: { fr: 'Scénariste', en: 'Writer' },
  ANIMATION: { fr: 'Animation', en: 'Animation' },
  BROADCASTER: { fr: 'Diffuseur', en: 'Broadcaster' },
  CASTING: { fr: 'Casting', en: 'Casting' },
  DISTRIBUTION: { fr: 'Distribution', en: 'Distribution' },
  EQUIPMENT_RENTAL: { fr: 'Location de matériel', en: 'Equipment rental' },
  GAME_STUDIO: { fr: 'Studio de jeu vidéo', en: 'Game studio' },
  IMMERSIVE_XR: { fr: 'Immersif / XR', en: 'Immersive / XR' },
  POST_PRODUCTION: { fr: 'Postproduction', en: 'Post-production' },
  PRODUCTION: { fr: 'Production', en: 'Production' },
  PUBLISHER: { fr: 'Édition', en: 'Publishing' },
  SALES_AGENT: { fr: 'Vendeur international', en: 'Sales agent' },
  SOUND: { fr: 'Son', en: 'Sound' },
  STUDIO_FACILITY: { fr: 'Studio de tournage', en: 'Studio facility' },
  TRAINING: { fr: 'Formation', en: 'Training' },
  VFX: { fr: 'Effets visuels', en: 'VFX' },
  ANIMATED_SERIES: { fr: 'Série d’animation', en: 'Animated series' },
  COMMERCIAL: { fr: 'Publicité', en: 'Commercial' },
  DOCUMENTARY: { fr: 'Documentaire', en: 'Documentary' },
  FEATURE_FILM: { fr: 'Long métrage', en: 'Feature film' },
  MUSIC_VIDEO: { fr: 'Clip', en: 'Music video' },
  SHORT_FILM: { fr: 'Court métrage', en: 'Short film' },
  TRANSMEDIA: { fr: 'Transmédia', en: 'Transmedia' },
  TV_FILM: { fr: 'Téléfilm', en: 'TV film' },
  TV_SERIES: { fr: 'Série TV', en: 'TV series' },
  VIDEO_ART: { fr: 'Art vidéo', en: 'Video art' },
  VIDEO_GAME: { fr: 'Jeu vidéo', en: 'Video game' },
  XR: { fr: 'XR', en: 'XR' },
};

export function enumLabel(lang: Lang, value: string): string {
  return LABELS[value]?.[lang] ?? value;
}

export function languageName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
