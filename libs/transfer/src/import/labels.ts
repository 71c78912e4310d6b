import {
  CompanyKind,
  LanguageLevel,
  normaliseTerm,
  PersonKind,
  SizeBand,
  WorkFormat,
} from '@crossroads/directory';

/**
 * French and English words staff use in spreadsheets for the directory's enumerations. Keys are compared
 * normalised (lower-case, no accents); the enumeration's own value (TECHNICIAN, FEATURE_FILM…) is always accepted.
 */
export function vocabulary<T extends string>(values: Record<string, T>, words: Record<T, string[]>) {
  const index = new Map<string, T>();
  for (const value of Object.values(values)) {
    index.set(normaliseTerm(value), value);
    index.set(normaliseTerm(value.replace(/_/g, ' ')), value);
    for (const word of words[value]) index.set(normaliseTerm(word), value);
  }
  return (term: string): T | undefined => index.get(normaliseTerm(term));
}

export const personKind = vocabulary(PersonKind, {
  TECHNICIAN: ['technicien', 'technicienne', 'technician', 'tech', 'crew'],
  ACTOR: ['acteur', 'actrice', 'comédien', 'comédienne', 'actor', 'actress', 'interprète'],
  VOICE_ACTOR: ['comédien voix', 'comédienne voix', 'doubleur', 'doubleuse', 'voice actor', 'voix'],
  ARTIST: ['artiste', 'artist', 'plasticien', 'plasticienne'],
  DEVELOPER: ['développeur', 'développeuse', 'developer', 'dev', 'programmeur', 'programmer'],
  COMPOSER: ['compositeur', 'compositrice', 'composer', 'musicien', 'musicienne'],
  ENTREPRENEUR: ['entrepreneur', 'entrepreneuse', 'fondateur', 'fondatrice', 'founder', 'dirigeant'],
  PRODUCER: ['producteur', 'productrice', 'producer'],
  WRITER: ['scénariste', 'auteur', 'autrice', 'writer', 'screenwriter'],
  DIRECTOR: ['réalisateur', 'réalisatrice', 'director', 'filmmaker', 'cinéaste'],
  TRAINER: ['formateur', 'formatrice', 'trainer', 'enseignant', 'enseignante', 'teacher'],
  STUDENT: ['étudiant', 'étudiante', 'student', 'élève', 'alumni'],
});

export const companyKind = vocabulary(CompanyKind, {
  PRODUCTION: ['production', 'producteur', 'société de production', 'production company'],
  POST_PRODUCTION: ['postproduction', 'post-production', 'post production', 'post'],
  VFX: ['effets visuels', 'visual effects', 'trucage'],
  ANIMATION: ['animation', "studio d'animation", 'animation studio'],
  GAME_STUDIO: ['jeu vidéo', 'jeux vidéo', 'studio de jeu', 'game studio', 'video games', 'games'],
  DISTRIBUTION: ['distribution', 'distributeur', 'distributor'],
  SALES_AGENT: ['vendeur international', 'ventes internationales', 'sales agent', 'international sales'],
  BROADCASTER: ['diffuseur', 'chaîne', 'chaîne de télévision', 'broadcaster', 'tv channel'],
  EQUIPMENT_RENTAL: ['location de matériel', 'loueur', 'equipment rental', 'rental'],
  STUDIO_FACILITY: ['studio', 'plateau', 'studios de tournage', 'studio facility', 'stage'],
  SOUND: ['son', 'sound', 'studio son', 'audio'],
  CASTING: ['casting', 'agence de casting'],
  TRAINING: ['formation', 'training', 'école', 'school'],
  IMMERSIVE_XR: ['xr', 'immersif', 'réalité virtuelle', 'vr', 'ar', 'immersive'],
  PUBLISHER: ['éditeur', 'publisher', 'édition'],
});

export const workFormat = vocabulary(WorkFormat, {
  FEATURE_FILM: ['long métrage', 'long-métrage', 'feature', 'feature film', 'film'],
  SHORT_FILM: ['court métrage', 'court-métrage', 'short', 'short film'],
  TV_FILM: ['téléfilm', 'tv movie', 'tv film'],
  ANIMATED_SERIES: ['série animée', 'series animation', 'animated series'],
  TV_SERIES: ['série', 'série tv', 'série télé', 'tv series', 'series'],
  DOCUMENTARY: ['documentaire', 'documentary', 'doc'],
  VIDEO_ART: ['art vidéo', 'video art'],
  TRANSMEDIA: ['transmédia', 'transmedia', 'web série', 'webseries'],
  VIDEO_GAME: ['jeu vidéo', 'video game', 'game', 'jeu'],
  XR: ['réalité virtuelle', 'vr', 'ar', 'immersif', 'immersive'],
  COMMERCIAL: ['publicité', 'pub', 'commercial', 'advertising'],
  MUSIC_VIDEO: ['clip', 'clip vidéo', 'music video'],
});

export const languageLevel = vocabulary(LanguageLevel, {
  NATIVE: ['natif', 'native', 'langue maternelle', 'maternelle', 'mother tongue', 'c2'],
  FLUENT: ['courant', 'couramment', 'bilingue', 'fluent', 'bilingual', 'c1'],
  PROFESSIONAL: ['professionnel', 'pro', 'professional', 'working', 'b2', 'b1'],
  BASIC: ['notions', 'débutant', 'scolaire', 'basic', 'beginner', 'elementary', 'a2', 'a1'],
});

export const sizeBand = vocabulary(SizeBand, {
  SOLO: ['1', 'solo', 'indépendant', 'freelance'],
  MICRO: ['2-9', 'micro', 'tpe'],
  SMALL: ['10-49', 'small', 'petite', 'pme'],
  MEDIUM: ['50-249', 'medium', 'moyenne', 'eti'],
  LARGE: ['250+', 'large', 'grande'],
});

/** The size band of a head count. */
export function sizeBandOf(headcount: number): SizeBand {
  if (headcount <= 1) return SizeBand.SOLO;
  if (headcount < 10) return SizeBand.MICRO;
  if (headcount < 50) return SizeBand.SMALL;
  if (headcount < 250) return SizeBand.MEDIUM;
  return SizeBand.LARGE;
}

const LANGUAGES: Record<string, string[]> = {
  fr: ['français', 'francais', 'french'],
  en: ['anglais', 'english'],
  nl: ['néerlandais', 'flamand', 'dutch', 'flemish'],
  de: ['allemand', 'german', 'deutsch'],
  es: ['espagnol', 'spanish', 'castillan'],
  it: ['italien', 'italian'],
  pt: ['portugais', 'portuguese'],
  ar: ['arabe', 'arabic'],
  zh: ['chinois', 'mandarin', 'chinese'],
  ja: ['japonais', 'japanese'],
  ko: ['coréen', 'korean'],
  ru: ['russe', 'russian'],
  pl: ['polonais', 'polish'],
  tr: ['turc', 'turkish'],
  uk: ['ukrainien', 'ukrainian'],
  ro: ['roumain', 'romanian'],
  el: ['grec', 'greek'],
  sv: ['suédois', 'swedish'],
  da: ['danois', 'danish'],
  no: ['norvégien', 'norwegian'],
  fi: ['finnois', 'finnish'],
  cs: ['tchèque', 'czech'],
  hu: ['hongrois', 'hungarian'],
  he: ['hébreu', 'hebrew'],
  hi: ['hindi'],
  br: ['breton'],
};
const languageIndex = new Map<string, string>(
  Object.entries(LANGUAGES).flatMap(([code, names]) => [
    [code, code] as const,
    ...names.map((name) => [normaliseTerm(name), code] as const),
  ]),
);

/** An ISO 639-1 code from a code or a French or English language name. */
export function languageCode(term: string): string | undefined {
  const key = normaliseTerm(term);
  return languageIndex.get(key) ?? (/^[a-z]{2}$/.test(key) ? key : undefined);
}

const COUNTRIES: Record<string, string[]> = {
  FR: ['france'],
  BE: ['belgique', 'belgium', 'belgie'],
  NL: ['pays-bas', 'netherlands', 'hollande'],
  DE: ['allemagne', 'germany'],
  GB: ['royaume-uni', 'united kingdom', 'uk', 'angleterre'],
  LU: ['luxembourg'],
  CH: ['suisse', 'switzerland'],
  CA: ['canada', 'québec'],
  ES: ['espagne', 'spain'],
  IT: ['italie', 'italy'],
};
const countryIndex = new Map<string, string>(
  Object.entries(COUNTRIES).flatMap(([code, names]) =>
    names.map((name) => [normaliseTerm(name), code] as const),
  ),
);

/** An ISO 3166-1 alpha-2 code from a code or a common French or English country name. */
export function countryCode(term: string): string {
  return countryIndex.get(normaliseTerm(term)) ?? term.trim().toUpperCase();
}
