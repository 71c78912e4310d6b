import type { ReasonLang } from '@crossroads/coproduction';

/** A company's kind in words, for the suggestions' reasons and the delegation documents. */
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
