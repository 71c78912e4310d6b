export interface CoproductionAgreement {
  /** ISO 3166-1 alpha-2, or a Belgian region code: 'BE-WAL' (French Community), 'BE-VLG' (Flanders). */
  partner: string;
  name: string;
  signed: number | null;
  /** YYYY-MM-DD when known. */
  inForce: string | null;
  note: string | null;
  sources: string[];
}

/**
 * Confirmed examples of France's bilateral co-production agreements (FACTS.md §5). France has agreements with
 * 57 countries (CNC 2017 report, quoted by https://expos-historiques.cannes.com/a/4138/affiche-pour-la-defense-du-cinema-francais-1981-21fi131-);
 * the full list is not in FACTS.md (§8), so this is not exhaustive. One row per partner: where FACTS.md gives
 * successive agreements, `signed` is the latest and the note names the earlier ones.
 */
export const FRANCE_BILATERAL_AGREEMENTS: readonly CoproductionAgreement[] = [
  {
    partner: 'BE-WAL',
    name: 'France – French Community of Belgium film co-production agreement',
    signed: 2004,
    inForce: null,
    note: "Replaced the 1962 agreement. 'BE-WAL' stands for the French Community of Belgium: ISO 3166-2 has no code for the Belgian Communities.",
    sources: ['http://merlin.obs.coe.int/article.php?id=12334'],
  },
  {
    partner: 'BE-VLG',
    name: 'France – Flanders film co-production agreement',
    signed: 2019,
    inForce: '2021-01-03',
    note: null,
    sources: [
      'https://francebelgiqueculture.com/creation/entree-en-vigueur-de-laccord-de-coproduction-cinematographique-entre-la-france-et-la-flandre.htm',
    ],
  },
  {
    partner: 'DE',
    name: 'France – Germany film co-production agreement',
    signed: 2001,
    inForce: null,
    note: null,
    sources: ['http://www.cnc.fr/web/fr/textes-juridiques/-/editoriaux/37456'],
  },
  {
    partner: 'ES',
    name: 'France – Spain film co-production agreement',
    signed: 1988,
    inForce: null,
    note: null,
    sources: ['http://www.cnc.fr/web/fr/accords-internationaux/-/editoriaux/37617'],
  },
  {
    partner: 'GB',
    name: 'France – United Kingdom film co-production agreement',
    signed: 1994,
    inForce: null,
    note: null,
    sources: ['http://www.cnc.fr/web/fr/accords-internationaux/-/editoriaux/37641'],
  },
  {
    partner: 'HR',
    name: 'France – Croatia film co-production agreement',
    signed: 2013,
    inForce: null,
    note: null,
    sources: [
      'http://docplayer.fr/33422439-Bulletin-officiel-du-cinema-et-de-l-image-animee-accords-de-coproduction-no-5-mardi-3-novembre-2015.html',
    ],
  },
  {
    partner: 'CA',
    name: 'France – Canada audiovisual co-production agreement',
    signed: 2021,
    inForce: null,
    note: 'New audiovisual agreement of 2021; the first agreement dates from 1983.',
    sources: [
      'https://telefilm.ca/en/coproduction/international-treaties/francetv',
      'https://www.cnc.fr/professionnels/reglementation/canadafrance--accord-de-coproduction-du-28-juillet-2021_2131203',
    ],
  },
  {
    partner: 'BR',
    name: 'France – Brazil film co-production agreement (revised)',
    signed: 2010,
    inForce: null,
    note: 'Revised in 2010.',
    sources: [
      'https://dirprod.fr/2010/06/16/bilan-des-accords-internationaux-signes-lors-du-festival-de-cannes-2010/',
    ],
  },
  {
    partner: 'ZA',
    name: 'France – South Africa film co-production agreement',
    signed: 2010,
    inForce: null,
    note: null,
    sources: [
      'https://dirprod.fr/2010/06/16/bilan-des-accords-internationaux-signes-lors-du-festival-de-cannes-2010/',
    ],
  },
  {
    partner: 'EG',
    name: 'France – Egypt film co-production agreement',
    signed: 1983,
    inForce: null,
    note: null,
    sources: [
      'https://dirprod.fr/2010/06/16/bilan-des-accords-internationaux-signes-lors-du-festival-de-cannes-2010/',
    ],
  },
  {
    partner: 'CN',
    name: 'France – China film co-production agreement',
    signed: 2010,
    inForce: null,
    note: null,
    sources: ['http://cnc.fr/web/fr/textes-juridiques/-/editoriaux/38217'],
  },
  {
    partner: 'IN',
    name: 'France – India film co-production agreement',
    signed: 2010,
    inForce: null,
    note: 'Agreements of 1985 and 2010.',
    sources: ['http://www.cnc.fr/web/fr/textes-juridiques/-/editoriaux/271932'],
  },
  {
    partner: 'MA',
    name: 'France – Morocco film co-production and exchange agreement',
    signed: 2024,
    inForce: null,
    note: 'Replaces the 1977 agreement.',
    sources: [
      'https://www.cnc.fr/professionnels/actualites/signature-de-laccord-entre-le-gouvernement-de-la-republique-francaise-et-le-gouvernement-du-royaume-du-maroc-relatif-a-la-coproduction-et-aux-echanges-cinematographiques_2192006',
    ],
  },
  {
    partner: 'ME',
    name: 'France – Montenegro co-production agreement',
    signed: 2025,
    inForce: null,
    note: null,
    sources: [
      'https://www.cnc.fr/professionnels/communiques-de-presse/la-france-conclut-trois-accords-de-coproduction-avec-les-philippines-le-paraguay-et-le-montenegro_2395154',
    ],
  },
  {
    partner: 'PY',
    name: 'France – Paraguay co-production agreement',
    signed: 2025,
    inForce: null,
    note: null,
    sources: [
      'https://www.cnc.fr/professionnels/communiques-de-presse/la-france-conclut-trois-accords-de-coproduction-avec-les-philippines-le-paraguay-et-le-montenegro_2395154',
    ],
  },
  {
    partner: 'PH',
    name: 'France – Philippines co-production agreement',
    signed: 2025,
    inForce: null,
    note: null,
    sources: [
      'https://www.cnc.fr/professionnels/communiques-de-presse/la-france-conclut-trois-accords-de-coproduction-avec-les-philippines-le-paraguay-et-le-montenegro_2395154',
    ],
  },
];

export interface ConventionReference {
  name: string;
  code: string;
  /** ISO 3166-1 alpha-2. */
  parties: string[];
  /** Maximum share of the cost that co-producers from non-party states may bring (0.3 = 30%). */
  nonPartyShareMax: number;
  franceStatus: string;
  verified: boolean;
  sources: string[];
}

/**
 * Council of Europe Convention on Cinematographic Co-production (revised), CETS 220: opened at Rotterdam on
 * 30 January 2017, in force 1 October 2017; usable as a bilateral framework where no bilateral treaty exists.
 * `parties` = the states the Netherlands Treaty Database lists as parties having lodged declarations, plus
 * Ukraine; the full ratification chart was not retrieved (FACTS.md §8), hence `verified: false`.
 */
export const EUROPEAN_CONVENTION: ConventionReference = {
  name: 'Council of Europe Convention on Cinematographic Co-production (revised)',
  code: 'CETS 220',
  parties: [
    'AL', // Albania
    'AM', // Armenia
    'AT', // Austria
    'BE', // Belgium
    'BA', // Bosnia and Herzegovina
    'BG', // Bulgaria
    'HR', // Croatia
    'CY', // Cyprus
    'CZ', // Czech Republic
    'DK', // Denmark
    'EE', // Estonia
    'FI', // Finland
    'GE', // Georgia
    'GR', // Greece
    'HU', // Hungary
    'IS', // Iceland
    'IE', // Ireland
    'IT', // Italy
    'LV', // Latvia
    'LT', // Lithuania
    'LU', // Luxembourg
    'MT', // Malta
    'MD', // Moldova
    'ME', // Montenegro
    'NL', // Netherlands
    'MK', // North Macedonia
    'NO', // Norway
    'PL', // Poland
    'PT', // Portugal
    'RO', // Romania
    'RS', // Serbia
    'SK', // Slovakia
    'SI', // Slovenia
    'ES', // Spain
    'SE', // Sweden
    'CH', // Switzerland
    'GB', // United Kingdom
    'UA', // Ukraine (joined; Ukraine MFA)
  ],
  nonPartyShareMax: 0.3,
  franceStatus:
    'France ratified the 1992 Convention (ETS 147) on 9 November 2001 (in force 1 March 2002). Its CETS 220 status is unverified: France is not in the declarations list and the full ratification chart was not retrieved.',
  verified: false,
  sources: [
    'https://www.coe.int/fr/web/conventions/full-list/-/conventions/treaty/220',
    'https://treatydatabase.overheid.nl/en/Verdrag/Details/013364_b.html',
    'https://coe.mfa.gov.ua/en/news/ukraine-has-joined-council-europe-convention-cinematographic-co-production-revised',
    'https://verdragen.nl/nl/Verdrag/Details/005097_p.html',
  ],
};

// The forum entry rules are festival data, kept in libs/festivals; re-exported for the matching that reads them.
export { FORUM_ENTRY_RULES, FORUM_STAGES } from '@crossroads/festivals';
export type { ForumEntryRule } from '@crossroads/festivals';
