export type ProgrammeLevel =
  'BAC_PLUS_2' | 'BAC_PLUS_3' | 'BAC_PLUS_5' | 'POST_MASTER' | 'DOCTORATE' | 'OTHER';

export interface ProgrammeReference {
  slug: string;
  title: string;
  level: ProgrammeLevel;
  /**
   * Kebab-case, e.g. 'animation', 'games', 'vfx', 'film', 'acting', 'design', 'journalism', 'audiovisual',
   * 'visual-arts', 'performing-arts'.
   */
  discipline: string;
  durationYears: number | null;
  yearlyIntake: number | null;
  /** ISO 639-1 codes. Empty: the teaching language is not stated in FACTS.md. */
  languages: string[];
  /** France Compétences code, e.g. 'RNCP40325'. */
  rncp: string | null;
  /**
   * YYYY-MM-DD: the last day the RNCP registration is valid (France Compétences). A recognition past this date
   * is shown as expired, never as current. Null: no RNCP code, or its end date is not sourced.
   */
  rncpValidUntil: string | null;
  verified: boolean;
  /** What stays unverified, in words (kept in the reference only). */
  unverified?: string;
  sources: string[];
}

export interface SchoolReference {
  slug: string;
  name: string;
  city: string;
  siteSlug: 'plaine-images' | 'serre-numerique' | 'arenberg-creative-mine' | null;
  website: string | null;
  descriptionFr: string;
  descriptionEn: string;
  programmes: ProgrammeReference[];
  verified: boolean;
  /** What stays unverified, in words (kept in the reference only). */
  unverified?: string;
  sources: string[];
}

/**
 * The five options of the national BTS "Métiers de l'audiovisuel" (FACTS.md §2, Lycée Jean-Rostand row; the former
 * "BTS Audiovisuel"). Which options each lycée offers is stated per programme.
 */
export const BTS_METIERS_AUDIOVISUEL_OPTIONS = [
  'Métiers de l’image',
  'Métiers du son',
  'Métiers du montage et de la post-production',
  'Gestion de production',
  'Techniques d’ingénierie et exploitation des équipements',
] as const;

/**
 * Schools and programmes of the image industry in Hauts-de-France.
 * Facts and sources: shared/reference/FACTS.md §2 (sites: §1). Conventions:
 * - A programme is `verified: false` when its level or title is not stated by FACTS.md (level left 'OTHER')
 *   or something in it was derived; unknown durations and intakes are null.
 * - `languages` is empty everywhere: FACTS.md never states the teaching language.
 * - `website` is the origin of a page FACTS.md cites on the school's own domain, else null.
 */
export const SCHOOLS: readonly SchoolReference[] = [
  {
    slug: 'rubika',
    name: 'Rubika (Supinfocom, Supinfogame, ISD)',
    city: 'Valenciennes',
    siteSlug: 'serre-numerique',
    website: null,
    descriptionFr:
      "Trois écoles (Supinfocom pour l'animation, Supinfogame pour le jeu vidéo, ISD pour le design) réunies sous le nom Rubika en 2013 et installées à la Serre Numérique de Valenciennes depuis 2015. Rubika porte la certification de réalisation en animation (RNCP 40325, niveau 7).",
    descriptionEn:
      'Three schools (Supinfocom for animation, Supinfogame for games, ISD for design) merged as Rubika in 2013 and based at the Serre Numérique in Valenciennes since 2015. Rubika holds the animation director certification (RNCP 40325, level 7).',
    programmes: [
      {
        // Level 7 of the national framework = bac+5. Certification valid to 31-08-2030.
        slug: 'rubika-animation-director',
        title: 'Animation director (certification RNCP 40325)',
        level: 'BAC_PLUS_5',
        discipline: 'animation',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: 'RNCP40325',
        rncpValidUntil: '2030-08-31',
        verified: true,
        sources: ['https://francecompetences.fr/recherche/rncp/40325'],
      },
      {
        slug: 'rubika-games',
        title: 'Video games (Supinfogame)',
        level: 'OTHER',
        discipline: 'games',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: false,
        sources: [
          'https://www.cci.fr/actualites/stephane-andre-travailler-beaucoup-et-se-cultiver-un-maximum',
        ],
      },
      {
        slug: 'rubika-design',
        title: 'Design (ISD)',
        level: 'OTHER',
        discipline: 'design',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: false,
        sources: [
          'https://www.cci.fr/actualites/stephane-andre-travailler-beaucoup-et-se-cultiver-un-maximum',
        ],
      },
    ],
    verified: true,
    sources: [
      'https://francecompetences.fr/recherche/rncp/40325',
      'https://www.cci.fr/actualites/stephane-andre-travailler-beaucoup-et-se-cultiver-un-maximum',
      'https://www.latribune.fr/regions/nord-pas-de-calais/nord-valenciennes-a-enfin-son-euratechnologies-de-l-image-468668.html',
    ],
  },
  {
    slug: 'artfx',
    name: 'ARTFX',
    city: 'Tourcoing',
    siteSlug: 'plaine-images',
    website: null,
    descriptionFr:
      "École de cinéma, d'effets visuels, d'animation 2D/3D et de jeu vidéo. Son campus de Plaine Images, inauguré le 4 octobre 2023, peut accueillir 700 étudiants et compte 400 m² de studios de tournage. Titre « réalisateur numérique » en 5 ans après le bac (RNCP 34932, niveau 7) : son enregistrement au RNCP a pris fin le 14-09-2025 ; une certification qui lui succède n'est pas confirmée.",
    descriptionEn:
      'School of cinema, VFX, 2D/3D animation and games. Its Plaine Images campus, inaugurated on 4 October 2023, has room for 700 students and 400 m² of shooting studios. "Réalisateur numérique" title in 5 years after the baccalauréat (RNCP 34932, level 7): its RNCP registration ended on 14-09-2025; a successor certification is not confirmed.',
    programmes: [
      {
        // The RNCP registration ended on 14-09-2025 (France Compétences): shown as expired, not current.
        slug: 'artfx-realisateur-numerique',
        title: 'Réalisateur numérique (cinema, VFX, 2D/3D animation, games)',
        level: 'BAC_PLUS_5',
        discipline: 'vfx',
        durationYears: 5,
        yearlyIntake: null,
        languages: [],
        rncp: 'RNCP34932',
        rncpValidUntil: '2025-09-14',
        verified: false,
        unverified: 'RNCP 34932 ended on 14-09-2025; a successor certification is not confirmed.',
        sources: [
          'https://www.francecompetences.fr/recherche/RNCP/34932/',
          'https://www.toulemploi.fr/Montpellier-quelle-est-la-nouvelle-filiere-d-ArtFX,30241',
        ],
      },
    ],
    verified: true,
    sources: [
      'https://www.francecompetences.fr/recherche/RNCP/34932/',
      'https://www.toulemploi.fr/Montpellier-quelle-est-la-nouvelle-filiere-d-ArtFX,30241',
      'https://documentation.onisep.fr/doc_num.php?explnum_id=64296',
    ],
  },
  {
    slug: 'piktura',
    name: 'Piktura (ex-Pôle IIID / Pôle 3D)',
    city: 'Roubaix',
    // Campus La Châtellenie at the Plaine Images (FACTS.md §2, La Gazette).
    siteSlug: 'plaine-images',
    website: null,
    descriptionFr:
      "École de film d'animation et de jeu vidéo du groupe de l'Institut catholique de Lille, anciennement Pôle IIID (Pôle 3D), à Roubaix : cursus de 5 ans dont 2 ans de tronc commun. Son campus La Châtellenie, à la Plaine Images (limite Roubaix/Tourcoing), a ouvert à la rentrée 2024 et a été inauguré le 22 novembre 2024 ; licence en 3 ans et master en 5 ans.",
    descriptionEn:
      'Animation film and video game school of the Institut Catholique de Lille group, formerly Pôle IIID (Pôle 3D), in Roubaix: a 5-year curriculum with a 2-year common core. Its La Châtellenie campus at the Plaine Images (Roubaix/Tourcoing boundary) opened for the 2024 academic year and was inaugurated on 22 November 2024; 3-year licence and 5-year master.',
    programmes: [
      {
        slug: 'piktura-animation',
        title: 'Animation film (5 years, 2-year common core)',
        level: 'OTHER',
        discipline: 'animation',
        durationYears: 5,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: false,
        sources: ['https://pole3d.com/pole-3d-dans-la-voix-du-nord/'],
      },
      {
        slug: 'piktura-games',
        title: 'Video game (5 years, 2-year common core)',
        level: 'OTHER',
        discipline: 'games',
        durationYears: 5,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: false,
        sources: ['https://pole3d.com/pole-3d-dans-la-voix-du-nord/'],
      },
    ],
    verified: true,
    sources: [
      'https://pole3d.com/pole-3d-dans-la-voix-du-nord/',
      'https://generationhdf.fr/actualites-region/pole-iii-d-la-region-entretient-lexcellence/',
      // FACTS.md §2 cites "La Gazette, inauguration du campus Piktura" without its full address.
      'https://lagazettefrance.fr',
    ],
  },
  {
    slug: 'le-fresnoy',
    name: 'Le Fresnoy – Studio national des arts contemporains',
    city: 'Tourcoing',
    // Named among the schools of the Plaine Images by Le Journal des Entreprises (2020).
    siteSlug: 'plaine-images',
    website: null,
    descriptionFr:
      'Studio national des arts contemporains à Tourcoing : cursus postdiplôme de 2 ans (entrée à bac+5, 35 ans maximum) menant au diplôme du Fresnoy, avec un budget de production de 8 400 € par étudiant. Premiers étudiants accueillis en octobre 1997.',
    descriptionEn:
      'National studio for contemporary arts in Tourcoing: a 2-year post-graduate programme (entry at bac+5, maximum age 35) leading to the Le Fresnoy diploma, with a production budget of €8,400 per student. First students in October 1997.',
    programmes: [
      {
        slug: 'le-fresnoy-postgraduate',
        title: 'Post-graduate programme (Le Fresnoy diploma)',
        level: 'POST_MASTER',
        discipline: 'visual-arts',
        durationYears: 2,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['https://stage.lefresnoy.net/ecole/cursus'],
      },
    ],
    verified: true,
    sources: [
      'https://stage.lefresnoy.net/ecole/cursus',
      'http://panorama14.lefresnoy.net/le-fresnoy?language=en',
      'https://www.lejournaldesentreprises.com/hauts-de-france/article/tourcoing-une-nouvelle-ere-souvre-pour-la-plaine-images-445094',
    ],
  },
  {
    slug: 'esaat',
    name: 'ESAAT',
    city: 'Roubaix',
    siteSlug: null,
    website: 'https://www.esaat-roubaix.com',
    descriptionFr:
      "École d'arts appliqués de Roubaix : DN MADe (3 ans, grade de licence, via Parcoursup), dont la mention Cinéma d'animation, et DSAA (niveau master ; Espace, Graphisme, Produit, Mode & Textile). Citée parmi les écoles d'animation du RECA.",
    descriptionEn:
      'Applied arts school in Roubaix: DN MADe (3 years, licence grade, via Parcoursup), including the animation film (Cinéma d’animation) strand, and DSAA (master level; Space, Graphic design, Product, Fashion & Textile). Listed among the RECA animation schools.',
    programmes: [
      {
        slug: 'esaat-dn-made',
        title: 'DN MADe',
        level: 'BAC_PLUS_3',
        discipline: 'design',
        durationYears: 3,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['https://www.esaat-roubaix.com/category/design-despace/dsaa-design-espace/'],
      },
      {
        // The DN MADe mention animation, about fifteen places a year (Onisep); a public Éducation nationale diploma.
        slug: 'esaat-dn-made-cinema-animation',
        title: "DN MADe Cinéma d'animation",
        level: 'BAC_PLUS_3',
        discipline: 'animation',
        durationYears: 3,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: [
          'https://onisep.fr/formation/les-principaux-domaines-de-formation/les-ecoles-de-cinema-d-animation',
          'https://esaat-roubaix.com/le-dn-made-cinema-danimation-multi-prime-aux-espoirs-de-lanimation-2022',
        ],
      },
      {
        slug: 'esaat-dsaa',
        title: 'DSAA (Espace, Graphisme, Produit, Mode & Textile)',
        level: 'BAC_PLUS_5',
        discipline: 'design',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['https://www.esaat-roubaix.com/category/design-despace/dsaa-design-espace/'],
      },
    ],
    verified: true,
    sources: [
      'https://www.esaat-roubaix.com/category/design-despace/dsaa-design-espace/',
      'https://mediakwest.com/retour-des-toons-a-lecole/',
      'https://onisep.fr/formation/les-principaux-domaines-de-formation/les-ecoles-de-cinema-d-animation',
    ],
  },
  {
    slug: 'lycee-jean-rostand',
    name: 'Lycée Jean-Rostand',
    city: 'Roubaix',
    siteSlug: null,
    website: null,
    descriptionFr:
      "Lycée de Roubaix proposant le BTS Métiers de l'audiovisuel et le BTS Photographie. Le BTS Métiers de l'audiovisuel a cinq options (image ; son ; montage et post-production ; gestion de production ; techniques d'ingénierie et exploitation des équipements) ; l'option Métiers du son est attestée ici, les autres options proposées par le lycée ne sont pas vérifiées.",
    descriptionEn:
      "Roubaix lycée offering the BTS Métiers de l'audiovisuel and the BTS Photographie. The BTS Métiers de l'audiovisuel has five options (image; sound; editing and post-production; production management; engineering and equipment operation); the sound option is attested here, which other options the lycée offers is unverified.",
    programmes: [
      {
        // A BTS is a 2-year post-bac diploma. National title: "Métiers de l'audiovisuel", five options.
        slug: 'jean-rostand-bts-audiovisuel',
        title: "BTS Métiers de l'audiovisuel",
        level: 'BAC_PLUS_2',
        discipline: 'audiovisual',
        durationYears: 2,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['https://roubaixxl.fr/?p=1890'],
      },
      {
        slug: 'jean-rostand-bts-mav-son',
        title: "BTS Métiers de l'audiovisuel, option métiers du son",
        level: 'BAC_PLUS_2',
        discipline: 'audiovisual',
        durationYears: 2,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: [
          'https://esaat-roubaix.com/le-dn-made-cinema-danimation-multi-prime-aux-espoirs-de-lanimation-2022',
        ],
      },
      {
        slug: 'jean-rostand-bts-photographie',
        title: 'BTS Photographie',
        level: 'BAC_PLUS_2',
        discipline: 'photography',
        durationYears: 2,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['https://roubaixxl.fr/?p=1890'],
      },
    ],
    verified: true,
    unverified: "Which of the five BTS Métiers de l'audiovisuel options the lycée offers, besides sound.",
    sources: [
      'https://roubaixxl.fr/?p=1890',
      'https://esaat-roubaix.com/le-dn-made-cinema-danimation-multi-prime-aux-espoirs-de-lanimation-2022',
    ],
  },
  {
    slug: 'lycee-henri-martin',
    name: 'Lycée Henri-Martin',
    city: 'Saint-Quentin',
    siteSlug: null,
    website: null,
    descriptionFr:
      "Lycée de Saint-Quentin (Aisne) proposant depuis 1989 le BTS audiovisuel, aujourd'hui BTS Métiers de l'audiovisuel (cinq options ; celles du lycée ne sont pas vérifiées).",
    descriptionEn:
      "Saint-Quentin (Aisne) lycée offering the BTS Audiovisuel, now BTS Métiers de l'audiovisuel, since 1989 (five options; which ones the lycée offers is unverified).",
    programmes: [
      {
        slug: 'henri-martin-bts-audiovisuel',
        title: "BTS Métiers de l'audiovisuel",
        level: 'BAC_PLUS_2',
        discipline: 'audiovisual',
        durationYears: 2,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['http://www.mediakwest.com/broadcast/item/bce-france-bts-audiovisuel-henri-martin.html'],
      },
    ],
    verified: true,
    sources: ['http://www.mediakwest.com/broadcast/item/bce-france-bts-audiovisuel-henri-martin.html'],
  },
  {
    slug: 'uphf',
    name: 'UPHF (ex-UVHC, University of Valenciennes)',
    city: 'Valenciennes',
    siteSlug: 'arenberg-creative-mine',
    website: null,
    descriptionFr:
      "Université de Valenciennes (ex-UVHC) : filière audiovisuel et multimédia depuis 1977. Ses étudiants DREAM et son laboratoire DeVisu sont installés à l'Arenberg Creative Mine (Wallers), avec studios de tournage, post-production, étalonnage, plateaux virtuels et salle de photogrammétrie.",
    descriptionEn:
      'University of Valenciennes (ex-UVHC): audiovisual and multimedia track since 1977. Its DREAM students and DeVisu lab are based at Arenberg Creative Mine (Wallers), with shooting studios, post-production, colour grading, virtual sets and a photogrammetry room.',
    programmes: [
      {
        // Programme title and level not in FACTS.md (§8).
        slug: 'uphf-dream',
        title: 'DREAM audiovisual and multimedia track',
        level: 'OTHER',
        discipline: 'audiovisual',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: false,
        sources: ['http://www.univ-valenciennes.fr/ISTV/dream-histoire', 'https://va-infos.fr/?p=27416'],
      },
    ],
    verified: true,
    sources: [
      'http://www.univ-valenciennes.fr/ISTV/dream-histoire',
      'https://va-infos.fr/?p=27416',
      'https://www.lejournaldesentreprises.com/article/6-millions-deuros-pour-la-deuxieme-phase-darenberg-creative-mine-129057',
    ],
  },
  {
    slug: 'universite-de-lille',
    name: 'Université de Lille',
    city: 'Lille',
    siteSlug: null,
    website: null,
    descriptionFr:
      "Parcours d'études cinématographiques (laboratoire CEAC) ; partenaire de l'International Master in Cinema Studies (IMACS).",
    descriptionEn:
      'Film-studies track (CEAC lab); partner of the International Master in Cinema Studies (IMACS).',
    programmes: [
      {
        // Programme titles and levels not in FACTS.md (§8).
        slug: 'ulille-film-studies',
        title: 'Film studies track (CEAC lab)',
        level: 'OTHER',
        discipline: 'film',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: false,
        sources: ['https://imacsite.net/lille/'],
      },
      {
        // Master level inferred from the programme's name.
        slug: 'ulille-imacs',
        title: 'International Master in Cinema Studies (IMACS, partner university)',
        level: 'BAC_PLUS_5',
        discipline: 'film',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: false,
        sources: ['https://imacsite.net/lille/'],
      },
    ],
    verified: true,
    sources: ['https://imacsite.net/lille/'],
  },
  {
    slug: 'ecole-du-nord',
    name: 'École du Nord (Théâtre du Nord)',
    city: 'Lille',
    siteSlug: null,
    website: null,
    descriptionFr:
      "École supérieure du Théâtre du Nord, l'une des 13 écoles nationales d'art dramatique : formation de 3 ans pour acteurs et auteurs, DNSPC et licence arts avec l'Université de Lille. Recrutement tous les 3 ans (environ 14 à 16 acteurs et 4 auteurs).",
    descriptionEn:
      "Higher school of the Théâtre du Nord, one of France's 13 national drama schools: 3-year training for actors and playwrights, DNSPC and arts licence with Université de Lille. Intake every 3 years (about 14–16 actors and 4 writers).",
    programmes: [
      {
        // Licence = bac+3. Intake every 3 years, so no yearly intake.
        slug: 'ecole-du-nord-actors',
        title: 'Actor training (DNSPC + arts licence)',
        level: 'BAC_PLUS_3',
        discipline: 'acting',
        durationYears: 3,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: [
          'https://www.theatredunord.fr/lecole/presentation/le-projet',
          'https://www.ea-9.fr/en/school/edn/',
        ],
      },
      {
        // FACTS.md does not say which diploma the writers receive.
        slug: 'ecole-du-nord-playwrights',
        title: 'Playwright training',
        level: 'OTHER',
        discipline: 'writing',
        durationYears: 3,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: false,
        sources: [
          'https://www.theatredunord.fr/lecole/presentation/le-projet',
          'https://www.ea-9.fr/en/school/edn/',
        ],
      },
    ],
    verified: true,
    sources: [
      'https://www.theatredunord.fr/lecole/presentation/le-projet',
      'https://www.ea-9.fr/en/school/edn/',
    ],
  },
  {
    slug: 'upjv-ufr-arts',
    name: 'UPJV – UFR des Arts',
    city: 'Amiens',
    siteSlug: null,
    website: null,
    descriptionFr:
      "UFR des Arts de l'UPJV à Amiens (« La Teinturerie ») : arts plastiques, arts du spectacle et histoire de l'art, de la licence au doctorat.",
    descriptionEn:
      'Faculty of Arts of UPJV in Amiens ("La Teinturerie"): visual arts, performing arts and art history, from BA to PhD.',
    programmes: [
      {
        slug: 'upjv-arts-ba',
        title: 'BA in visual arts, performing arts or art history',
        level: 'BAC_PLUS_3',
        discipline: 'arts',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['http://www.blue-waide.eu/en/partners/amiens-faculty-of-arts/'],
      },
      {
        slug: 'upjv-arts-ma',
        title: 'MA in visual arts, performing arts or art history',
        level: 'BAC_PLUS_5',
        discipline: 'arts',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['http://www.blue-waide.eu/en/partners/amiens-faculty-of-arts/'],
      },
      {
        slug: 'upjv-arts-phd',
        title: 'PhD in arts',
        level: 'DOCTORATE',
        discipline: 'arts',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['http://www.blue-waide.eu/en/partners/amiens-faculty-of-arts/'],
      },
    ],
    verified: true,
    sources: ['http://www.blue-waide.eu/en/partners/amiens-faculty-of-arts/'],
  },
  {
    // FACTS.md gives the city only in parentheses, "(Arras)"; the campus is not detailed.
    slug: 'universite-d-artois',
    name: "Université d'Artois",
    city: 'Arras',
    siteSlug: null,
    website: null,
    descriptionFr: 'Licence Arts du spectacle et Master Arts de la scène et du spectacle vivant.',
    descriptionEn:
      'Licence (BA) in performing arts (Arts du spectacle) and Master in stage and live performing arts (Arts de la scène et du spectacle vivant).',
    programmes: [
      {
        slug: 'artois-licence-arts-du-spectacle',
        title: 'Licence Arts du spectacle',
        level: 'BAC_PLUS_3',
        discipline: 'performing-arts',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['https://vdocuments.mx/champ-de-formations-cultures-patrimoines-et-territoires-.html'],
      },
      {
        slug: 'artois-master-arts-de-la-scene',
        title: 'Master Arts de la scène et du spectacle vivant',
        level: 'BAC_PLUS_5',
        discipline: 'performing-arts',
        durationYears: null,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['https://vdocuments.mx/champ-de-formations-cultures-patrimoines-et-territoires-.html'],
      },
    ],
    verified: true,
    sources: ['https://vdocuments.mx/champ-de-formations-cultures-patrimoines-et-territoires-.html'],
  },
  {
    slug: 'esj-lille',
    name: 'ESJ Lille',
    city: 'Lille',
    siteSlug: null,
    website: 'http://esj-lille.fr',
    descriptionFr:
      'École de journalisme : diplôme reconnu au niveau Master 2 (CPNEJ), entrée sur concours à bac+3, 60 étudiants par promotion, double diplôme avec Sciences Po Lille.',
    descriptionEn:
      'Journalism school: diploma recognised at Master 2 level (CPNEJ), entry by competitive exam at bac+3, 60 students per cohort, double degree with Sciences Po Lille.',
    programmes: [
      {
        // Unverified: FACTS.md says "60 per cohort"; reading it as a yearly intake assumes one cohort a year.
        slug: 'esj-lille-journalism',
        title: 'Journalism diploma (Master 2 level, CPNEJ)',
        level: 'BAC_PLUS_5',
        discipline: 'journalism',
        durationYears: null,
        yearlyIntake: 60,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: false,
        sources: ['http://esj-lille.fr/formations/diplome-historique/'],
      },
    ],
    verified: true,
    sources: ['http://esj-lille.fr/formations/diplome-historique/'],
  },
  {
    // Esä: public art school (EPCC) born on 1 January 2011 from the merger of the ERBA Dunkerque and ERSEP Tourcoing.
    slug: 'esa-dunkerque-tourcoing',
    name: 'Esä – École supérieure d’art Dunkerque-Tourcoing',
    city: 'Tourcoing',
    siteSlug: null,
    website: 'https://www.esa-n.info',
    descriptionFr:
      "École supérieure d'art publique (ministère de la Culture) sur deux sites, Dunkerque et Tourcoing, née en 2011 de la fusion de l'ERBA de Dunkerque et de l'ERSEP de Tourcoing : DNA option Art (3 ans, grade de licence) et DNSEP option Art (5 ans, grade de master). Environ 300 étudiants, dont deux tiers à Tourcoing ; filière AR+IMAGE conçue avec Le Fresnoy.",
    descriptionEn:
      'Public art school (Ministry of Culture) on two sites, Dunkirk and Tourcoing, formed in 2011 by merging the ERBA Dunkirk and the ERSEP Tourcoing: DNA in Art (3 years, licence grade) and DNSEP in Art (5 years, master grade). About 300 students, two thirds in Tourcoing; an AR+IMAGE track designed with Le Fresnoy.',
    programmes: [
      {
        slug: 'esa-dna-art',
        title: 'DNA option Art (Diplôme national d’art)',
        level: 'BAC_PLUS_3',
        discipline: 'visual-arts',
        durationYears: 3,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: [
          'https://www.esa-n.info/etudes?lightbox=dataItem-jlibsdb6',
          'https://50degresnord.net/esa-npdc-tourcoing-dunkerque',
        ],
      },
      {
        slug: 'esa-dnsep-art',
        title: 'DNSEP option Art (Diplôme national supérieur d’expression plastique)',
        level: 'BAC_PLUS_5',
        discipline: 'visual-arts',
        durationYears: 5,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: ['https://50degresnord.net/esa-npdc-tourcoing-dunkerque'],
      },
    ],
    verified: true,
    sources: [
      'https://www.esa-n.info/ecole',
      'https://50degresnord.net/esa-npdc-tourcoing-dunkerque',
      'https://www.esa-n.info/etudes?lightbox=dataItem-jlibsdb6',
    ],
  },
  {
    // Closed: accreditation lost in 2023, no intake since 2023, last graduates on 27 June 2025, dissolution
    // pronounced for 31 December 2025 (Liberté Actus). Kept so alumni keep their school; its diplomas are shown
    // as no longer delivered.
    slug: 'esad-valenciennes',
    name: 'ésad Valenciennes – École supérieure d’art et de design (fermée)',
    city: 'Valenciennes',
    siteSlug: null,
    website: null,
    descriptionFr:
      "École supérieure d'art et de design de Valenciennes, héritière de l'académie fondée en 1782 : options Art et Design (d'espace), DNA (3 ans, grade de licence) et DNSEP (5 ans, grade de master). Elle a perdu son accréditation en 2023, a cessé de recruter et a fermé : derniers diplômés le 27 juin 2025, dissolution au 31 décembre 2025.",
    descriptionEn:
      'School of art and design of Valenciennes, heir to the academy founded in 1782: Art and (spatial) Design options, DNA (3 years, licence grade) and DNSEP (5 years, master grade). It lost its accreditation in 2023, stopped recruiting and closed: last graduates on 27 June 2025, dissolved on 31 December 2025.',
    programmes: [
      {
        slug: 'esad-valenciennes-dna',
        title: 'DNA, options Art et Design (no longer delivered)',
        level: 'BAC_PLUS_3',
        discipline: 'visual-arts',
        durationYears: 3,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: [
          'https://andea.fr/ecoles/les-ecoles-dart-et-design-publiques-sous-tutelle-du-ministere-de-la-culture/?ecole=1050&onglet=programmes',
          'https://liberte-actus.fr/societe/education/article/l-ecole-d-art-et-de-design-de-valenciennes-a-ferme',
        ],
      },
      {
        slug: 'esad-valenciennes-dnsep',
        title: 'DNSEP, options Art et Design d’espace (no longer delivered)',
        level: 'BAC_PLUS_5',
        discipline: 'visual-arts',
        durationYears: 5,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        rncpValidUntil: null,
        verified: true,
        sources: [
          'https://andea.fr/ecoles/les-ecoles-dart-et-design-publiques-sous-tutelle-du-ministere-de-la-culture/?ecole=1050&onglet=programmes',
          'https://liberte-actus.fr/societe/education/article/l-ecole-d-art-et-de-design-de-valenciennes-a-ferme',
        ],
      },
    ],
    verified: true,
    sources: [
      'https://andea.fr/ecoles/les-ecoles-dart-et-design-publiques-sous-tutelle-du-ministere-de-la-culture/?ecole=1050&onglet=programmes',
      'https://liberte-actus.fr/societe/education/article/l-ecole-d-art-et-de-design-de-valenciennes-a-ferme',
      'http://www.esad-valenciennes.fr/menu/1-presentation',
    ],
  },
  {
    // Named as missing by the issue 16 fact-check; no source for it was found in FACTS.md or the stored pages
    // searched on 2026-12-05. Everything but its name is unverified.
    slug: '3-axes-institut',
    name: '3 Axes Institut',
    city: 'Lille',
    siteSlug: null,
    website: null,
    descriptionFr:
      "Établissement de formation à l'image signalé comme manquant par une vérification des données de l'annuaire. Aucune information le concernant (ville, statut, diplômes) n'est encore vérifiée.",
    descriptionEn:
      'Image-industry training institution reported as missing by a check of the directory data. Nothing about it (city, status, diplomas) is verified yet.',
    programmes: [],
    verified: false,
    unverified:
      'No source found yet: city (Lille is a placeholder), status and programmes to check with the school.',
    sources: [],
  },
];
