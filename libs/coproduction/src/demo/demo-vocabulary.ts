/**
 * Vocabulary of the co-production demo data: title parts, genres per format, budget bands. Invented for
 * demonstration: no real project. Budgets are plausible orders of magnitude for the region, not statistics.
 */
import { PartnerRole, ProjectFormat, ProjectStage } from '../shared/coproduction.enums';

/** [min, max] total budget in euros per format. */
export const BUDGET_BANDS: Readonly<Record<ProjectFormat, readonly [number, number]>> = {
  FEATURE_FILM: [1_200_000, 8_000_000],
  SHORT_FILM: [15_000, 180_000],
  TV_FILM: [900_000, 3_000_000],
  ANIMATED_SERIES: [2_500_000, 9_000_000],
  TV_SERIES: [3_500_000, 15_000_000],
  DOCUMENTARY: [80_000, 650_000],
  VIDEO_ART: [5_000, 60_000],
  TRANSMEDIA: [120_000, 900_000],
  VIDEO_GAME: [250_000, 5_000_000],
  XR: [80_000, 750_000],
};

/** How many of the ~150 projects take each format (weights). */
export const FORMAT_WEIGHTS: readonly (readonly [ProjectFormat, number])[] = [
  [ProjectFormat.FEATURE_FILM, 30],
  [ProjectFormat.ANIMATED_SERIES, 20],
  [ProjectFormat.DOCUMENTARY, 20],
  [ProjectFormat.SHORT_FILM, 18],
  [ProjectFormat.TV_SERIES, 14],
  [ProjectFormat.XR, 12],
  [ProjectFormat.VIDEO_GAME, 12],
  [ProjectFormat.TV_FILM, 8],
  [ProjectFormat.TRANSMEDIA, 8],
  [ProjectFormat.VIDEO_ART, 8],
];

export const STAGE_WEIGHTS: readonly (readonly [ProjectStage, number])[] = [
  [ProjectStage.WRITING, 12],
  [ProjectStage.DEVELOPMENT, 28],
  [ProjectStage.FINANCING, 32],
  [ProjectStage.PRE_PRODUCTION, 12],
  [ProjectStage.PRODUCTION, 10],
  [ProjectStage.POST_PRODUCTION, 6],
];

/** Share of the budget secured, [min, max], per stage. */
export const SECURED_SHARE: Readonly<Record<ProjectStage, readonly [number, number]>> = {
  WRITING: [0, 0.08],
  DEVELOPMENT: [0.05, 0.25],
  FINANCING: [0.25, 0.65],
  PRE_PRODUCTION: [0.6, 0.85],
  PRODUCTION: [0.8, 1],
  POST_PRODUCTION: [0.9, 1],
};

export const GENRES: Readonly<Record<ProjectFormat, readonly string[]>> = {
  FEATURE_FILM: [
    'drama',
    'comedy',
    'thriller',
    'social drama',
    'coming of age',
    'romance',
    'crime',
    'animation',
  ],
  SHORT_FILM: ['drama', 'comedy', 'fantasy', 'experimental', 'animation', 'horror'],
  TV_FILM: ['drama', 'crime', 'historical', 'comedy'],
  ANIMATED_SERIES: ['family', 'comedy', 'adventure', 'preschool', 'fantasy', 'educational'],
  TV_SERIES: ['crime', 'drama', 'thriller', 'comedy', 'historical', 'science fiction'],
  DOCUMENTARY: ['society', 'history', 'nature', 'music', 'industry', 'portrait'],
  VIDEO_ART: ['experimental', 'installation', 'performance', 'archive'],
  TRANSMEDIA: ['fantasy', 'documentary', 'adventure', 'educational'],
  VIDEO_GAME: ['adventure', 'puzzle', 'narrative', 'strategy', 'action', 'family'],
  XR: ['documentary', 'fantasy', 'immersive theatre', 'educational', 'history'],
};

export const TITLE_PATTERNS: readonly string[] = [
  'Les {N} de {P}',
  'La Nuit de {P}',
  '{N}',
  'Le Dernier {M}',
  'Sous les {N}',
  'Après la {F}',
  'Marée {A}',
  'Les Enfants du {M}',
  '{P}, {Y}',
  'La {F} {A}',
];
export const PLACES = [
  'Wimereux',
  'Roubaix',
  'Lens',
  'Dunkerque',
  'Valenciennes',
  'Arras',
  'la Baie de Somme',
  'Boulogne',
  'Calais',
  'Fourmies',
  'Maubeuge',
  'Tourcoing',
  'Amiens',
  'Douai',
];
export const NOUNS_PLURAL = [
  'Mouettes',
  'Terrils',
  'Brumes',
  'Corons',
  'Dunes',
  'Filatures',
  'Beffrois',
  'Marées',
  'Ombres',
  'Géants',
];
export const NOUNS_MASCULINE = [
  'Mineur',
  'Phare',
  'Carnaval',
  'Estaminet',
  'Beffroi',
  'Passeur',
  'Marin',
  'Chevalement',
];
export const NOUNS_FEMININE = ['Tempête', 'Fanfare', 'Frontière', 'Ducasse', 'Brume', 'Filature', 'Marée'];
export const ADJECTIVES = ['Haute', 'Basse', 'Noire', 'Blanche', 'Grise', 'Douce'];

export const LOGLINE_PATTERNS: readonly string[] = [
  'In {P}, {who} must {what} before {when}.',
  'When {event}, {who} discovers {secret}.',
  '{who} and an unlikely ally {what} across the border between France and Belgium.',
];
export const WHO = [
  'a retired miner',
  'two teenage sisters',
  'a young ferry pilot',
  'a carnival giant-maker',
  'a stubborn lighthouse keeper',
  'a Franco-Belgian detective',
  'a shy robot',
  'an old textile worker',
];
export const WHAT = [
  'win back the family house',
  'solve a disappearance',
  'save the last cinema in town',
  'cross the North Sea',
  'rebuild a forgotten fanfare',
  'keep a promise',
];
export const WHEN = [
  'the tide turns',
  'the carnival ends',
  'the mine closes for good',
  'winter comes',
  'the elections',
];
export const EVENTS = [
  'the factory shuts down',
  'a storm cuts the coast off',
  'a stranger arrives in town',
  'a letter from 1914 turns up',
];
export const SECRETS = [
  'a buried family story',
  'a talent nobody suspected',
  'a smuggling route',
  'the truth about her father',
];

/** Festival slugs (festivals.reference.ts) a project of each format aims at. */
export const TARGET_FESTIVALS: Readonly<Record<ProjectFormat, readonly string[]>> = {
  FEATURE_FILM: [
    'berlinale',
    'cannes',
    'arras-film-festival',
    'venice-production-bridge',
    'iffr-cinemart',
    'les-arcs',
  ],
  SHORT_FILM: ['clermont-ferrand', 'festival-2-cinema-valenciennes', 'annecy'],
  TV_FILM: ['series-mania', 'fifam'],
  ANIMATED_SERIES: ['annecy', 'cartoon-forum', 'mipcom'],
  TV_SERIES: ['series-mania', 'mipcom', 'mip-london'],
  DOCUMENTARY: ['sunny-side-of-the-doc', 'fipadoc', 'idfa'],
  VIDEO_ART: ['kikk'],
  TRANSMEDIA: ['kikk', 'series-mania'],
  VIDEO_GAME: ['gamescom'],
  XR: ['kikk', 'annecy'],
};

/** The partner roles a project of each format seeks most. */
export const ROLES_SOUGHT: Readonly<Record<ProjectFormat, readonly PartnerRole[]>> = {
  FEATURE_FILM: [PartnerRole.MINORITY_COPRODUCER, PartnerRole.SALES_AGENT, PartnerRole.DISTRIBUTOR],
  SHORT_FILM: [PartnerRole.MINORITY_COPRODUCER, PartnerRole.DISTRIBUTOR],
  TV_FILM: [PartnerRole.BROADCASTER, PartnerRole.MINORITY_COPRODUCER],
  ANIMATED_SERIES: [
    PartnerRole.MINORITY_COPRODUCER,
    PartnerRole.BROADCASTER,
    PartnerRole.SERVICE_ANIMATION,
    PartnerRole.SALES_AGENT,
  ],
  TV_SERIES: [PartnerRole.BROADCASTER, PartnerRole.MINORITY_COPRODUCER, PartnerRole.SALES_AGENT],
  DOCUMENTARY: [PartnerRole.MINORITY_COPRODUCER, PartnerRole.BROADCASTER, PartnerRole.DISTRIBUTOR],
  VIDEO_ART: [PartnerRole.MINORITY_COPRODUCER, PartnerRole.DISTRIBUTOR],
  TRANSMEDIA: [PartnerRole.MINORITY_COPRODUCER, PartnerRole.SERVICE_VFX, PartnerRole.BROADCASTER],
  VIDEO_GAME: [PartnerRole.PUBLISHER, PartnerRole.MINORITY_COPRODUCER],
  XR: [PartnerRole.MINORITY_COPRODUCER, PartnerRole.SERVICE_VFX, PartnerRole.DISTRIBUTOR],
};

/** Funds (FUNDS slugs) a regional project of each format typically applies to. */
export const FUNDS_BY_FORMAT: Readonly<Record<ProjectFormat, readonly string[]>> = {
  FEATURE_FILM: [
    'pictanovo-production',
    'cnc-tax-credit',
    'aide-aux-cinemas-du-monde',
    'eurimages',
    'creative-europe-media',
  ],
  SHORT_FILM: ['pictanovo-associative-creation'],
  TV_FILM: ['pictanovo-production', 'cnc-tax-credit'],
  ANIMATED_SERIES: [
    'pictanovo-production',
    'cnc-tax-credit',
    'creative-europe-media',
    'wallimage-coproductions',
  ],
  TV_SERIES: ['pictanovo-production', 'cnc-tax-credit', 'creative-europe-media', 'screen-flanders'],
  DOCUMENTARY: ['pictanovo-production', 'cnc-tax-credit', 'eurimages'],
  VIDEO_ART: ['pictanovo-associative-creation'],
  TRANSMEDIA: ['pictanovo-wallimage-interactive', 'pictanovo-nouveaux-medias', 'creative-europe-media'],
  VIDEO_GAME: ['creative-europe-media'],
  XR: ['pictanovo-wallimage-interactive', 'pictanovo-nouveaux-medias'],
};

export const TEAM_ROLES = ['producer', 'writer', 'director', 'co-writer', 'line producer', 'art director'];
