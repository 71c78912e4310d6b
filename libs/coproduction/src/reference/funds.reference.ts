/** Project formats used by the `formats` fields of the festival, fund and forum reference data. */
export const PROJECT_FORMATS = [
  'FEATURE_FILM',
  'SHORT_FILM',
  'TV_FILM',
  'ANIMATED_SERIES',
  'TV_SERIES',
  'DOCUMENTARY',
  'VIDEO_ART',
  'TRANSMEDIA',
  'VIDEO_GAME',
  'XR',
] as const;

export type ProjectFormat = (typeof PROJECT_FORMATS)[number];

export type FundScope = 'REGIONAL' | 'NATIONAL' | 'EUROPEAN' | 'FOREIGN_REGIONAL' | 'TAX_INCENTIVE';

export interface FundReference {
  slug: string;
  name: string;
  operator: string;
  /** ISO 3166-1 alpha-2; null for European funds. */
  country: string | null;
  scope: FundScope;
  /** Project formats (PROJECT_FORMATS); empty = all. */
  formats: string[];
  summaryEn: string;
  summaryFr: string;
  /** Countries that must each have a partner in the project, e.g. ['FR', 'BE']. */
  requiresPartnerCountries: string[];
  verified: boolean;
  sources: string[];
}

/** Audiovisual (non-interactive) formats: cinema and television works. */
const SCREEN_FORMATS: string[] = ['FEATURE_FILM', 'TV_FILM', 'TV_SERIES', 'ANIMATED_SERIES', 'DOCUMENTARY'];

/**
 * Public funds and incentives relevant to co-productions from Hauts-de-France. Facts and sources:
 * shared/reference/FACTS.md §4. Figures only as FACTS.md states them. `formats` is a classification of what
 * FACTS.md describes (e.g. "cinema/audiovisual" → the screen formats).
 */
export const FUNDS: readonly FundReference[] = [
  {
    // The undated "over 3 million euros a year" figure (FACTS.md §8) is left out; later totals are higher.
    slug: 'pictanovo-production',
    name: 'Pictanovo regional cinema and audiovisual production fund',
    operator: 'Pictanovo (Hauts-de-France Region, with the CNC)',
    country: 'FR',
    scope: 'REGIONAL',
    formats: [...SCREEN_FORMATS],
    summaryEn:
      'Production support of the Hauts-de-France image agency, mostly Region money with the CNC: support budgets rose to €8.17M in 2018 (from about €3.87M); in 2021 €6.38M from the Region and €2.28M from the CNC, plus about €1.8M extra from the Region; 235+ projects aided in 2020. Hauts-de-France was the 2nd regional fund in 2022 after Île-de-France; new rules adopted July 2023, in force September 2023. Applicant: commercial production company (APE 5911A/5911C) seated in the EEA and established in France when paid; CNC agrément required for feature and TV production aid. Documentary production: at least 40% of financing secured at filing (TV) or 30% (feature documentary).',
    summaryFr:
      "Aide à la production de l'agence régionale de l'image, surtout financée par la Région avec le CNC : budgets d'aide portés à 8,17 M€ en 2018 (contre environ 3,87 M€) ; en 2021, 6,38 M€ de la Région et 2,28 M€ du CNC, plus environ 1,8 M€ supplémentaires de la Région ; plus de 235 projets aidés en 2020. Les Hauts-de-France étaient le 2e fonds régional en 2022 après l'Île-de-France ; nouveau règlement adopté en juillet 2023, en vigueur en septembre 2023. Demandeur : société de production commerciale (APE 5911A/5911C) ayant son siège dans l'EEE et établie en France au paiement ; agrément du CNC requis pour les aides à la production de longs métrages et d'œuvres audiovisuelles. Documentaire : au moins 40 % du financement acquis au dépôt (télévision) ou 30 % (documentaire de cinéma).",
    requiresPartnerCountries: [],
    verified: true,
    sources: [
      'https://www.cineregio.org/members/pictanovo/',
      'https://ccomptes.fr/fr/publications/association-pictanovo-nord',
      'https://issuu.com/ecrantotal/docs/eth_hs2_cannes_2021_bd/62',
      'https://www.scam.fr/actualites-ressources/serie-territoires-et-creation-5-hauts-de-france/',
      'https://les-aides.fr/aide/aWB_3w/pictanovo/fonds-animation.html',
      'https://les-aides.fr/aide/aWCf3w/pictanovo/fonds-documentaire.html',
    ],
  },
  {
    // Unverified: current size (FACTS.md §8); the formats come from the brief, not from FACTS.md.
    slug: 'pictanovo-associative-creation',
    name: 'Pictanovo associative creation fund',
    operator: 'Pictanovo (Hauts-de-France Region grant)',
    country: 'FR',
    scope: 'REGIONAL',
    formats: ['SHORT_FILM', 'VIDEO_ART'],
    summaryEn:
      'Creation fund of €150,000 a year (Region grant) for 20–30 projects a year, per an undated Cineregio page; its current size is not confirmed.',
    summaryFr:
      "Fonds d'aide à la création associative de 150 000 € par an (subvention de la Région) pour 20 à 30 projets par an, selon une page non datée de Cineregio ; montant actuel non confirmé.",
    requiresPartnerCountries: [],
    verified: false,
    sources: ['https://www.cineregio.org/members/pictanovo/'],
  },
  {
    // Trans-regional (Hauts-de-France + Wallonia): recorded from the Pictanovo side, country 'FR'.
    slug: 'pictanovo-wallimage-interactive',
    name: 'Trans-regional Interactive Experiences fund (Pictanovo + Wallimage)',
    operator: 'Pictanovo and Wallimage',
    country: 'FR',
    scope: 'REGIONAL',
    formats: ['XR', 'TRANSMEDIA'],
    summaryEn:
      'Interactive experiences fund run by Pictanovo with Wallimage (Wallonia): up to €300,000 in total; projects must involve partners from both regions.',
    summaryFr:
      'Fonds expériences interactives de Pictanovo et Wallimage (Wallonie) : 300 000 € au total au maximum ; les projets doivent associer des partenaires des deux régions.',
    requiresPartnerCountries: ['FR', 'BE'],
    verified: true,
    sources: [
      'http://www.cineuropa.org/en/newsdetail/254550/',
      'https://www.cineregio.org/members/pictanovo/',
    ],
  },
  {
    slug: 'pictanovo-nouveaux-medias',
    name: 'Pictanovo Nouveaux médias fund',
    operator: 'Pictanovo',
    country: 'FR',
    scope: 'REGIONAL',
    formats: ['XR', 'TRANSMEDIA'],
    summaryEn: 'Regional fund for immersive and interactive works; video games are excluded.',
    summaryFr: 'Fonds régional pour les œuvres immersives et interactives ; les jeux vidéo sont exclus.',
    requiresPartnerCountries: [],
    verified: true,
    sources: ['https://les-aides.fr/aide/aWGf3w/pictanovo/fonds-nouveaux-medias.html'],
  },
  {
    slug: 'cnc-tax-credit',
    name: "Crédit d'impôt cinéma et audiovisuel (CNC tax credit)",
    operator: 'CNC',
    country: 'FR',
    scope: 'TAX_INCENTIVE',
    formats: [...SCREEN_FORMATS],
    summaryEn:
      'Tax credit for French delegate producers on French spend: 20% base rate, 30% for animation and films under €7M, 25% for TV fiction and documentary; capped at €30M, with per-minute caps for TV works; extended to 31 December 2028.',
    summaryFr:
      "Crédit d'impôt pour les producteurs délégués français sur les dépenses en France : taux de base de 20 %, 30 % pour l'animation et les films de moins de 7 M€, 25 % pour la fiction et le documentaire audiovisuels ; plafond de 30 M€, plafonds par minute pour les œuvres audiovisuelles ; prolongé jusqu'au 31 décembre 2028.",
    requiresPartnerCountries: [],
    verified: true,
    sources: [
      'https://www.cnc.fr/professionnels/aides-et-financements/cinema/production/credit-dimpot-cinema_132769',
      'https://fonds-publics.fr/aides/credit-impot-cinema-audiovisuel',
    ],
  },
  {
    slug: 'c2i-trip',
    name: 'International tax credit (C2I / TRIP)',
    operator: 'French State, claimed by the French executive producer',
    country: 'FR',
    scope: 'TAX_INCENTIVE',
    formats: [...SCREEN_FORMATS],
    summaryEn:
      'Tax credit for foreign productions: 30% of French spend, 40% for VFX-heavy fiction with over €2M of French VFX spend, capped at €30M; paid to the French executive producer. Requires at least €250,000 of eligible spend (or 50% of the budget) and, for live action, 5 shooting days in France.',
    summaryFr:
      "Crédit d'impôt pour les productions étrangères : 30 % des dépenses en France, 40 % pour les fictions à forts effets visuels avec plus de 2 M€ de dépenses VFX en France, plafond de 30 M€ ; versé au producteur exécutif français. Conditions : au moins 250 000 € de dépenses éligibles (ou 50 % du budget) et, en prises de vues réelles, 5 jours de tournage en France.",
    requiresPartnerCountries: [],
    verified: true,
    sources: [
      'https://videadoc.com/aides/credit-dimpot-international',
      'https://gironde-tournages.com/financement/soutien-aux-films-internationaux',
    ],
  },
  {
    slug: 'aide-aux-cinemas-du-monde',
    name: 'Aide aux cinémas du monde',
    operator: 'CNC and Institut français',
    country: 'FR',
    scope: 'NATIONAL',
    formats: ['FEATURE_FILM'],
    summaryEn:
      'Selective aid (since 2012) for France-based producers co-producing feature films over 1 hour with foreign partners: up to €250,000 before production (€450,000 in some cases) and €50,000 after.',
    summaryFr:
      "Aide sélective (depuis 2012) aux producteurs établis en France qui coproduisent des longs métrages de plus d'une heure avec des partenaires étrangers : jusqu'à 250 000 € avant production (450 000 € dans certains cas) et 50 000 € après.",
    requiresPartnerCountries: [],
    verified: true,
    sources: [
      'https://cnc.fr/professionnels/aides-et-financements/international/coproduction/comites-de-chiffrage-aide-aux-cinemas-du-monde',
      'https://fonds-publics.fr/?p=62196',
    ],
  },
  {
    slug: 'eurimages',
    name: 'Eurimages',
    operator: 'Council of Europe',
    country: null,
    scope: 'EUROPEAN',
    formats: ['FEATURE_FILM', 'DOCUMENTARY'],
    summaryEn:
      'Co-production support for fiction, animation and documentary features of at least 70 minutes with at least 2 co-producers from member states. Bilateral: majority share at most 80%, minority at least 20% (90/10 if the budget exceeds €5M); multilateral: majority at most 70%, minority at least 10%. Three deadlines a year; soft loans or grants. Support above €150,000 is repayable from the first euro (since 2021).',
    summaryFr:
      "Aide à la coproduction de longs métrages de fiction, d'animation et documentaires d'au moins 70 minutes, avec au moins 2 coproducteurs d'États membres. Bilatéral : part majoritaire de 80 % au plus, minoritaire de 20 % au moins (90/10 si le budget dépasse 5 M€) ; multilatéral : majoritaire 70 % au plus, minoritaire 10 % au moins. Trois sessions par an ; avances remboursables ou subventions. Au-delà de 150 000 €, l'aide est remboursable dès le premier euro (depuis 2021).",
    requiresPartnerCountries: [],
    verified: true,
    sources: [
      'https://www.coe.int/en/web/eurimages/coproduction',
      'https://www.coe.int/en/web/eurimages/repayment-conditions',
    ],
  },
  {
    slug: 'creative-europe-media',
    name: 'Creative Europe MEDIA',
    operator: 'European Commission',
    country: null,
    scope: 'EUROPEAN',
    formats: [],
    summaryEn:
      'EU programme for independent European producers: slate development (3–5 works), mini-slate (2–3 works, for low-capacity countries), TV and online content, and co-development.',
    summaryFr:
      "Programme de l'UE pour les producteurs européens indépendants : développement de catalogue (3 à 5 œuvres), mini-catalogue (2 à 3 œuvres, pays à faible capacité), contenus télévisuels et en ligne, codéveloppement.",
    requiresPartnerCountries: [],
    verified: true,
    sources: ['https://culture.ec.europa.eu/creative-europe/creative-europe-media-strand/content-cluster'],
  },
  {
    // FACTS.md §8: the Wallimage spend rule is not confirmed, so none is stated here.
    slug: 'wallimage-coproductions',
    name: 'Wallimage Coproductions',
    operator: 'Wallimage (Mons)',
    country: 'BE',
    scope: 'FOREIGN_REGIONAL',
    formats: ['FEATURE_FILM', 'TV_SERIES', 'ANIMATED_SERIES'],
    summaryEn:
      "Wallonia's regional economic fund (since 2001): Wallimage Coproductions invests in films and series that spend in Wallonia; a development fund was launched in 2021.",
    summaryFr:
      'Fonds économique régional wallon (depuis 2001) : Wallimage Coproductions investit dans des films et séries qui dépensent en Wallonie ; un fonds de développement a été lancé en 2021.',
    requiresPartnerCountries: [],
    verified: true,
    sources: [
      'https://www.lecho.be/entreprises/divertissement/Wallimage-cree-un-nouveau-fonds-economique/10298952',
    ],
  },
  {
    slug: 'screen-flanders',
    name: 'Screen Flanders',
    operator: 'Screen Flanders',
    country: 'BE',
    scope: 'FOREIGN_REGIONAL',
    formats: ['FEATURE_FILM', 'DOCUMENTARY', 'TV_SERIES', 'ANIMATED_SERIES'],
    summaryEn:
      'Repayable advances of up to €400,000 to Belgian independent producers (foreign producers through a Belgian co-producer); at least €250,000 of eligible Flemish spend; 50% of financing confirmed at filing; features of at least 60 minutes or series of at least 3 episodes.',
    summaryFr:
      "Avances remboursables jusqu'à 400 000 € aux producteurs indépendants belges (producteurs étrangers via un coproducteur belge) ; au moins 250 000 € de dépenses éligibles en Flandre ; 50 % du financement confirmé au dépôt ; longs métrages d'au moins 60 minutes ou séries d'au moins 3 épisodes.",
    requiresPartnerCountries: ['BE'],
    verified: true,
    sources: ['https://screenflanders.be/en/economic-fund/how-to-apply/'],
  },
  {
    // Unverified: the operator and the Belgian-partner requirement are inferred from "open to Belgian and
    // qualifying international co-productions".
    slug: 'belgian-tax-shelter',
    name: 'Belgian Tax Shelter',
    operator: 'Belgian federal State',
    country: 'BE',
    scope: 'TAX_INCENTIVE',
    formats: [],
    summaryEn:
      'Tax incentive (since 2003) open to Belgian and qualifying international co-productions: can fund up to 33% of qualifying EEA expenses and up to 40% of Belgian eligible expenses.',
    summaryFr:
      "Incitant fiscal (depuis 2003) ouvert aux productions belges et aux coproductions internationales éligibles : peut financer jusqu'à 33 % des dépenses éligibles dans l'EEE et jusqu'à 40 % des dépenses éligibles en Belgique.",
    requiresPartnerCountries: ['BE'],
    verified: false,
    sources: ['https://belgiumfilm.be/en/tax-shelter'],
  },
];
