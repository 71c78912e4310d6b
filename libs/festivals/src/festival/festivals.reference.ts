import type { FestivalKind } from '../shared/festival-kind.enum';

/** A festival kind as written in the reference (the enum's values). */
export type FestivalKindName = `${FestivalKind}`;

export interface EditionReference {
  year: number;
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
  marketName: string | null;
  marketStartsOn: string | null;
  marketEndsOn: string | null;
  estimated: boolean;
  cancelled?: boolean;
  note?: string;
  sources: string[];
}

export interface FestivalReference {
  slug: string;
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  kinds: FestivalKindName[];
  /** 1-12: the month the event usually starts in. */
  usualMonth: number;
  website: string | null;
  /**
   * Project formats that fit: 'FEATURE_FILM', 'SHORT_FILM', 'TV_FILM', 'ANIMATED_SERIES', 'TV_SERIES',
   * 'DOCUMENTARY', 'VIDEO_ART', 'TRANSMEDIA', 'VIDEO_GAME', 'XR'.
   */
  formats: string[];
  /** The forum entry rules of FACTS.md §6 summarised, else null. */
  entryRules: string | null;
  editions: EditionReference[];
  sources: string[];
}

/** The note carried by every edition estimated from the usual pattern. */
export const ESTIMATED_NOTE = 'estimated from the usual month; confirm with the organiser';

/**
 * The note carried by an edition that has taken place but whose exact dates no source at hand gives: kept as
 * history (a past edition, never "dates not yet published"), dates estimated like ESTIMATED_NOTE's.
 */
export const PAST_ESTIMATED_NOTE =
  'held; exact dates not found in a source yet, estimated from the previous edition (same weekdays)';

/**
 * Festivals, markets and co-production forums that matter to the region's producers. Facts and sources:
 * shared/reference/FACTS.md §3 (entry rules: §6). Written on 2026-11-23; checked again on 2026-12-05 (issue 16).
 * - Each event carries the latest edition FACTS.md dates (`estimated: false`, with its source).
 * - Where FACTS.md gives no date for the next edition, one edition is estimated: the first starting after
 *   2026-11-23, on the same weekdays as the latest dated edition, shifted to the nearest matching week of
 *   the target year (`estimated: true`, no source, ESTIMATED_NOTE).
 * - Editions of 2026 that have taken place are kept as history. Where no source at hand dates them (Cartoon
 *   Forum, MIPCOM, IDFA, Arras, Venice, KIKK, FIFAM, Festival 2 Cinéma: FACTS.md §8), they are estimated the same
 *   way and carry PAST_ESTIMATED_NOTE; the calendar shows them as past (`past` on the edition), never as
 *   "dates not yet published". When a source dates an edition, its row here is set `estimated: false` and the
 *   boot upsert (by festival and year) replaces the estimate.
 * - `marketName` with null market dates: the event has a market or industry strand whose dates FACTS.md
 *   does not give.
 * - `website` is null throughout: FACTS.md cites articles, not the organisers' home pages.
 */
export const FESTIVALS: readonly FestivalReference[] = [
  {
    slug: 'cannes',
    name: 'Festival de Cannes + Marché du Film',
    city: 'Cannes',
    country: 'FR',
    kinds: ['FILM_FESTIVAL', 'MARKET'],
    usualMonth: 5,
    website: null,
    formats: ['FEATURE_FILM'],
    entryRules: null,
    editions: [
      {
        year: 2026,
        startsOn: '2026-05-12',
        endsOn: '2026-05-23',
        marketName: 'Marché du Film',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        note: 'Marché du Film dates not confirmed.',
        sources: [
          'https://www.realitytvworld.com/news/79th-cannes-film-festival-scheduled-for-may-2026-50227370.php',
        ],
      },
      {
        year: 2027,
        startsOn: '2027-05-11',
        endsOn: '2027-05-22',
        marketName: 'Marché du Film',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://www.realitytvworld.com/news/79th-cannes-film-festival-scheduled-for-may-2026-50227370.php',
    ],
  },
  {
    slug: 'annecy',
    name: 'Annecy Festival + MIFA',
    city: 'Annecy',
    country: 'FR',
    kinds: ['ANIMATION', 'FILM_FESTIVAL', 'MARKET'],
    usualMonth: 6,
    website: null,
    formats: ['FEATURE_FILM', 'SHORT_FILM', 'ANIMATED_SERIES'],
    entryRules: null,
    editions: [
      {
        year: 2026,
        startsOn: '2026-06-21',
        endsOn: '2026-06-27',
        marketName: 'MIFA',
        marketStartsOn: '2026-06-23',
        marketEndsOn: '2026-06-26',
        estimated: false,
        note: 'Pushed back from its usual dates to avoid a clash with the G7 summit.',
        sources: [
          'https://www.c21media.net/news/annecy-festival-pushes-2026-edition-back-to-avoid-g7-summit-clash/',
        ],
      },
      {
        // Estimated from the 2026 weekdays, although 2026 was moved later than usual.
        year: 2027,
        startsOn: '2027-06-20',
        endsOn: '2027-06-26',
        marketName: 'MIFA',
        marketStartsOn: '2027-06-22',
        marketEndsOn: '2027-06-25',
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://www.c21media.net/news/annecy-festival-pushes-2026-edition-back-to-avoid-g7-summit-clash/',
    ],
  },
  {
    slug: 'berlinale',
    name: 'Berlinale + EFM + Co-Production Market',
    city: 'Berlin',
    country: 'DE',
    kinds: ['FILM_FESTIVAL', 'MARKET', 'COPRODUCTION_FORUM'],
    usualMonth: 2,
    website: null,
    formats: ['FEATURE_FILM', 'TV_SERIES'],
    entryRules:
      'Co-Production Market: budget €1–20M; at least 30% of financing secured, or home-country production funding, before selection; a lower budget minimum (about €0.6–0.75M) for some regions; about 20 features and 10 series.',
    editions: [
      {
        year: 2026,
        startsOn: '2026-02-12',
        endsOn: '2026-02-22',
        marketName: 'European Film Market (EFM)',
        marketStartsOn: '2026-02-11',
        marketEndsOn: '2026-02-18',
        estimated: false,
        note: 'Berlinale Co-Production Market: 14–17 Feb 2026.',
        sources: ['https://www.videoageinternational.net/2025/04/28/news/berlinale-sets-2026-dates/'],
      },
      {
        year: 2027,
        startsOn: '2027-02-11',
        endsOn: '2027-02-21',
        marketName: 'European Film Market (EFM)',
        marketStartsOn: '2027-02-10',
        marketEndsOn: '2027-02-17',
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://www.videoageinternational.net/2025/04/28/news/berlinale-sets-2026-dates/',
      'https://creative-europe-desk.de/artikel/events/berlinale-co-production-market-2024',
    ],
  },
  {
    slug: 'clermont-ferrand',
    name: 'Clermont-Ferrand International Short Film Festival + Short Film Market',
    city: 'Clermont-Ferrand',
    country: 'FR',
    kinds: ['SHORT_FILM', 'FILM_FESTIVAL', 'MARKET'],
    usualMonth: 1,
    website: null,
    formats: ['SHORT_FILM'],
    entryRules: null,
    editions: [
      {
        year: 2026,
        startsOn: '2026-01-30',
        endsOn: '2026-02-07',
        marketName: 'Short Film Market',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: [
          'https://www.clermontmetropole.eu/no-cache/en/actualites-et-agendas/toute-lactualite/detail/actualites/festival-du-court-metrage-une-selection-mondiale-et-locale',
        ],
      },
      {
        year: 2027,
        startsOn: '2027-01-29',
        endsOn: '2027-02-06',
        marketName: 'Short Film Market',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://www.clermontmetropole.eu/no-cache/en/actualites-et-agendas/toute-lactualite/detail/actualites/festival-du-court-metrage-une-selection-mondiale-et-locale',
    ],
  },
  {
    slug: 'series-mania',
    name: 'Series Mania + Series Mania Forum',
    city: 'Lille',
    country: 'FR',
    kinds: ['SERIES', 'FILM_FESTIVAL', 'COPRODUCTION_FORUM'],
    usualMonth: 3,
    website: null,
    formats: ['TV_SERIES'],
    entryRules:
      'Forum Co-Pro Pitching: about 15–16 projects, €50,000 Best Project award. 2016 rules: submitted by a company, priority to projects with home broadcaster support, fiction drama only, at least 4 episodes of over 26 minutes.',
    editions: [
      {
        year: 2026,
        startsOn: '2026-03-20',
        endsOn: '2026-03-27',
        marketName: 'Series Mania Forum',
        marketStartsOn: '2026-03-24',
        marketEndsOn: '2026-03-26',
        estimated: false,
        sources: ['https://www.videoageinternational.net/2025/03/31/news/series-mania-sets-2026-dates/'],
      },
      {
        year: 2027,
        startsOn: '2027-03-19',
        endsOn: '2027-03-26',
        marketName: 'Series Mania Forum',
        marketStartsOn: '2027-03-23',
        marketEndsOn: '2027-03-25',
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://www.videoageinternational.net/2025/03/31/news/series-mania-sets-2026-dates/',
      'https://worldscreen.com/series-mania-opens-2023-call-projects/',
      'http://series-mania.fr/en/series-mania-co-production-forum-rules-regulations/',
    ],
  },
  {
    slug: 'cartoon-forum',
    name: 'Cartoon Forum',
    city: 'Toulouse',
    country: 'FR',
    kinds: ['ANIMATION', 'COPRODUCTION_FORUM'],
    usualMonth: 9,
    website: null,
    formats: ['ANIMATED_SERIES', 'TV_FILM'],
    entryRules:
      'Independent producer from a Creative Europe MEDIA country (UK lead producers excluded); one TV project per company; at least 26 minutes in total and 50% animation; in development; broadcaster or platform letter of interest required.',
    editions: [
      {
        year: 2024,
        startsOn: '2024-09-16',
        endsOn: '2024-09-19',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: ['https://cartoon-media.eu/forum/about/report'],
      },
      {
        year: 2026,
        startsOn: '2026-09-14',
        endsOn: '2026-09-17',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: PAST_ESTIMATED_NOTE,
        sources: [],
      },
      {
        year: 2027,
        startsOn: '2027-09-13',
        endsOn: '2027-09-16',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://cartoon-media.eu/forum/about/report',
      'https://www.cartoon-media.eu/forum/submit-your-project/regulations',
      'https://www.cartoon-media.eu/forum/submit-your-project/application',
    ],
  },
  {
    slug: 'cartoon-movie',
    name: 'Cartoon Movie',
    city: 'Bordeaux',
    country: 'FR',
    kinds: ['ANIMATION', 'COPRODUCTION_FORUM'],
    usualMonth: 3,
    website: null,
    formats: ['FEATURE_FILM'],
    entryRules:
      'Animated features for theatrical release: at least 60 minutes and 50% animation; European independent producer; at most 2 projects per company; letter of interest (optional at concept stage).',
    editions: [
      {
        year: 2026,
        startsOn: '2026-03-03',
        endsOn: '2026-03-05',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: ['https://www.pictanovo.com/manifestations/pictanovo-au-cartoon-movie-2026'],
      },
      {
        year: 2027,
        startsOn: '2027-03-02',
        endsOn: '2027-03-04',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://www.pictanovo.com/manifestations/pictanovo-au-cartoon-movie-2026',
      'http://www.cartoon-media.eu/cartoon-movie-event/cartoon-movie-2022/submit-a-project-1/regulations-1.htm',
    ],
  },
  {
    // FACTS.md §3: ran in 2023, 2024 and 2025 (23–25 April); no edition after 2025 is confirmed (§8).
    slug: 'cartoon-next',
    name: 'Cartoon Next',
    city: 'Marseille',
    country: 'FR',
    kinds: ['ANIMATION', 'COPRODUCTION_FORUM'],
    usualMonth: 4,
    website: null,
    formats: ['TRANSMEDIA', 'ANIMATED_SERIES'],
    entryRules: null,
    editions: [
      {
        year: 2023,
        startsOn: '2023-04-18',
        endsOn: '2023-04-20',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: ['https://www.licensingmagazine.com/2023/04/28/the-new-characters-of-cartoon-next-2023/'],
      },
      {
        // Ran in Marseille in April 2024 (Animation Magazine, published the week after); the days are not given.
        year: 2024,
        startsOn: '2024-04-16',
        endsOn: '2024-04-18',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: 'Held in Marseille in April 2024; exact days not given by the source, estimated from 2023.',
        sources: [
          'https://animationmagazine.net/2024/04/cartoon-next-2024-three-days-of-looking-for-the-next-big-animated-things',
        ],
      },
      {
        year: 2025,
        startsOn: '2025-04-23',
        endsOn: '2025-04-25',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        note: '4th edition.',
        sources: [
          'https://cineuropa.org/it/newsdetail/476969',
          'https://issuu.com/cartoon_media/docs/press_review_cartoonnext_2025',
        ],
      },
      {
        year: 2027,
        startsOn: '2027-04-21',
        endsOn: '2027-04-23',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://www.licensingmagazine.com/2023/04/28/the-new-characters-of-cartoon-next-2023/',
      'https://animationmagazine.net/2024/04/cartoon-next-2024-three-days-of-looking-for-the-next-big-animated-things',
      'https://cineuropa.org/it/newsdetail/476969',
    ],
  },
  {
    slug: 'mipcom',
    name: 'MIPCOM',
    city: 'Cannes',
    country: 'FR',
    kinds: ['MARKET', 'TV'],
    usualMonth: 10,
    website: null,
    formats: ['TV_SERIES', 'ANIMATED_SERIES', 'TV_FILM', 'DOCUMENTARY'],
    entryRules: null,
    editions: [
      {
        year: 2024,
        startsOn: '2024-10-21',
        endsOn: '2024-10-24',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: ['https://worldscreen.com/mipcom-attendance-tops-11000/'],
      },
      {
        year: 2026,
        startsOn: '2026-10-19',
        endsOn: '2026-10-22',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: PAST_ESTIMATED_NOTE,
        sources: [],
      },
      {
        year: 2027,
        startsOn: '2027-10-18',
        endsOn: '2027-10-21',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: ['https://worldscreen.com/mipcom-attendance-tops-11000/'],
  },
  {
    // Replaced MIPTV from 2025; runs alongside the London TV Screenings.
    slug: 'mip-london',
    name: 'MIP London',
    city: 'London',
    country: 'GB',
    kinds: ['MARKET', 'TV'],
    usualMonth: 2,
    website: null,
    formats: ['TV_SERIES', 'ANIMATED_SERIES', 'TV_FILM', 'DOCUMENTARY'],
    entryRules: null,
    editions: [
      {
        // Held: a three-day edition ending 24 Feb 2026 (VideoAge, 26 Feb 2026), so 22–24 Feb.
        year: 2026,
        startsOn: '2026-02-22',
        endsOn: '2026-02-24',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        note: 'Three-day edition ending 24 Feb 2026 (the source reports it after the event).',
        sources: [
          'https://www.videoageinternational.net/2026/02/26/watercooler/mip-london-a-great-confab-not-such-a-great-tv-mart/',
        ],
      },
      {
        year: 2027,
        startsOn: '2027-02-21',
        endsOn: '2027-02-23',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://tivubiz.it/senza-categoria/rx-cancella-il-miptv-dal-2025',
      'https://www.videoageinternational.net/2026/02/26/watercooler/mip-london-a-great-confab-not-such-a-great-tv-mart/',
    ],
  },
  {
    slug: 'fipadoc',
    name: 'FIPADOC (+ FIPADOC Pro, Biarritz Immersive)',
    city: 'Biarritz',
    country: 'FR',
    kinds: ['DOCUMENTARY', 'FILM_FESTIVAL', 'IMMERSIVE'],
    usualMonth: 1,
    website: null,
    formats: ['DOCUMENTARY', 'XR'],
    entryRules: null,
    editions: [
      {
        year: 2026,
        startsOn: '2026-01-23',
        endsOn: '2026-01-31',
        marketName: 'FIPADOC Pro',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: ['https://www.moka-mag.com/articles/fipadoc-2026'],
      },
      {
        year: 2027,
        startsOn: '2027-01-22',
        endsOn: '2027-01-30',
        marketName: 'FIPADOC Pro',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: ['https://www.moka-mag.com/articles/fipadoc-2026'],
  },
  {
    slug: 'sunny-side-of-the-doc',
    name: 'Sunny Side of the Doc',
    city: 'La Rochelle',
    country: 'FR',
    kinds: ['MARKET', 'DOCUMENTARY'],
    usualMonth: 6,
    website: null,
    formats: ['DOCUMENTARY'],
    entryRules: null,
    editions: [
      {
        year: 2026,
        startsOn: '2026-06-22',
        endsOn: '2026-06-24',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        note: 'The 2026 edition was cancelled in December 2025, then reinstated as a 3-day market (22–24 June 2026) with Documentary Campus.',
        sources: [
          'https://www.videoageinternational.net/2025/12/05/news/sunny-side-of-the-doc-cancels-2026-edition/',
          'https://cineuropa.org/fr/cfocusnewsdetail/1618/488094/rl/1',
        ],
      },
      {
        year: 2027,
        startsOn: '2027-06-21',
        endsOn: '2027-06-23',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://www.videoageinternational.net/2025/12/05/news/sunny-side-of-the-doc-cancels-2026-edition/',
      'https://cineuropa.org/fr/cfocusnewsdetail/1618/488094/rl/1',
    ],
  },
  {
    slug: 'arras-film-festival',
    name: 'Arras Film Festival + Arras Days',
    city: 'Arras',
    country: 'FR',
    kinds: ['FILM_FESTIVAL', 'COPRODUCTION_FORUM'],
    usualMonth: 11,
    website: null,
    formats: ['FEATURE_FILM'],
    entryRules:
      'Arras Days: 7–8 European projects at script or development stage; two development grants (€7,500 from the festival and €5,000 from the City of Arras in 2023).',
    editions: [
      {
        year: 2025,
        startsOn: '2025-11-07',
        endsOn: '2025-11-16',
        marketName: 'Arras Days',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: ['https://cineuropa.org/en/newsdetail/485462'],
      },
      {
        year: 2026,
        startsOn: '2026-11-06',
        endsOn: '2026-11-15',
        marketName: 'Arras Days',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: PAST_ESTIMATED_NOTE,
        sources: [],
      },
      {
        year: 2027,
        startsOn: '2027-11-05',
        endsOn: '2027-11-14',
        marketName: 'Arras Days',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://cineuropa.org/en/newsdetail/485462',
      'https://arrasfilmfestival-epsi.fr/2019/11/17/arras-film-festival-top-depart-de-la-huitieme-edition-des-arras-days/',
      'http://cineuropa.net/fr/newsdetail/452546/',
    ],
  },
  {
    // Late September since 2021 (March before).
    slug: 'festival-2-cinema-valenciennes',
    name: 'Festival 2 Cinéma de Valenciennes',
    city: 'Valenciennes',
    country: 'FR',
    kinds: ['FILM_FESTIVAL', 'DOCUMENTARY'],
    usualMonth: 9,
    website: null,
    formats: ['FEATURE_FILM', 'DOCUMENTARY'],
    entryRules: null,
    editions: [
      {
        year: 2025,
        startsOn: '2025-09-26',
        endsOn: '2025-09-30',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: [
          'https://www.cnc.fr/cinema/actualites/la-15e-edition-du-festival-2-cinema-de-valenciennes-ouvre-ses-portes_2467695',
          'https://wikiwand.com/fr/articles/Festival_2_cin%C3%A9ma_de_Valenciennes',
        ],
      },
      {
        year: 2026,
        startsOn: '2026-09-25',
        endsOn: '2026-09-29',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: PAST_ESTIMATED_NOTE,
        sources: [],
      },
      {
        year: 2027,
        startsOn: '2027-09-24',
        endsOn: '2027-09-28',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://www.cnc.fr/cinema/actualites/la-15e-edition-du-festival-2-cinema-de-valenciennes-ouvre-ses-portes_2467695',
      'https://wikiwand.com/fr/articles/Festival_2_cin%C3%A9ma_de_Valenciennes',
    ],
  },
  {
    slug: 'gamescom',
    name: 'Gamescom',
    city: 'Cologne',
    country: 'DE',
    kinds: ['GAMES'],
    usualMonth: 8,
    website: null,
    formats: ['VIDEO_GAME'],
    entryRules: null,
    editions: [
      {
        year: 2026,
        startsOn: '2026-08-26',
        endsOn: '2026-08-30',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: ['https://www.gutgespielt.de/gamescom-2025-legt-bei-besucherzahlen-deutlich-zu'],
      },
      {
        year: 2027,
        startsOn: '2027-08-25',
        endsOn: '2027-08-29',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: ['https://www.gutgespielt.de/gamescom-2025-legt-bei-besucherzahlen-deutlich-zu'],
  },
  {
    slug: 'les-arcs',
    name: 'Les Arcs Film Festival + Industry Village',
    city: 'Les Arcs',
    country: 'FR',
    kinds: ['FILM_FESTIVAL', 'COPRODUCTION_FORUM'],
    usualMonth: 12,
    website: null,
    formats: ['FEATURE_FILM'],
    entryRules: null,
    editions: [
      {
        year: 2025,
        startsOn: '2025-12-13',
        endsOn: '2025-12-20',
        marketName: 'Industry Village (Coproduction Village)',
        marketStartsOn: '2025-12-13',
        marketEndsOn: '2025-12-16',
        estimated: false,
        sources: ['https://cineuropa.org/fr/newsdetail/487099'],
      },
      {
        year: 2026,
        startsOn: '2026-12-12',
        endsOn: '2026-12-19',
        marketName: 'Industry Village (Coproduction Village)',
        marketStartsOn: '2026-12-12',
        marketEndsOn: '2026-12-15',
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: ['https://cineuropa.org/fr/newsdetail/487099'],
  },
  {
    slug: 'anima',
    name: 'Anima (+ Futuranima)',
    city: 'Brussels',
    country: 'BE',
    kinds: ['ANIMATION', 'FILM_FESTIVAL'],
    usualMonth: 2,
    website: null,
    formats: ['FEATURE_FILM', 'SHORT_FILM', 'ANIMATED_SERIES'],
    entryRules: null,
    editions: [
      {
        year: 2026,
        startsOn: '2026-02-20',
        endsOn: '2026-03-01',
        marketName: 'Futuranima',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: [
          'https://www.brusselstimes.com/belgium/1939533/brussels-animation-festival-returns-with-300-films-for-45th-edition/',
        ],
      },
      {
        year: 2027,
        startsOn: '2027-02-19',
        endsOn: '2027-02-28',
        marketName: 'Futuranima',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://www.brusselstimes.com/belgium/1939533/brussels-animation-festival-returns-with-300-films-for-45th-edition/',
    ],
  },
  {
    slug: 'kikk',
    name: 'KIKK Festival + KIKK Market',
    city: 'Namur',
    country: 'BE',
    kinds: ['IMMERSIVE', 'MARKET'],
    usualMonth: 10,
    website: null,
    formats: ['XR', 'TRANSMEDIA'],
    entryRules: null,
    editions: [
      {
        year: 2025,
        startsOn: '2025-10-23',
        endsOn: '2025-10-26',
        marketName: 'KIKK Market',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: [
          'https://www.wbi.be/fr/actualites/kikk-festival-confluence-entre-culture-numerique-societe',
        ],
      },
      {
        year: 2026,
        startsOn: '2026-10-22',
        endsOn: '2026-10-25',
        marketName: 'KIKK Market',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: PAST_ESTIMATED_NOTE,
        sources: [],
      },
      {
        year: 2027,
        startsOn: '2027-10-21',
        endsOn: '2027-10-24',
        marketName: 'KIKK Market',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: ['https://www.wbi.be/fr/actualites/kikk-festival-confluence-entre-culture-numerique-societe'],
  },
  {
    // Edition dates are the festival's (IFFR); CineMart is the market. IFFR 2026 dates are not in FACTS.md.
    slug: 'iffr-cinemart',
    name: 'IFFR CineMart',
    city: 'Rotterdam',
    country: 'NL',
    kinds: ['FILM_FESTIVAL', 'COPRODUCTION_FORUM', 'MARKET'],
    usualMonth: 1,
    website: null,
    formats: ['FEATURE_FILM'],
    entryRules:
      'CineMart: 20–25 projects; a co-production market, not a fund; priority to projects on their first market presentation; submission fee.',
    editions: [
      {
        year: 2027,
        startsOn: '2027-01-28',
        endsOn: '2027-02-07',
        marketName: 'CineMart',
        marketStartsOn: '2027-01-31',
        marketEndsOn: '2027-02-03',
        estimated: false,
        note: 'CineMart 2026 ran 1–4 Feb 2026.',
        sources: ['https://iffr.com/en/iffr-pro/cinemart/cinemart-faq'],
      },
    ],
    sources: [
      'https://iffr.com/en/iffr-pro/cinemart/cinemart-faq',
      'https://iffr.com/en/iffr-pro/cinemart/cinemart-project-submission',
    ],
  },
  {
    slug: 'venice-production-bridge',
    name: 'Venice Production Bridge / Gap-Financing Market',
    city: 'Venice',
    country: 'IT',
    kinds: ['MARKET', 'COPRODUCTION_FORUM'],
    usualMonth: 8,
    website: null,
    formats: ['FEATURE_FILM'],
    entryRules:
      'Gap-Financing Market: at least 70% of financing confirmed by signed contracts; at least 70 minutes; experienced director and producer.',
    editions: [
      {
        year: 2025,
        startsOn: '2025-08-28',
        endsOn: '2025-09-03',
        marketName: 'Gap-Financing Market',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        sources: [
          'https://www.paeseroma.it/attualita/cinema/2025/09/10/venezia82-pascal-diot-e-il-venice-production-bridge/',
        ],
      },
      {
        year: 2026,
        startsOn: '2026-08-27',
        endsOn: '2026-09-02',
        marketName: 'Gap-Financing Market',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: PAST_ESTIMATED_NOTE,
        sources: [],
      },
      {
        year: 2027,
        startsOn: '2027-08-26',
        endsOn: '2027-09-01',
        marketName: 'Gap-Financing Market',
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://www.paeseroma.it/attualita/cinema/2025/09/10/venezia82-pascal-diot-e-il-venice-production-bridge/',
      'https://imagesfrancophones.org/actualites/appel-a-projets-du-gap-financing-market-de-venise',
    ],
  },
  {
    slug: 'idfa',
    name: 'IDFA + IDFA Forum',
    city: 'Amsterdam',
    country: 'NL',
    kinds: ['DOCUMENTARY', 'FILM_FESTIVAL', 'COPRODUCTION_FORUM'],
    usualMonth: 11,
    website: null,
    formats: ['DOCUMENTARY'],
    entryRules: null,
    editions: [
      {
        // Began on Wednesday 13 November (IDFA entry regulations 2024), not the 14th.
        year: 2024,
        startsOn: '2024-11-13',
        endsOn: '2024-11-24',
        marketName: 'IDFA Forum',
        marketStartsOn: '2024-11-17',
        marketEndsOn: '2024-11-20',
        estimated: false,
        sources: [
          'https://africaflying.com/idfa-head-of-industry-on-hunger-for-collaboration-political-projects',
        ],
      },
      {
        year: 2026,
        startsOn: '2026-11-11',
        endsOn: '2026-11-22',
        marketName: 'IDFA Forum',
        marketStartsOn: '2026-11-15',
        marketEndsOn: '2026-11-18',
        estimated: true,
        note: PAST_ESTIMATED_NOTE,
        sources: [],
      },
      {
        year: 2027,
        startsOn: '2027-11-10',
        endsOn: '2027-11-21',
        marketName: 'IDFA Forum',
        marketStartsOn: '2027-11-14',
        marketEndsOn: '2027-11-17',
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: [
      'https://africaflying.com/idfa-head-of-industry-on-hunger-for-collaboration-political-projects',
    ],
  },
  {
    slug: 'fifam',
    name: "FIFAM – Festival international du film d'Amiens",
    city: 'Amiens',
    country: 'FR',
    kinds: ['FILM_FESTIVAL'],
    usualMonth: 11,
    website: null,
    formats: ['FEATURE_FILM'],
    entryRules: null,
    editions: [
      {
        year: 2025,
        startsOn: '2025-11-14',
        endsOn: '2025-11-22',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: false,
        note: '45th edition.',
        sources: ['https://www.amiens.fr/Actualites/Quand-le-cine-arrive-en-ville'],
      },
      {
        year: 2026,
        startsOn: '2026-11-13',
        endsOn: '2026-11-21',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: PAST_ESTIMATED_NOTE,
        sources: [],
      },
      {
        year: 2027,
        startsOn: '2027-11-12',
        endsOn: '2027-11-20',
        marketName: null,
        marketStartsOn: null,
        marketEndsOn: null,
        estimated: true,
        note: ESTIMATED_NOTE,
        sources: [],
      },
    ],
    sources: ['https://www.amiens.fr/Actualites/Quand-le-cine-arrive-en-ville'],
  },
];
