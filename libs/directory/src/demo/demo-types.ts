import {
  CompanyKind,
  LanguageLevel,
  PersonKind,
  ProgrammeLevel,
  SizeBand,
  TitleForm,
  Visibility,
  WorkFormat,
} from '../shared/directory.enums';
import type { Decade, Sex } from './demo-names.data';

/** What the demo plan reads (reference rows, options) and what it plans (the rows the seeder stores). */

// ------------------------------------------------------------------------------------------------ inputs

export interface DemoSchoolRef {
  id: string;
  slug: string;
  city: string;
}

export interface DemoProgrammeRef {
  id: string;
  schoolId: string;
  slug?: string;
  title?: string;
  /** Kebab-case discipline (e.g. 'animation'): students' crafts follow it. */
  discipline?: string | null;
}

export interface DemoSiteRef {
  id: string;
  slug: string;
  city: string;
  lat: number;
  lng: number;
  name?: string;
}

/** The reference rows the demo data links to, read from the database by the seeder (fixtures in tests). */
export interface DemoReference {
  craftSlugs: readonly string[];
  schools: readonly DemoSchoolRef[];
  /** The real programmes; demo programmes are added up to PROGRAMMES_TOTAL. */
  programmes: readonly DemoProgrammeRef[];
  sites: readonly DemoSiteRef[];
  /** Values already used in the database, never generated. */
  taken?: {
    personSlugs?: Iterable<string>;
    companySlugs?: Iterable<string>;
    programmeSlugs?: Iterable<string>;
    sirens?: Iterable<string>;
  };
}

export interface DemoPlanOptions {
  seed: number;
  /** Integer 1–100: multiplies companies and people. */
  scale?: number;
  /** Availability is planned in the 12 months after this day (UTC). */
  today: Date;
}

// ------------------------------------------------------------------------------------------------ rows

export interface DemoCompany {
  id: string;
  slug: string;
  name: string;
  siren: string | null;
  /** ISO 3166-1 alpha-2 */
  country: string;
  kinds: CompanyKind[];
  formats: WorkFormat[];
  city: string;
  postcode: string | null;
  lat: number;
  lng: number;
  siteId: string | null;
  sizeBand: SizeBand;
  website: string;
  descriptionFr: string;
  descriptionEn: string;
}

export interface DemoProgramme {
  id: string;
  slug: string;
  schoolId: string;
  title: string;
  level: ProgrammeLevel;
  discipline: string;
  durationYears: number;
  yearlyIntake: number;
  languages: string[];
}

export interface DemoPersonCraft {
  craftSlug: string;
  isPrimary: boolean;
}

export interface DemoPersonLanguage {
  /** ISO 639-1 */
  language: string;
  level: LanguageLevel;
}

export interface DemoCredit {
  id: string;
  title: string;
  year: number;
  format: WorkFormat;
  craftSlug: string | null;
  companyId: string | null;
  companyName: string | null;
}

export interface DemoAvailability {
  id: string;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD, inclusive */
  endsOn: string;
  note: string | null;
}

export interface DemoAffiliation {
  id: string;
  companyId: string;
  role: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface DemoVisibility {
  email: Visibility;
  phone: Visibility;
  links: Visibility;
  availability: Visibility;
}

export interface DemoPerson {
  id: string;
  slug: string;
  firstName: string;
  lastName: string;
  /** Only in the plan (never stored): picks the first name and keeps the title form consistent with it. */
  sex: Sex;
  /** Decade of birth the first name is typical of (INSEE fichier des prénoms, demo-names.data.ts). */
  birthDecade: Decade;
  titleForm: TitleForm;
  kinds: PersonKind[];
  headline: string | null;
  bioFr: string | null;
  bioEn: string | null;
  skills: string[];
  city: string;
  postcode: string;
  lat: number;
  lng: number;
  mobilityKm: number;
  siteId: string | null;
  schoolId: string | null;
  programmeId: string | null;
  graduationYear: number | null;
  playingAgeMin: number | null;
  playingAgeMax: number | null;
  accents: string[];
  specialSkills: string[];
  email: string;
  phone: string;
  website: string | null;
  showreelUrl: string | null;
  filmographyUrl: string | null;
  visibility: DemoVisibility;
  consentDirectory: boolean;
  consentBrochure: boolean;
  verified: boolean;
  /** YYYY-MM-DD */
  lastReviewedOn: string;
  crafts: DemoPersonCraft[];
  languages: DemoPersonLanguage[];
  credits: DemoCredit[];
  availability: DemoAvailability[];
  affiliations: DemoAffiliation[];
}

export interface DemoPlanCounts {
  companies: number;
  professionals: number;
  students: number;
  /** professionals + students */
  people: number;
  /** Demo programmes to create. */
  programmes: number;
}

export interface DemoPlan {
  seed: number;
  scale: number;
  /** YYYY-MM-DD */
  today: string;
  /** The demo programmes to create (is_demo, slug 'demo-…'), attached to real schools. */
  programmes: DemoProgramme[];
  /** Every programme the students are spread over: the real ones, then the demo ones. */
  programmeIds: string[];
  /** Every demo company, replica by replica (French ones first, then foreign partners, Belgium first). */
  companies: DemoCompany[];
  counts: DemoPlanCounts;
  /**
   * Every demo person, replica by replica (professionals, then students), generated lazily so that scale 100
   * never sits in memory. Each call starts over and yields the same people.
   */
  people(): Generator<DemoPerson>;
}
