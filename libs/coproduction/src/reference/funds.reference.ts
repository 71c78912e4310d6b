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
  /**
   * Regions (subdivisions.reference.ts codes) that must each have a partner, when the fund is narrower than the
   * countries: ['FR-HDF', 'BE-WAL'] for the Pictanovo + Wallimage fund. Empty: no regional requirement.
   */
  requiresPartnerRegions: string[];
  /** Share of the financing that must be confirmed when applying (0.5 = 50%); null when none is stated. */
  financingConfirmedMin: number | null;
  verified: boolean;
  /** What stays unverified, in words (kept in the reference only). */
  unverified?: string;
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
    // Short films: the Cineregio page names "feature films, short films, TV films, animated series and documentary
    // films"; the Region's short-film fund (grants of €15,000–30,000, fiction and documentary up to one hour).
    slug: 'pictanovo-production',
    name: 'Pictanovo regional cinema and audiovisual production fund',
    operator: 'Pictanovo (Hauts-de-France Region, with the CNC)',
    country: 'FR',
    scope: 'REGIONAL',
    formats: [...SCREEN_FORMATS, 'SHORT_FILM'],
    summaryEn:
      'Production support of the Hauts-de-France image agency, mostly Region money with the CNC: support budgets rose to €8.17M in 2018 (from about €3.87M); in 2021 €6.38M from the Region and €2.28M from the CNC, plus about €1.8M extra from the Region; 235+ projects aided in 2020. Hauts-de-France was the 2nd regional fund in 2022 after Île-de-France; new rules adopted July 2023, in force September 2023. Applicant: commercial production company (APE 5911A/5911C) seated in the EEA and established in France when paid; CNC agrément required for feature and TV production aid. Documentary production: at least 40% of financing secured at filing (TV) or 30% (feature documentary). Short films (fiction and documentary up to one hour): grants of €15,000 to €30,000.',
    summaryFr:
      "Aide à la production de l'agence régionale de l'image, surtout financée par la Région avec le CNC : budgets d'aide portés à 8,17 M€ en 2018 (contre environ 3,87 M€) ; en 2021, 6,38 M€ de la Région et 2,28 M€ du CNC, plus environ 1,8 M€ supplémentaires de la Région ; plus de 235 projets aidés en 2020. Les Hauts-de-France étaient le 2e fonds régional en 2022 après l'Île-de-France ; nouveau règlement adopté en juillet 2023, en vigueur en septembre 2023. Demandeur : société de production commerciale (APE 5911A/5911C) ayant son siège dans l'EEE et établie en France au paiement ; agrément du CNC requis pour les aides à la production de longs métrages et d'œuvres audiovisuelles. Documentaire : au moins 40 % du financement acquis au dépôt (télévision) ou 30 % (documentaire de cinéma). Courts métrages (fiction et documentaire d'une heure au plus) : subventions de 15 000 à 30 000 €.",
    requiresPartnerCountries: [],
    requiresPartnerRegions: [],
    financingConfirmedMin: null,
    verified: true,
    sources: [
      'https://www.cineregio.org/members/pictanovo/',
      'https://ccomptes.fr/fr/publications/association-pictanovo-nord',
      'https://issuu.com/ecrantotal/docs/eth_hs2_cannes_2021_bd/62',
      'https://www.scam.fr/actualites-ressources/serie-territoires-et-creation-5-hauts-de-france/',
      'https://les-aides.fr/aide/aWB_3w/pictanovo/fonds-animation.html',
      'https://les-aides.fr/aide/aWCf3w/pictanovo/fonds-documentaire.html',
      'https://fonds-publics.fr/?p=62618',
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
    requiresPartnerRegions: [],
    financingConfirmedMin: null,
    verified: false,
    sources: ['https://www.cineregio.org/members/pictanovo/'],
  },
  {
    // Trans-regional (Hauts-de-France + Wallonia): recorded from the Pictanovo side, country 'FR'. The Cineregio
    // page names transmedia and video games; partners must come from both regions, not any French and Belgian pair.
    slug: 'pictanovo-wallimage-interactive',
    name: 'Trans-regional Interactive Experiences fund (Pictanovo + Wallimage)',
    operator: 'Pictanovo and Wallimage',
    country: 'FR',
    scope: 'REGIONAL',
    formats: ['XR', 'TRANSMEDIA', 'VIDEO_GAME'],
    summaryEn:
      'Interactive experiences fund run by Pictanovo with Wallimage (Wallonia) for new forms of writing such as transmedia and video games: up to €300,000 in total; projects must involve partners from both regions, Hauts-de-France and Wallonia.',
    summaryFr:
      'Fonds expériences interactives de Pictanovo et Wallimage (Wallonie) pour les nouvelles écritures, transmédia et jeu vidéo : 300 000 € au total au maximum ; les projets doivent associer des partenaires des deux régions, Hauts-de-France et Wallonie.',
    requiresPartnerCountries: ['FR', 'BE'],
    requiresPartnerRegions: ['FR-HDF', 'BE-WAL'],
    financingConfirmedMin: null,
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
    requiresPartnerRegions: [],
    financingConfirmedMin: null,
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
    requiresPartnerRegions: [],
    financingConfirmedMin: null,
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
    requiresPartnerRegions: [],
    financingConfirmedMin: null,
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
    requiresPartnerRegions: [],
    financingConfirmedMin: null,
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
      'Co-production support for fiction, animation and documentary features of at least 70 minutes with at least 2 co-producers from member states. Bilateral: majority share at most 80%, minority at least 20% (90/10 if the budget exceeds €5M); multilateral: majority at most 70%, minority at least 10%. At least 50% of the financing must be confirmed when applying (the "50% financing requirement"; recent letters of intent count). Three deadlines a year; soft loans or grants. Support above €150,000 is repayable from the first euro (since 2021).',
    summaryFr:
      "Aide à la coproduction de longs métrages de fiction, d'animation et documentaires d'au moins 70 minutes, avec au moins 2 coproducteurs d'États membres. Bilatéral : part majoritaire de 80 % au plus, minoritaire de 20 % au moins (90/10 si le budget dépasse 5 M€) ; multilatéral : majoritaire 70 % au plus, minoritaire 10 % au moins. Au moins 50 % du financement doit être confirmé au dépôt (règle des 50 % ; les lettres d'intention récentes valent confirmation). Trois sessions par an ; avances remboursables ou subventions. Au-delà de 150 000 €, l'aide est remboursable dès le premier euro (depuis 2021).",
    requiresPartnerCountries: [],
    requiresPartnerRegions: [],
    financingConfirmedMin: 0.5,
    verified: true,
    sources: [
      'https://www.coe.int/en/web/eurimages/coproduction',
      'https://www.coe.int/en/web/eurimages/repayment-conditions',
      'https://www.coe.int/en/web/eurimages/co-production-how-to-submit-an-application-',
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
    requiresPartnerRegions: [],
    financingConfirmedMin: null,
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
    requiresPartnerRegions: [],
    financingConfirmedMin: null,
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
    requiresPartnerRegions: [],
    financingConfirmedMin: 0.5,
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
    requiresPartnerRegions: [],
    financingConfirmedMin: null,
    verified: false,
    sources: ['https://belgiumfilm.be/en/tax-shelter'],
  },
  {
    // Created in 2017 by Pictanovo with the Region and Game IN (€600,000 a year then); current budget and caps
    // are not confirmed by the sources at hand.
    slug: 'pictanovo-jeu-video',
    name: 'Hauts-de-France regional video game fund',
    operator: 'Pictanovo (Hauts-de-France Region, with Game IN)',
    country: 'FR',
    scope: 'REGIONAL',
    formats: ['VIDEO_GAME'],
    summaryEn:
      'Regional fund for video games made in Hauts-de-France, launched in 2017 with €600,000 a year: prototype aid and production aid, selected by a jury of experts. Its current budget and caps are not confirmed.',
    summaryFr:
      "Fonds régional pour les jeux vidéo produits en Hauts-de-France, lancé en 2017 avec 600 000 € par an : aide au prototype et aide à la production, sur sélection d'un jury d'experts. Budget et plafonds actuels non confirmés.",
    requiresPartnerCountries: [],
    requiresPartnerRegions: [],
    financingConfirmedMin: null,
    verified: false,
    unverified: 'Current annual budget and per-project caps (the sources date from 2017).',
    sources: [
      'https://numerama.com/business/251350-les-hauts-de-france-soffrent-un-fonds-regional-de-600-000-euros-pour-le-jeu-video.html',
      'https://vl-media.fr/fonds-600-000-euros-jeu-video-hauts-de-france',
    ],
  },
  {
    slug: 'wallimage-gaming',
    name: 'Wallimage Gaming',
    operator: 'Wallimage (Walloon Region)',
    country: 'BE',
    scope: 'FOREIGN_REGIONAL',
    formats: ['VIDEO_GAME'],
    summaryEn:
      "Wallonia's video game fund (since 2022, about €2M a year in calls for projects): games initiated and made by a Walloon studio, co-produced with a Walloon studio, or partly subcontracted to Walloon studios or talent; only expenses in Wallonia count. The 2026 calls fund up to €75,000 per project in pre-production and €400,000 in production. The beneficiary must have its registered office in Belgium when the agreement is signed.",
    summaryFr:
      "Fonds wallon pour le jeu vidéo (depuis 2022, environ 2 M€ par an en appels à projets) : jeux initiés et fabriqués par un studio wallon, coproduits avec un studio wallon, ou en partie sous-traités à des studios ou talents wallons ; seules les dépenses en Wallonie comptent. Les appels 2026 financent jusqu'à 75 000 € par projet en préproduction et 400 000 € en production. Le bénéficiaire doit avoir son siège en Belgique à la signature.",
    requiresPartnerCountries: ['BE'],
    requiresPartnerRegions: ['BE-WAL'],
    financingConfirmedMin: null,
    verified: true,
    sources: [
      'https://www.wallimage.be/en/services/wallimage-gaming/',
      'https://www.rtl.be/actu/belgique/politique/deux-millions-supplementaires-pour-le-jeu-video-en-wallonie/2023-05-04/article/549542',
      'https://www.telesambre.be/info/societe/deux-millions-deuros-liberes-pour-soutenir-le-jeu-video-wallon-en-2026/77275',
    ],
  },
];
