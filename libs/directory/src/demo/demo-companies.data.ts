/**
 * Vocabulary of the demo companies: words of their trade names, French and foreign, and a profile per kind of
 * company (weight, formats, name patterns, labels). Pure data, invented for demonstration: no real person or company.
 */
import { CompanyKind, SizeBand, WorkFormat } from '../shared/directory.enums';
import type { ForeignCity } from './demo-places.data';
import type { Weighted } from './demo-random';

/** Masculine nouns, for "Les Films du …". */
export const WORDS_MASCULINE: readonly string[] = [
  'Beffroi',
  'Terril',
  'Phare',
  'Littoral',
  'Cap',
  'Canal',
  'Héron',
  'Marais',
  'Carillon',
  'Moulin',
  'Pavé',
  'Nord',
  'Vent',
  'Préau',
  'Quai',
  'Hibou',
  'Sablier',
  'Goéland',
  'Fanal',
  'Galibot',
  'Grand Large',
  'Chevalement',
  'Rivage',
  'Crépuscule',
  'Passage',
  'Belvédère',
  'Kiosque',
  'Lointain',
  'Cormoran',
  'Brise-Lames',
];

export const WORDS: readonly string[] = [
  ...WORDS_MASCULINE,
  'Opale',
  'Brume',
  'Dune',
  'Lanterne',
  'Escaut',
  'Lys',
  'Scarpe',
  'Marée',
  'Houle',
  'Estran',
  'Nova',
  'Prisme',
  'Pixel',
  'Boréale',
  'Comète',
  'Lumen',
  'Kaléido',
  'Mosaïque',
  'Atlas',
  'Orbite',
  'Sillage',
  'Azimut',
  'Horizon',
  'Ressac',
  'Flandre',
  'Artois',
  'Hainaut',
  'Aurore',
  'Boussole',
  'Papillon',
  'Luciole',
  'Ardoise',
  'Gribouille',
  'Zénith',
  'Polaris',
  'Cobalt',
  'Vermillon',
  'Saturne',
  'Origami',
  'Mirage',
];

/** Words of the trade names of foreign partners, by language. */
export const FOREIGN_WORDS: Readonly<Record<ForeignCity['language'], readonly string[]>> = {
  fr: ['Lumière', 'Boréal', 'Aurore', 'Meuse', 'Ardennes', 'Léman', 'Caribou', 'Érable', 'Sambre', 'Fanal'],
  nl: ['Zeelicht', 'Polder', 'Duin', 'Meeuw', 'Reiger', 'Klaproos', 'Mist', 'Molen', 'Tulp', 'Lichtval'],
  de: ['Nordlicht', 'Leuchtturm', 'Eisvogel', 'Wolke', 'Brücke', 'Kranich', 'Fernweh', 'Glühwurm'],
  en: ['Lighthouse', 'Kestrel', 'Harbour', 'Tidewater', 'Northern', 'Heron', 'Lantern', 'Skylark'],
  es: ['Mar', 'Sol', 'Faro', 'Luna', 'Niebla', 'Olivo', 'Brisa', 'Lince'],
  it: ['Lanterna', 'Gabbiano', 'Nebbia', 'Ponte', 'Aurora', 'Faro', 'Lucciola', 'Vento'],
};

/** Masculine words of French-speaking partners, for "Les Films du …". */
export const FOREIGN_WORDS_MASCULINE_FR: readonly string[] = [
  'Boréal',
  'Caribou',
  'Léman',
  'Fanal',
  'Grand Nord',
  'Saint-Laurent',
  'Plateau',
  'Carrousel',
];

/** Trade name patterns: {S} surname, {W} word, {M} masculine word (French only). */
export const FOREIGN_NAME_PATTERNS: Readonly<Record<ForeignCity['language'], readonly string[]>> = {
  fr: ['{S} Films', '{W} Productions', 'Les Films du {M}', 'Studio {W}', '{W} Animation', 'Productions {W}'],
  nl: ['{W} Film', '{S} Producties', 'Studio {W}', '{W} Animatie', '{W} Pictures'],
  de: ['{S} Filmproduktion', '{W} Film', 'Studio {W}', '{W} Animation', '{W} Pictures'],
  en: ['{S} Pictures', '{W} Films', '{W} Animation', '{W} Studios', '{W} Productions'],
  es: ['{W} Producciones', '{S} Films', 'Estudio {W}', '{W} Animación'],
  it: ['{W} Film', '{S} Produzioni', 'Studio {W}', '{W} Animazione'],
};

// ------------------------------------------------------------------------------------------------ companies

export interface CompanyKindProfile {
  weight: number;
  formats: readonly WorkFormat[];
  related: readonly CompanyKind[];
  /** French trade name patterns: {S} surname, {S2} second surname, {W} word, {M} masculine word. */
  names: readonly string[];
  labelFr: string;
  labelEn: string;
}

const F = WorkFormat;
const K = CompanyKind;

export const COMPANY_KINDS: Readonly<Record<CompanyKind, CompanyKindProfile>> = {
  [K.PRODUCTION]: {
    weight: 30,
    formats: [
      F.FEATURE_FILM,
      F.SHORT_FILM,
      F.TV_FILM,
      F.TV_SERIES,
      F.DOCUMENTARY,
      F.COMMERCIAL,
      F.MUSIC_VIDEO,
    ],
    related: [K.DISTRIBUTION, K.POST_PRODUCTION, K.ANIMATION],
    names: [
      '{S} Films',
      '{W} Productions',
      'Les Films du {M}',
      '{W} Films',
      'Les Productions du {M}',
      '{S} & {S2} Production',
    ],
    labelFr: 'Société de production',
    labelEn: 'Production company',
  },
  [K.ANIMATION]: {
    weight: 12,
    formats: [F.ANIMATED_SERIES, F.SHORT_FILM, F.FEATURE_FILM, F.COMMERCIAL],
    related: [K.VFX, K.PRODUCTION],
    names: ['{W} Animation', 'Studio {W}', '{W} Animation Studio', 'Les Films du {M}'],
    labelFr: "Studio d'animation",
    labelEn: 'Animation studio',
  },
  [K.POST_PRODUCTION]: {
    weight: 8,
    formats: [F.FEATURE_FILM, F.DOCUMENTARY, F.TV_SERIES, F.SHORT_FILM, F.COMMERCIAL],
    related: [K.SOUND, K.VFX],
    names: ['{W} Post', 'Studio {W}', '{W} Postproduction', 'Atelier {W}'],
    labelFr: 'Prestataire de postproduction',
    labelEn: 'Post-production house',
  },
  [K.VFX]: {
    weight: 7,
    formats: [F.FEATURE_FILM, F.TV_SERIES, F.COMMERCIAL, F.ANIMATED_SERIES],
    related: [K.POST_PRODUCTION, K.ANIMATION],
    names: ['{W} VFX', 'Studio {W}', '{W} Digital', '{W} FX'],
    labelFr: "Studio d'effets visuels",
    labelEn: 'VFX studio',
  },
  [K.GAME_STUDIO]: {
    weight: 10,
    formats: [F.VIDEO_GAME, F.XR],
    related: [K.PUBLISHER, K.IMMERSIVE_XR],
    names: ['{W} Games', '{W} Interactive', 'Studio {W}', '{W} Game Studio'],
    labelFr: 'Studio de jeu vidéo',
    labelEn: 'Game studio',
  },
  [K.IMMERSIVE_XR]: {
    weight: 5,
    formats: [F.XR, F.TRANSMEDIA, F.VIDEO_ART],
    related: [K.GAME_STUDIO, K.PRODUCTION],
    names: ['{W} XR', '{W} Immersive', 'Studio {W}', '{W} Lab'],
    labelFr: 'Studio de création immersive',
    labelEn: 'Immersive studio',
  },
  [K.SOUND]: {
    weight: 5,
    formats: [F.FEATURE_FILM, F.ANIMATED_SERIES, F.VIDEO_GAME, F.DOCUMENTARY],
    related: [K.POST_PRODUCTION],
    names: ['{W} Audio', 'Studio {W}', '{W} Sound', 'Auditorium {W}'],
    labelFr: 'Studio son',
    labelEn: 'Sound studio',
  },
  [K.DISTRIBUTION]: {
    weight: 4,
    formats: [F.FEATURE_FILM, F.DOCUMENTARY, F.SHORT_FILM],
    related: [K.SALES_AGENT, K.PRODUCTION],
    names: ['{W} Distribution', '{S} Distribution', 'Les Films du {M}'],
    labelFr: 'Distributeur',
    labelEn: 'Distributor',
  },
  [K.SALES_AGENT]: {
    weight: 2,
    formats: [F.FEATURE_FILM, F.DOCUMENTARY, F.ANIMATED_SERIES],
    related: [K.DISTRIBUTION],
    names: ['{W} International', '{W} Sales', '{S} World Sales'],
    labelFr: 'Vendeur international',
    labelEn: 'Sales agent',
  },
  [K.BROADCASTER]: {
    weight: 2,
    formats: [F.TV_SERIES, F.DOCUMENTARY, F.TV_FILM],
    related: [K.PRODUCTION],
    names: ['{W} TV', 'Télé {W}', '{W} Média'],
    labelFr: 'Chaîne de télévision locale',
    labelEn: 'Local broadcaster',
  },
  [K.EQUIPMENT_RENTAL]: {
    weight: 4,
    formats: [F.FEATURE_FILM, F.COMMERCIAL, F.TV_SERIES],
    related: [K.STUDIO_FACILITY],
    names: ['{W} Location', '{W} Caméra', '{W} Lumière', '{W} Rental'],
    labelFr: 'Loueur de matériel caméra, lumière et machinerie',
    labelEn: 'Camera, lighting and grip rental',
  },
  [K.STUDIO_FACILITY]: {
    weight: 2,
    formats: [F.FEATURE_FILM, F.TV_SERIES, F.COMMERCIAL],
    related: [K.EQUIPMENT_RENTAL],
    names: ['Studios {W}', 'Plateaux {W}', '{W} Studios'],
    labelFr: 'Plateaux de tournage',
    labelEn: 'Sound stages',
  },
  [K.CASTING]: {
    weight: 3,
    formats: [F.FEATURE_FILM, F.TV_SERIES, F.COMMERCIAL],
    related: [K.TRAINING],
    names: ['{S} Casting', 'Casting {W}', '{W} Casting'],
    labelFr: 'Agence de casting',
    labelEn: 'Casting agency',
  },
  [K.TRAINING]: {
    weight: 3,
    formats: [F.SHORT_FILM],
    related: [K.CASTING, K.PRODUCTION],
    names: ['{W} Formation', 'Atelier {W}', '{W} Académie'],
    labelFr: "Organisme de formation aux métiers de l'image",
    labelEn: 'Screen industry training provider',
  },
  [K.PUBLISHER]: {
    weight: 2,
    formats: [F.VIDEO_GAME],
    related: [K.GAME_STUDIO],
    names: ['{W} Publishing', '{W} Éditions', '{W} Games Publishing'],
    labelFr: 'Éditeur de jeux vidéo',
    labelEn: 'Game publisher',
  },
};

export const SIZE_BANDS: Weighted<SizeBand> = [
  [SizeBand.SOLO, 15],
  [SizeBand.MICRO, 45],
  [SizeBand.SMALL, 28],
  [SizeBand.MEDIUM, 10],
  [SizeBand.LARGE, 2],
];
