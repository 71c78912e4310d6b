/**
 * - IN_FORCE: a source shows the agreement applied (published with its decree by the CNC, an entry-into-force
 *   date, or described as the agreement in use).
 * - SIGNED: signed, entry into force not confirmed by a source.
 * - UNVERIFIED: a source mentions the agreement, but not its date or whether it is in force.
 * The matcher counts only IN_FORCE agreements as a legal framework.
 */
export type AgreementStatus = 'IN_FORCE' | 'SIGNED' | 'UNVERIFIED';

export interface CoproductionAgreement {
  /**
   * ISO 3166-1 alpha-2, or a code of subdivisions.reference.ts: 'BE-FWB' (French Community of Belgium),
   * 'BE-VLG' (Flanders).
   */
  partner: string;
  /** Other partner codes the agreement covers (e.g. a Walloon or Brussels producer for the French Community). */
  appliesTo?: string[];
  name: string;
  signed: number | null;
  /** YYYY-MM-DD when known. */
  inForce: string | null;
  status: AgreementStatus;
  note: string | null;
  sources: string[];
}

/**
 * France's bilateral co-production agreements found in sources: FACTS.md §5, plus Italy, Switzerland, Portugal,
 * Luxembourg, Sweden and Australia (issue 16 check, 2026-12-05; each row cites its source). France has agreements
 * with 57 countries (CNC 2017 report, quoted by https://expos-historiques.cannes.com/a/4138/affiche-pour-la-defense-du-cinema-francais-1981-21fi131-);
 * the full list was not retrieved (FACTS.md §8), so this is not exhaustive: a country missing here may still have
 * an agreement. One row per partner: where sources give successive agreements, `signed` is the latest and the
 * note names the earlier ones. `status` says what the sources confirm (see AgreementStatus).
 */
export const FRANCE_BILATERAL_AGREEMENTS: readonly CoproductionAgreement[] = [
  {
    partner: 'BE-FWB',
    // French-speaking producers of Wallonia and Brussels; a Brussels producer may belong to either Community.
    appliesTo: ['BE-WAL', 'BE-BRU'],
    name: 'France – French Community of Belgium film co-production agreement',
    signed: 2004,
    inForce: null,
    status: 'IN_FORCE',
    note: "Replaced the 1962 agreement. 'BE-FWB' is the French Community (Fédération Wallonie-Bruxelles), not the Walloon Region ('BE-WAL'): ISO 3166-2 has no code for the Belgian Communities.",
    sources: ['http://merlin.obs.coe.int/article.php?id=12334'],
  },
  {
    partner: 'BE-VLG',
    appliesTo: ['BE-BRU'],
    name: 'France – Flanders film co-production agreement',
    signed: 2019,
    inForce: '2021-01-03',
    status: 'IN_FORCE',
    note: null,
    sources: [
      'https://francebelgiqueculture.com/creation/entree-en-vigueur-de-laccord-de-coproduction-cinematographique-entre-la-france-et-la-flandre.htm',
    ],
  },
  {
    partner: 'DE',
    status: 'IN_FORCE',
    name: 'France – Germany film co-production agreement',
    signed: 2001,
    inForce: null,
    note: null,
    sources: ['http://www.cnc.fr/web/fr/textes-juridiques/-/editoriaux/37456'],
  },
  {
    partner: 'ES',
    status: 'IN_FORCE',
    name: 'France – Spain film co-production agreement',
    signed: 1988,
    inForce: null,
    note: null,
    sources: ['http://www.cnc.fr/web/fr/accords-internationaux/-/editoriaux/37617'],
  },
  {
    partner: 'GB',
    status: 'IN_FORCE',
    name: 'France – United Kingdom film co-production agreement',
    signed: 1994,
    inForce: null,
    note: null,
    sources: ['http://www.cnc.fr/web/fr/accords-internationaux/-/editoriaux/37641'],
  },
  {
    partner: 'HR',
    status: 'IN_FORCE',
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
    status: 'IN_FORCE',
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
    status: 'IN_FORCE',
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
    status: 'IN_FORCE',
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
    status: 'IN_FORCE',
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
    status: 'IN_FORCE',
    name: 'France – China film co-production agreement',
    signed: 2010,
    inForce: null,
    note: null,
    sources: ['http://cnc.fr/web/fr/textes-juridiques/-/editoriaux/38217'],
  },
  {
    partner: 'IN',
    status: 'IN_FORCE',
    name: 'France – India film co-production agreement',
    signed: 2010,
    inForce: null,
    note: 'Agreements of 1985 and 2010.',
    sources: ['http://www.cnc.fr/web/fr/textes-juridiques/-/editoriaux/271932'],
  },
  {
    partner: 'MA',
    // Signed in 2024; its entry into force is not confirmed by the source.
    status: 'SIGNED',
    name: 'France – Morocco film co-production and exchange agreement',
    signed: 2024,
    inForce: null,
    note: 'Signed in 2024 to replace the 1977 agreement; entry into force not confirmed.',
    sources: [
      'https://www.cnc.fr/professionnels/actualites/signature-de-laccord-entre-le-gouvernement-de-la-republique-francaise-et-le-gouvernement-du-royaume-du-maroc-relatif-a-la-coproduction-et-aux-echanges-cinematographiques_2192006',
    ],
  },
  {
    partner: 'ME',
    status: 'SIGNED',
    name: 'France – Montenegro co-production agreement',
    signed: 2025,
    inForce: null,
    note: 'Signed at Cannes on 23 May 2025; entry into force not confirmed.',
    sources: [
      'https://www.cnc.fr/professionnels/communiques-de-presse/la-france-conclut-trois-accords-de-coproduction-avec-les-philippines-le-paraguay-et-le-montenegro_2395154',
    ],
  },
  {
    partner: 'PY',
    status: 'SIGNED',
    name: 'France – Paraguay co-production agreement',
    signed: 2025,
    inForce: null,
    note: 'Signed at Cannes on 23 May 2025; entry into force not confirmed.',
    sources: [
      'https://www.cnc.fr/professionnels/communiques-de-presse/la-france-conclut-trois-accords-de-coproduction-avec-les-philippines-le-paraguay-et-le-montenegro_2395154',
    ],
  },
  {
    partner: 'PH',
    status: 'SIGNED',
    name: 'France – Philippines co-production agreement',
    signed: 2025,
    inForce: null,
    note: 'Signed at Cannes on 23 May 2025; entry into force not confirmed.',
    sources: [
      'https://www.cnc.fr/professionnels/communiques-de-presse/la-france-conclut-trois-accords-de-coproduction-avec-les-philippines-le-paraguay-et-le-montenegro_2395154',
    ],
  },
  {
    partner: 'IT',
    status: 'IN_FORCE',
    name: 'France – Italy film co-production agreement',
    signed: 2000,
    inForce: null,
    note: 'Agreement binding the two countries since 2000 (minority shares from 10%), applied from 2003 per a 2013 legal column; a joint Franco-Italian development fund was added by the CNC and MiBAC in 2013.',
    sources: [
      'https://cineuropa.org/fr/newsdetail/68511/',
      'http://www.journaldunet.com/media/expert/55782/france--italie---un-modele-original-de-financement-du-cinema.shtml',
      'https://www.cnc.fr/professionnels/aides-et-financements/multi-sectoriel/aide-au-developpement-de-la-coproduction-doeuvres-cinematographiques-francoitaliennes_191635',
    ],
  },
  {
    partner: 'CH',
    status: 'IN_FORCE',
    name: 'France – Switzerland film co-production agreement',
    signed: 2004,
    inForce: null,
    note: 'Signed in Paris on 7 December 2004, replacing the agreement of 20 September 1978 (shares from 10% to 90%); the Swiss Federal Office of Culture lists France among its co-production agreements.',
    sources: [
      'https://presseportal.ch/fr/pm/100000042/100483430',
      'https://www.bak.admin.ch/bak/fr/home/creation-culturelle/cinema/informations-juridiques/accords-de-coproduction.html',
    ],
  },
  {
    partner: 'PT',
    status: 'IN_FORCE',
    name: 'France – Portugal film co-production agreement',
    signed: 1980,
    inForce: null,
    note: 'Agreement of 10 October 1980 (shares from 30% to 70%, 20% by exception).',
    sources: ['https://avocatl.com/news/coproduire-avec-lespagne-ou-le-portugal-tour-dhorizon/'],
  },
  {
    partner: 'LU',
    status: 'UNVERIFIED',
    name: 'France – Luxembourg film co-production agreement',
    signed: null,
    inForce: null,
    note: "Listed among Luxembourg's concluded co-production agreements in 2011; its date and whether it is in force are not confirmed.",
    sources: ['https://land.lu/page/article/474/4474/FRE/index.html'],
  },
  {
    partner: 'SE',
    status: 'IN_FORCE',
    name: 'France – Sweden film co-production agreement',
    signed: 1965,
    inForce: null,
    note: 'Signed in Stockholm on 13 October 1965, amended on 23 September 1966 (published by the CNC with its decrees).',
    sources: [
      'https://cnc.fr/professionnels/reglementation/suedefrance--accord-de-coproduction-du-13-octobre-1965_125397',
    ],
  },
  {
    partner: 'AU',
    status: 'IN_FORCE',
    name: 'France – Australia administrative agreement on film relations',
    signed: 1986,
    inForce: null,
    note: 'Administrative agreement signed at Cannes on 15 May 1986 between the CNC and the Australian Film Commission.',
    sources: [
      'https://cnc.fr/professionnels/reglementation/australiefrance--accord-de-coproduction-du-15-mai-1986_125016',
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
  /** Whether the convention is in force for France: only IN_FORCE lets the matcher rely on it for French pairs. */
  franceAgreementStatus: AgreementStatus;
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
  franceAgreementStatus: 'UNVERIFIED',
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
