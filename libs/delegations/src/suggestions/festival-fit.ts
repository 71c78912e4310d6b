import { CompanyKind, PersonKind } from '@crossroads/directory';
import { FestivalKind } from '@crossroads/festivals';

/**
 * What each kind of festival is for, in the directory's terms: the companies and people it is worth
 * bringing. Suggestions read a festival's `kinds` and `formats` through these tables, never its name, so a new
 * festival in the reference data gets suggestions without code.
 */
export const COMPANY_KINDS_FOR: Record<FestivalKind, readonly CompanyKind[]> = {
  [FestivalKind.ANIMATION]: [CompanyKind.ANIMATION, CompanyKind.VFX],
  [FestivalKind.SERIES]: [CompanyKind.PRODUCTION, CompanyKind.BROADCASTER],
  [FestivalKind.TV]: [CompanyKind.PRODUCTION, CompanyKind.BROADCASTER, CompanyKind.DISTRIBUTION],
  [FestivalKind.SHORT_FILM]: [CompanyKind.PRODUCTION],
  [FestivalKind.DOCUMENTARY]: [CompanyKind.PRODUCTION],
  [FestivalKind.GAMES]: [CompanyKind.GAME_STUDIO, CompanyKind.PUBLISHER],
  [FestivalKind.IMMERSIVE]: [CompanyKind.IMMERSIVE_XR],
  [FestivalKind.MARKET]: [CompanyKind.PRODUCTION, CompanyKind.DISTRIBUTION, CompanyKind.SALES_AGENT],
  [FestivalKind.COPRODUCTION_FORUM]: [CompanyKind.PRODUCTION, CompanyKind.ANIMATION],
  [FestivalKind.FILM_FESTIVAL]: [CompanyKind.PRODUCTION, CompanyKind.DISTRIBUTION],
};

export const PERSON_KINDS_FOR: Record<FestivalKind, readonly PersonKind[]> = {
  [FestivalKind.ANIMATION]: [PersonKind.DIRECTOR, PersonKind.ARTIST, PersonKind.PRODUCER],
  [FestivalKind.SERIES]: [PersonKind.WRITER, PersonKind.PRODUCER, PersonKind.DIRECTOR],
  [FestivalKind.TV]: [PersonKind.PRODUCER],
  [FestivalKind.SHORT_FILM]: [PersonKind.DIRECTOR, PersonKind.PRODUCER],
  [FestivalKind.DOCUMENTARY]: [PersonKind.DIRECTOR, PersonKind.PRODUCER],
  [FestivalKind.GAMES]: [PersonKind.DEVELOPER, PersonKind.ENTREPRENEUR, PersonKind.ARTIST],
  [FestivalKind.IMMERSIVE]: [PersonKind.ARTIST, PersonKind.DEVELOPER],
  [FestivalKind.MARKET]: [PersonKind.PRODUCER, PersonKind.ENTREPRENEUR],
  [FestivalKind.COPRODUCTION_FORUM]: [PersonKind.PRODUCER, PersonKind.ENTREPRENEUR],
  [FestivalKind.FILM_FESTIVAL]: [PersonKind.DIRECTOR, PersonKind.PRODUCER],
};

/** The crafts departments and school disciplines behind each project format (students, craftspeople). */
export const DEPARTMENTS_FOR: Record<string, readonly string[]> = {
  FEATURE_FILM: ['direction', 'production', 'writing', 'camera', 'post-production'],
  SHORT_FILM: ['direction', 'production', 'writing', 'camera'],
  TV_FILM: ['direction', 'production', 'writing', 'animation'],
  TV_SERIES: ['writing', 'direction', 'production'],
  ANIMATED_SERIES: ['animation', 'writing'],
  DOCUMENTARY: ['direction', 'production', 'camera'],
  VIDEO_ART: ['direction', 'art-department'],
  TRANSMEDIA: ['writing', 'xr-immersive', 'video-games'],
  VIDEO_GAME: ['video-games'],
  XR: ['xr-immersive'],
};

export const DISCIPLINES_FOR: Record<string, readonly string[]> = {
  FEATURE_FILM: ['film', 'audiovisual', 'writing', 'acting'],
  SHORT_FILM: ['film', 'audiovisual', 'writing'],
  TV_FILM: ['film', 'audiovisual', 'animation'],
  TV_SERIES: ['audiovisual', 'writing', 'film'],
  ANIMATED_SERIES: ['animation'],
  DOCUMENTARY: ['film', 'audiovisual', 'journalism'],
  VIDEO_ART: ['arts', 'visual-arts'],
  TRANSMEDIA: ['design', 'games'],
  VIDEO_GAME: ['games'],
  XR: ['design', 'games', 'vfx'],
};

export function unionOf<K extends string, V>(table: Record<K, readonly V[]>, keys: readonly K[]): V[] {
  return [...new Set(keys.flatMap((key) => table[key] ?? []))];
}
