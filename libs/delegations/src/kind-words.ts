import type { ReasonLang } from '@crossroads/coproduction';

/**
 * Kinds of companies and people in words, for the suggestions' reasons and the delegation documents. A person's
 * kind in French has the three forms a person may choose for their titles; the inclusive one is the web app's.
 */

/** A company's kind in words. */
export const COMPANY_KIND_WORDS: Record<string, Record<ReasonLang, string>> = {
  PRODUCTION: { en: 'production', fr: 'production' },
  POST_PRODUCTION: { en: 'post-production', fr: 'postproduction' },
  VFX: { en: 'visual effects', fr: 'effets visuels' },
  ANIMATION: { en: 'animation', fr: 'animation' },
  GAME_STUDIO: { en: 'game studio', fr: 'studio de jeu vidéo' },
  DISTRIBUTION: { en: 'distribution', fr: 'distribution' },
  SALES_AGENT: { en: 'sales agent', fr: 'vente internationale' },
  BROADCASTER: { en: 'broadcaster', fr: 'diffuseur' },
  EQUIPMENT_RENTAL: { en: 'equipment rental', fr: 'location de matériel' },
  STUDIO_FACILITY: { en: 'studio facility', fr: 'studio de tournage' },
  SOUND: { en: 'sound', fr: 'son' },
  CASTING: { en: 'casting', fr: 'casting' },
  TRAINING: { en: 'training', fr: 'formation' },
  IMMERSIVE_XR: { en: 'immersive / XR', fr: 'immersif / XR' },
  PUBLISHER: { en: 'publishing', fr: 'édition' },
};

/** A person's kind in English and in each French form. */
export type PersonKindWords = { en: string; masculine: string; feminine: string; inclusive: string };

export const PERSON_KIND_WORDS: Record<string, PersonKindWords> = {
  TECHNICIAN: {
    en: 'technician',
    masculine: 'technicien',
    feminine: 'technicienne',
    inclusive: 'technicien·ne',
  },
  ACTOR: { en: 'actor', masculine: 'comédien', feminine: 'comédienne', inclusive: 'comédien·ne' },
  VOICE_ACTOR: {
    en: 'voice actor',
    masculine: 'comédien voix',
    feminine: 'comédienne voix',
    inclusive: 'comédien·ne voix',
  },
  ARTIST: { en: 'artist', masculine: 'artiste', feminine: 'artiste', inclusive: 'artiste' },
  DEVELOPER: {
    en: 'developer',
    masculine: 'développeur',
    feminine: 'développeuse',
    inclusive: 'développeur·se',
  },
  COMPOSER: {
    en: 'composer',
    masculine: 'compositeur',
    feminine: 'compositrice',
    inclusive: 'compositeur·rice',
  },
  ENTREPRENEUR: {
    en: 'entrepreneur',
    masculine: 'entrepreneur',
    feminine: 'entrepreneuse',
    inclusive: 'entrepreneur·e',
  },
  PRODUCER: {
    en: 'producer',
    masculine: 'producteur',
    feminine: 'productrice',
    inclusive: 'producteur·rice',
  },
  WRITER: { en: 'writer', masculine: 'scénariste', feminine: 'scénariste', inclusive: 'scénariste' },
  DIRECTOR: {
    en: 'director',
    masculine: 'réalisateur',
    feminine: 'réalisatrice',
    inclusive: 'réalisateur·rice',
  },
  TRAINER: { en: 'trainer', masculine: 'formateur', feminine: 'formatrice', inclusive: 'formateur·rice' },
  STUDENT: { en: 'student', masculine: 'étudiant', feminine: 'étudiante', inclusive: 'étudiant·e' },
};
