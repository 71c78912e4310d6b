/** What a co-production forum asks of a project, keyed by festival: festival data, read by the partner matching. */
export interface ForumEntryRule {
  /** Slug of the event in festivals.reference.ts (FESTIVALS). */
  festivalSlug: string;
  summary: string;
  budgetMinEur: number | null;
  budgetMaxEur: number | null;
  /** Share of the financing that must be secured at selection, 0.3 = 30%. */
  financingSecuredMin: number | null;
  formats: string[];
  /** 'WRITING' | 'DEVELOPMENT' | 'FINANCING' | 'PRE_PRODUCTION' | 'PRODUCTION' | 'POST_PRODUCTION'. */
  stages: string[];
  sources: string[];
}

export const FORUM_STAGES = [
  'WRITING',
  'DEVELOPMENT',
  'FINANCING',
  'PRE_PRODUCTION',
  'PRODUCTION',
  'POST_PRODUCTION',
] as const;

/**
 * Entry rules (market-readiness) of the co-production forums, FACTS.md §6. Numbers only where FACTS.md states
 * them; `stages` is a classification of the stated rules (e.g. "≥30% financing secured" → FINANCING).
 */
export const FORUM_ENTRY_RULES: readonly ForumEntryRule[] = [
  {
    festivalSlug: 'berlinale',
    summary:
      'Berlinale Co-Production Market: budget €1–20M; at least 30% of financing secured, or home-country production funding, before selection; a lower budget minimum (about €0.6–0.75M) for some regions; about 20 features and 10 series selected.',
    budgetMinEur: 1_000_000,
    budgetMaxEur: 20_000_000,
    financingSecuredMin: 0.3,
    formats: ['FEATURE_FILM', 'TV_SERIES'],
    stages: ['FINANCING'],
    sources: ['https://creative-europe-desk.de/artikel/events/berlinale-co-production-market-2024'],
  },
  {
    festivalSlug: 'series-mania',
    summary:
      'Series Mania Forum Co-Pro Pitching: about 15–16 projects, €50,000 Best Project award. 2016 rules: submitted by a company, priority to projects with home broadcaster support, fiction drama only, at least 4 episodes of over 26 minutes.',
    budgetMinEur: null,
    budgetMaxEur: null,
    financingSecuredMin: null,
    formats: ['TV_SERIES'],
    stages: ['DEVELOPMENT', 'FINANCING'],
    sources: [
      'https://worldscreen.com/series-mania-opens-2023-call-projects/',
      'http://series-mania.fr/en/series-mania-co-production-forum-rules-regulations/',
    ],
  },
  {
    festivalSlug: 'cartoon-forum',
    summary:
      'Independent producer from a Creative Europe MEDIA country (UK lead producers excluded); one TV project per company; at least 26 minutes in total and at least 50% animation; in development; a broadcaster or platform letter of interest is required.',
    budgetMinEur: null,
    budgetMaxEur: null,
    financingSecuredMin: null,
    formats: ['ANIMATED_SERIES', 'TV_FILM'],
    stages: ['DEVELOPMENT'],
    sources: [
      'https://www.cartoon-media.eu/forum/submit-your-project/regulations',
      'https://www.cartoon-media.eu/forum/submit-your-project/application',
    ],
  },
  {
    festivalSlug: 'cartoon-movie',
    summary:
      'Animated feature films for theatrical release: at least 60 minutes and 50% animation; European independent producer; at most 2 projects per company; letter of interest (optional at concept stage).',
    budgetMinEur: null,
    budgetMaxEur: null,
    financingSecuredMin: null,
    formats: ['FEATURE_FILM'],
    stages: ['WRITING', 'DEVELOPMENT'],
    sources: [
      'http://www.cartoon-media.eu/cartoon-movie-event/cartoon-movie-2022/submit-a-project-1/regulations-1.htm',
    ],
  },
  {
    festivalSlug: 'arras-film-festival',
    summary:
      'Arras Days: 7–8 European projects at script or development stage; two development grants (€7,500 from the festival and €5,000 from the City of Arras in 2023).',
    budgetMinEur: null,
    budgetMaxEur: null,
    financingSecuredMin: null,
    formats: ['FEATURE_FILM'],
    stages: ['WRITING', 'DEVELOPMENT'],
    sources: [
      'https://arrasfilmfestival-epsi.fr/2019/11/17/arras-film-festival-top-depart-de-la-huitieme-edition-des-arras-days/',
      'http://cineuropa.net/fr/newsdetail/452546/',
    ],
  },
  {
    festivalSlug: 'venice-production-bridge',
    summary:
      'Venice Gap-Financing Market: at least 70% of financing confirmed by signed contracts; at least 70 minutes; experienced director and producer.',
    budgetMinEur: null,
    budgetMaxEur: null,
    financingSecuredMin: 0.7,
    formats: ['FEATURE_FILM'],
    stages: ['FINANCING'],
    sources: ['https://imagesfrancophones.org/actualites/appel-a-projets-du-gap-financing-market-de-venise'],
  },
  {
    festivalSlug: 'iffr-cinemart',
    summary:
      'CineMart: 20–25 projects; a co-production market, not a fund; priority to projects on their first market presentation; submission fee.',
    budgetMinEur: null,
    budgetMaxEur: null,
    financingSecuredMin: null,
    formats: ['FEATURE_FILM'],
    stages: ['FINANCING'],
    sources: ['https://iffr.com/en/iffr-pro/cinemart/cinemart-project-submission'],
  },
];
