import type { MatchContext, PartnerProfile, ProjectProfile } from './partner-profile';
import type { Judged, ScoringCriterion } from './criterion';
import { prepareScoring } from './scoring';

/** Profiles the scorer's specs share: a perfect project–partner pair and changes to it. */

export const BERLINALE: MatchContext = {
  edition: { id: 'ed-berlinale-2026', festivalSlug: 'berlinale', name: 'Berlinale 2026' },
};

export const CONTEXTS: readonly (MatchContext | undefined)[] = [undefined, BERLINALE];

/** The Pictanovo + Wallimage interactive fund, which asks for a Hauts-de-France and a Walloon partner. */
export const INTERACTIVE_FUND = 'pictanovo-wallimage-interactive';

export const project = (overrides: Partial<ProjectProfile> = {}): ProjectProfile => ({
  id: 'p-1',
  format: 'FEATURE_FILM',
  genres: ['drama', 'comedy'],
  stage: 'FINANCING',
  budgetEur: 2_000_000,
  financingSecuredEur: 800_000,
  languages: ['fr'],
  countriesSought: [],
  rolesSought: ['MINORITY_COPRODUCER', 'SALES_AGENT'],
  ownerCountry: 'FR',
  fundsApplied: [],
  ownerCompanyId: 'owner',
  ...overrides,
});

export const partner = (overrides: Partial<PartnerProfile> = {}): PartnerProfile => ({
  companyId: 'de-1',
  country: 'DE',
  formats: ['FEATURE_FILM', 'TV_SERIES'],
  genres: ['Drama', 'comedy'],
  coproductionCountries: ['FR'],
  budgetMinEur: 1_000_000,
  budgetMaxEur: 5_000_000,
  rolesOffered: ['MINORITY_COPRODUCER', 'SALES_AGENT', 'DISTRIBUTOR'],
  languages: ['de', 'fr', 'en'],
  trackRecord: [
    { title: 'A', year: 2019, countries: ['DE', 'FR'], format: 'FEATURE_FILM' },
    { title: 'B', year: 2021, countries: ['DE', 'BE'], format: 'FEATURE_FILM' },
    { title: 'C', year: 2023, countries: ['DE'], format: 'FEATURE_FILM' },
  ],
  seeksProjects: true,
  attendingEditionIds: ['ed-berlinale-2026'],
  ...overrides,
});

/** A partner with nothing known but its id. */
export const EMPTY_PARTNER: Partial<PartnerProfile> = {
  formats: [],
  genres: [],
  rolesOffered: [],
  languages: [],
  trackRecord: [],
  budgetMinEur: null,
  budgetMaxEur: null,
  country: '',
};

/** A partner failing every criterion. */
export const WORST_PARTNER: Partial<PartnerProfile> = {
  country: 'US',
  formats: ['XR'],
  genres: ['horror'],
  budgetMinEur: 50_000_000,
  budgetMaxEur: 90_000_000,
  rolesOffered: ['SERVICE_VFX'],
  languages: ['ja'],
  trackRecord: [],
  seeksProjects: false,
  attendingEditionIds: [],
};

const WALLONIA_PROJECT: Partial<ProjectProfile> = {
  format: 'XR',
  ownerCountry: 'FR-HDF',
  fundsApplied: [INTERACTIVE_FUND],
  countriesSought: ['DE'],
};

const ANIMATED_WORKS = Array.from({ length: 5 }, (_, i) => ({
  title: `S${i}`,
  year: 2015 + i,
  countries: ['DE', 'FR'],
  format: 'ANIMATED_SERIES',
}));

/** Named changes to the perfect pair, each scored with and without an edition by the equivalence spec. */
export const SCORED_PAIRS: readonly [string, Partial<ProjectProfile>, Partial<PartnerProfile>][] = [
  ['perfect pair', {}, {}],
  ['format not offered', {}, { formats: ['DOCUMENTARY'] }],
  ['genres Jaccard 1/3', {}, { genres: ['drama', 'thriller'] }],
  ['no genre overlap', {}, { genres: ['horror'] }],
  ['budget 20% above the max', { budgetEur: 6_000_000, financingSecuredEur: 3_000_000 }, {}],
  ['budget 20% below the min', { budgetEur: 800_000 }, { budgetMinEur: 1_000_000 }],
  ['budget far above the max', { budgetEur: 7_000_000, financingSecuredEur: 3_000_000 }, {}],
  ['open-ended budget range', {}, { budgetMinEur: 500_000, budgetMaxEur: null }],
  ['1 of 2 roles offered', {}, { rolesOffered: ['SALES_AGENT'] }],
  ['no role offered', {}, { rolesOffered: ['SERVICE_VFX'] }],
  ['no common language', {}, { languages: ['de'] }],
  ['convention only', { ownerCountry: 'AT' }, { country: 'PT' }],
  ['treaty', {}, { country: 'PT' }],
  ['convention unverified for France', {}, { country: 'NO' }],
  ['same country', {}, { country: 'FR' }],
  ['no framework', {}, { country: 'US' }],
  ['treaty country not sought', { countriesSought: ['BE'] }, {}],
  ['1 same-format work', {}, { trackRecord: [partner().trackRecord[0]] }],
  [
    'other formats only',
    {},
    { trackRecord: [{ title: 'D', year: 2020, countries: ['DE'], format: 'DOCUMENTARY' }] },
  ],
  ['writing stage', { stage: 'WRITING' }, {}],
  ['not seeking projects', {}, { seeksProjects: false }],
  ['capped track record', { format: 'ANIMATED_SERIES' }, { trackRecord: ANIMATED_WORKS }],
  ['null project budget', { budgetEur: null }, {}],
  ['no partner budget range', {}, { budgetMinEur: null, budgetMaxEur: null }],
  ['no genres anywhere', { genres: [] }, { genres: [] }],
  ['no roles offered', {}, { rolesOffered: [] }],
  ['no partner languages', {}, { languages: [] }],
  ['no partner formats', {}, { formats: [] }],
  ['no track record', {}, { trackRecord: [] }],
  ['attends another edition', {}, { attendingEditionIds: ['ed-cannes-2026'] }],
  ['attendance unknown', {}, { attendingEditionIds: [] }],
  ['under-financed', { financingSecuredEur: 400_000 }, {}],
  ['the worst partner', {}, WORST_PARTNER],
  ['an empty partner', {}, EMPTY_PARTNER],
  ['worst partner, writing, no budget', { stage: 'WRITING', budgetEur: null }, WORST_PARTNER],
  ['empty partner, zero budget', { budgetEur: 0 }, EMPTY_PARTNER],
  [
    'Belgian partner, interactive fund',
    { genres: ['thriller', 'drama'], fundsApplied: [INTERACTIVE_FUND] },
    { country: 'BE', genres: ['drama', 'horror'] },
  ],
  ['the Wallonia pairing', WALLONIA_PROJECT, { country: 'BE-WAL', formats: ['XR'] }],
  [
    'duplicate roles sought',
    { rolesSought: ['SALES_AGENT', 'SALES_AGENT', 'DISTRIBUTOR'] },
    { rolesOffered: ['DISTRIBUTOR'] },
  ],
  ['documentary project', { format: 'DOCUMENTARY' }, {}],
];

/** 240 varied partners, some company ids twice and one the owner's, for a Hauts-de-France project. */
export function rankingPool(): PartnerProfile[] {
  const countries = ['BE', 'BE-VLG', 'BE-WAL', 'BE-FWB', 'DE', 'PT', 'NO', 'US', 'FR', 'CA', ''];
  return Array.from({ length: 240 }, (_, i) =>
    partner({
      companyId: i === 7 ? 'owner' : `c-${String(i % 200).padStart(3, '0')}`,
      country: countries[i % countries.length],
      formats: i % 3 === 0 ? ['XR'] : i % 11 === 0 ? [] : ['FEATURE_FILM'],
      genres: i % 2 ? ['drama'] : ['horror', 'comedy'],
      budgetMinEur: i % 5 === 0 ? null : 100_000 * i,
      budgetMaxEur: i % 5 === 0 ? null : 400_000 * i,
      rolesOffered: i % 4 === 0 ? [] : ['SALES_AGENT'],
      seeksProjects: i % 7 !== 0,
      attendingEditionIds: i % 2 ? ['ed-berlinale-2026'] : [],
    }),
  );
}

export const RANKING_PROJECT = project({
  ownerCountry: 'FR-HDF',
  fundsApplied: [INTERACTIVE_FUND],
  countriesSought: ['BE', 'DE'],
});

/** One criterion alone for a change to the perfect pair: its share, reason and missing data. */
export function judge(
  criterion: ScoringCriterion,
  projectChange: Partial<ProjectProfile> = {},
  partnerChange: Partial<PartnerProfile> = {},
  context?: MatchContext,
): Judged {
  const prepared = prepareScoring(project(projectChange), context);
  const who = partner(partnerChange);
  const share = criterion.share(prepared, who);
  return { share, ...criterion.explain(prepared, who, share) };
}
