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
  verified: boolean;
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
  sources: string[];
}

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
      "École de cinéma, d'effets visuels, d'animation 2D/3D et de jeu vidéo. Son campus de Plaine Images, inauguré le 4 octobre 2023, peut accueillir 700 étudiants et compte 400 m² de studios de tournage. Titre « réalisateur numérique » en 5 ans après le bac (RNCP 34932, niveau 7, enregistré jusqu'au 14-09-2025).",
    descriptionEn:
      'School of cinema, VFX, 2D/3D animation and games. Its Plaine Images campus, inaugurated on 4 October 2023, has room for 700 students and 400 m² of shooting studios. "Réalisateur numérique" title in 5 years after the baccalauréat (RNCP 34932, level 7, registered to 14-09-2025).',
    programmes: [
      {
        // Unverified: FACTS.md gives the RNCP registration as ending 14-09-2025; no renewal is confirmed.
        slug: 'artfx-realisateur-numerique',
        title: 'Réalisateur numérique (cinema, VFX, 2D/3D animation, games)',
        level: 'BAC_PLUS_5',
        discipline: 'vfx',
        durationYears: 5,
        yearlyIntake: null,
        languages: [],
        rncp: 'RNCP34932',
        verified: false,
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
    siteSlug: null,
    website: null,
    descriptionFr:
      "École de film d'animation et de jeu vidéo du groupe de l'Institut catholique de Lille, anciennement Pôle IIID (Pôle 3D), à Roubaix : cursus de 5 ans dont 2 ans de tronc commun. Un nouveau campus à La Châtellenie, près de Plaine Images, était prévu pour septembre 2024.",
    descriptionEn:
      'Animation film and video game school of the Institut Catholique de Lille group, formerly Pôle IIID (Pôle 3D), in Roubaix: a 5-year curriculum with a 2-year common core. A new campus at La Châtellenie, near Plaine Images, was planned for September 2024.',
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
        verified: false,
        sources: ['https://pole3d.com/pole-3d-dans-la-voix-du-nord/'],
      },
    ],
    verified: true,
    sources: [
      'https://pole3d.com/pole-3d-dans-la-voix-du-nord/',
      'https://generationhdf.fr/actualites-region/pole-iii-d-la-region-entretient-lexcellence/',
    ],
  },
  {
    slug: 'le-fresnoy',
    name: 'Le Fresnoy – Studio national des arts contemporains',
    city: 'Tourcoing',
    siteSlug: null,
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
        verified: true,
        sources: ['https://stage.lefresnoy.net/ecole/cursus'],
      },
    ],
    verified: true,
    sources: [
      'https://stage.lefresnoy.net/ecole/cursus',
      'http://panorama14.lefresnoy.net/le-fresnoy?language=en',
    ],
  },
  {
    slug: 'esaat',
    name: 'ESAAT',
    city: 'Roubaix',
    siteSlug: null,
    website: 'https://www.esaat-roubaix.com',
    descriptionFr:
      "École d'arts appliqués de Roubaix : DN MADe (3 ans, grade de licence, via Parcoursup) et DSAA (niveau master ; Espace, Graphisme, Produit, Mode & Textile). Citée parmi les écoles d'animation du RECA.",
    descriptionEn:
      'Applied arts school in Roubaix: DN MADe (3 years, licence grade, via Parcoursup) and DSAA (master level; Space, Graphic design, Product, Fashion & Textile). Listed among the RECA animation schools.',
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
        verified: true,
        sources: ['https://www.esaat-roubaix.com/category/design-despace/dsaa-design-espace/'],
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
        verified: true,
        sources: ['https://www.esaat-roubaix.com/category/design-despace/dsaa-design-espace/'],
      },
    ],
    verified: true,
    sources: [
      'https://www.esaat-roubaix.com/category/design-despace/dsaa-design-espace/',
      'https://mediakwest.com/retour-des-toons-a-lecole/',
    ],
  },
  {
    slug: 'lycee-jean-rostand',
    name: 'Lycée Jean-Rostand',
    city: 'Roubaix',
    siteSlug: null,
    website: null,
    descriptionFr:
      'Lycée de Roubaix proposant le BTS Audiovisuel (dans ses quatre options) et le BTS Photographie.',
    descriptionEn: 'Roubaix lycée offering the BTS Audiovisuel (all four options) and the BTS Photographie.',
    programmes: [
      {
        // A BTS is a 2-year post-bac diploma.
        slug: 'jean-rostand-bts-audiovisuel',
        title: 'BTS Audiovisuel (all four options)',
        level: 'BAC_PLUS_2',
        discipline: 'audiovisual',
        durationYears: 2,
        yearlyIntake: null,
        languages: [],
        rncp: null,
        verified: true,
        sources: ['https://roubaixxl.fr/?p=1890'],
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
        verified: true,
        sources: ['https://roubaixxl.fr/?p=1890'],
      },
    ],
    verified: true,
    sources: ['https://roubaixxl.fr/?p=1890'],
  },
  {
    slug: 'lycee-henri-martin',
    name: 'Lycée Henri-Martin',
    city: 'Saint-Quentin',
    siteSlug: null,
    website: null,
    descriptionFr: 'Lycée de Saint-Quentin (Aisne) proposant un BTS Audiovisuel depuis 1989.',
    descriptionEn: 'Saint-Quentin (Aisne) lycée offering a BTS Audiovisuel since 1989.',
    programmes: [
      {
        slug: 'henri-martin-bts-audiovisuel',
        title: 'BTS Audiovisuel',
        level: 'BAC_PLUS_2',
        discipline: 'audiovisual',
        durationYears: 2,
        yearlyIntake: null,
        languages: [],
        rncp: null,
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
        verified: false,
        sources: ['http://esj-lille.fr/formations/diplome-historique/'],
      },
    ],
    verified: true,
    sources: ['http://esj-lille.fr/formations/diplome-historique/'],
  },
];
