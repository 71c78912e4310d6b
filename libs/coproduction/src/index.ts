export * from './coproduction.module';
export * from './shared/coproduction.enums';
export * from './project/project.entity';
export * from './project/project.service';
export * from './project/dto/project.inputs';
export * from './project/project-input.rules';
export * from './project/project.bulk-writer';
export * from './profile/coproduction-profile.entity';
export * from './profile/profile.service';
export * from './introduction/introduction.entity';
export * from './introduction/introduction.service';
export * from './matching/partner-match.types';
export * from './matching/partner-matching.service';
export * from './access/project-access';
export * from './coproduction-loaders';
export { FUNDS, PROJECT_FORMATS } from './reference/funds.reference';
export type { FundReference, FundScope } from './reference/funds.reference';
export * from './reference/coproduction-agreements.reference';
export * from './reference/subdivisions.reference';
export {
  scorePartner,
  rankPartners,
  rankProjects,
  countryFit,
  readiness,
  CRITERION_POINTS,
} from './matching/partner-scorer';
export type {
  ProjectProfile,
  PartnerProfile,
  PartnerMatchScore,
  ProjectMatchScore,
  MatchContext,
  Criterion,
} from './matching/partner-scorer';
export * from './matching/new-partners.job';
export type { ReasonCode } from './matching/reason-code';
export { countryName, formatLabel, stageLabel } from './matching/wording/labels';
export { missingText } from './matching/wording/missing-text';
export { reasonLang, reasonText } from './matching/wording/reason-text';
export type { ReasonLang } from './matching/wording/sentence-parts';
export { ReasonParamsScalar } from './matching/reason-params.scalar';
export * from './project/project.export';
