import {
  FundStatus,
  PartnerRole,
  ProjectFormat,
  ProjectStage,
  ProjectVisibility,
} from '../shared/coproduction.enums';

/** The rows the co-production demo planner reads (plain directory rows) and the plan it returns. */

export interface DemoCompanyRef {
  id: string;
  slug: string;
  country: string;
  kinds: string[];
  formats: string[];
  sizeBand: string | null;
}

export interface DemoEditionRef {
  id: string;
  festivalSlug: string;
  year: number;
  /** YYYY-MM-DD */
  startsOn: string;
}

export interface CoproductionDemoReference {
  /** Demo companies, in slug order. */
  companies: readonly DemoCompanyRef[];
  /** Current affiliations of demo people: who could be on a project team. */
  affiliations: readonly { companyId: string; personId: string }[];
  editions: readonly DemoEditionRef[];
  takenProjectSlugs?: Iterable<string>;
}

export interface DemoProject {
  id: string;
  slug: string;
  title: string;
  logline: string;
  synopsis: string;
  format: ProjectFormat;
  genres: string[];
  stage: ProjectStage;
  budgetEur: number;
  financingSecuredEur: number;
  languages: string[];
  countriesSought: string[];
  rolesSought: PartnerRole[];
  ownerCompanyId: string;
  funds: { fund: string; status: FundStatus; amountEur: number | null }[];
  targetEditionIds: string[];
  visibility: ProjectVisibility;
  team: { personId: string; role: string }[];
}

export interface DemoProfile {
  companyId: string;
  formats: ProjectFormat[];
  genres: string[];
  coproductionCountries: string[];
  budgetMinEur: number;
  budgetMaxEur: number;
  rolesOffered: PartnerRole[];
  languages: string[];
  trackRecord: { title: string; year: number; countries: string[]; format: ProjectFormat }[];
  seeksProjects: boolean;
  attendingEditionIds: string[];
}

export interface CoproductionDemoPlan {
  projects: DemoProject[];
  profiles: DemoProfile[];
}
