/**
 * Pure partner-matching scorer: ranks companies (partners) for a co-production project, and projects for a
 * company (the same scorer, other direction). No Nest, no database, no clock, no randomness: the same input
 * always gives the same output.
 *
 * scoring/: the profiles (partner-profile.ts), the legal framework of a country pair (country-fit.ts), a
 * forum's entry rules (forum-readiness.ts), one object per criterion (criteria/), the score and its reasons
 * (scoring.ts) and the ranking (ranking.ts). wording/ words the reasons in English and French.
 */
export type {
  Criterion,
  MatchContext,
  MatchReason,
  PartnerMatchScore,
  PartnerProfile,
  PartnerRole,
  ProjectMatchScore,
  ProjectProfile,
  ProjectStage,
} from './scoring/partner-profile';
export { countryFit, type CountryFit } from './scoring/country-fit';
export { readiness, type ForumReadiness } from './scoring/forum-readiness';
export { CRITERION_POINTS } from './scoring/criteria';
export { quickScore, scorePartner, scorerFor, type Scorer } from './scoring/scoring';
export { rankPartners, rankProjects } from './scoring/ranking';
