import { DelegationAudience } from '../delegation/delegation.enums';
import type { FestivalKind } from '@crossroads/festivals';
import {
  COMPANY_KINDS_FOR,
  DEPARTMENTS_FOR,
  DISCIPLINES_FOR,
  PERSON_KINDS_FOR,
  unionOf,
} from './festival-fit';
import type { ReasonCode } from '@crossroads/coproduction';
import { suggestionText } from './suggestion-reason-text';

/**
 * Pure scorer of delegation suggestions: how well a company, a person or a project of the region fits a festival, with
 * the reasons. No Nest, no database: the same input gives the same output.
 */

export type SuggestionCriterionName =
  'FORMAT' | 'KIND' | 'CRAFT' | 'PROGRAMME' | 'GRADUATION' | 'REGION' | 'TRACK_RECORD' | 'TARGET' | 'STAGE';

export interface Reason {
  criterion: SuggestionCriterionName;
  points: number;
  /** The reason as data (suggestion-reason-text.ts words it). */
  code: string;
  params: ReasonCode['params'];
  /** English. */
  detail: string;
}

/** A reason from its code and parameters, with its English sentence. */
function reason(
  criterion: SuggestionCriterionName,
  points: number,
  code: string,
  params: ReasonCode['params'],
): Reason {
  return { criterion, points, code, params, detail: suggestionText({ code, params }, 'en') };
}

export interface Scored {
  score: number;
  reasons: Reason[];
}

export interface FestivalTarget {
  name: string;
  kinds: readonly FestivalKind[];
  formats: readonly string[];
  /** Edition year, for students about to graduate. */
  year: number;
}

export interface CompanyCandidate {
  kinds: readonly string[];
  formats: readonly string[];
  /** A site name or the city, when the company is in the region. */
  regionPlace: string | null;
  /** Credits of affiliated people in the festival's formats. */
  matchingCredits: number;
}

export interface PersonCandidate {
  kinds: readonly string[];
  craftDepartments: readonly string[];
  creditFormats: readonly string[];
  regionPlace: string | null;
  programme: { title: string; discipline: string } | null;
  graduationYear: number | null;
}

const WEIGHTS = { FORMAT: 40, KIND: 30, REGION: 15, TRACK_RECORD: 15 } as const;
const STUDENT_WEIGHTS = { PROGRAMME: 45, GRADUATION: 25, CRAFT: 15, REGION: 15 } as const;

const common = (a: readonly string[], b: readonly string[]) => a.filter((value) => b.includes(value));

function finish(reasons: (Reason | null)[]): Scored {
  const kept = reasons.filter((reason): reason is Reason => reason !== null && reason.points > 0);
  return {
    score: Math.min(
      100,
      kept.reduce((sum, reason) => sum + reason.points, 0),
    ),
    reasons: kept,
  };
}

export function scoreCompany(festival: FestivalTarget, company: CompanyCandidate): Scored {
  const formats = common(company.formats, festival.formats);
  const wanted = unionOf(COMPANY_KINDS_FOR, festival.kinds);
  const kinds = common(company.kinds, wanted);
  return finish([
    formats.length
      ? reason('FORMAT', WEIGHTS.FORMAT, 'COMPANY_FORMATS', { formats, festival: festival.name })
      : null,
    kinds.length
      ? reason('KIND', Math.round((WEIGHTS.KIND * Math.min(kinds.length, 2)) / 2), 'COMPANY_KINDS', {
          kinds,
          festival: festival.name,
        })
      : null,
    company.regionPlace
      ? reason('REGION', WEIGHTS.REGION, 'COMPANY_IN_REGION', { place: company.regionPlace })
      : null,
    company.matchingCredits
      ? reason(
          'TRACK_RECORD',
          Math.min(WEIGHTS.TRACK_RECORD, company.matchingCredits * 5),
          'COMPANY_CREDITS',
          {
            count: company.matchingCredits,
          },
        )
      : null,
  ]);
}

export function scorePerson(
  festival: FestivalTarget,
  person: PersonCandidate,
  audience: DelegationAudience,
): Scored {
  if (audience === DelegationAudience.STUDENTS) return scoreStudent(festival, person);
  const formats = [...new Set(common(person.creditFormats, festival.formats))];
  const wanted = unionOf(PERSON_KINDS_FOR, festival.kinds);
  const kinds = common(person.kinds, wanted);
  const departments = common(person.craftDepartments, unionOf(DEPARTMENTS_FOR, festival.formats));
  const credits = person.creditFormats.filter((format) => festival.formats.includes(format)).length;
  return finish([
    formats.length
      ? reason('FORMAT', WEIGHTS.FORMAT, 'PERSON_FORMATS', { formats, festival: festival.name })
      : departments.length
        ? reason('CRAFT', WEIGHTS.FORMAT / 2, 'PERSON_DEPARTMENTS', { departments })
        : null,
    kinds.length
      ? reason('KIND', Math.round((WEIGHTS.KIND * Math.min(kinds.length, 2)) / 2), 'PERSON_KINDS', {
          kinds,
          festival: festival.name,
        })
      : null,
    person.regionPlace ? reason('REGION', WEIGHTS.REGION, 'IN_REGION', { place: person.regionPlace }) : null,
    credits > 1
      ? reason('TRACK_RECORD', Math.min(WEIGHTS.TRACK_RECORD, credits * 5), 'PERSON_CREDITS', {
          count: credits,
        })
      : null,
  ]);
}

/** Students: a programme whose discipline fits the festival's formats, graduating about now. */
function scoreStudent(festival: FestivalTarget, person: PersonCandidate): Scored {
  if (!person.kinds.includes('STUDENT')) return { score: 0, reasons: [] };
  const disciplines = unionOf(DISCIPLINES_FOR, festival.formats);
  const departments = common(person.craftDepartments, unionOf(DEPARTMENTS_FOR, festival.formats));
  const graduating =
    person.graduationYear !== null &&
    person.graduationYear >= festival.year &&
    person.graduationYear <= festival.year + 1;
  return finish([
    person.programme && disciplines.includes(person.programme.discipline)
      ? reason('PROGRAMME', STUDENT_WEIGHTS.PROGRAMME, 'STUDIES', {
          discipline: person.programme.discipline,
          programme: person.programme.title,
        })
      : null,
    graduating
      ? reason('GRADUATION', STUDENT_WEIGHTS.GRADUATION, 'GRADUATES', { year: person.graduationYear })
      : null,
    departments.length ? reason('CRAFT', STUDENT_WEIGHTS.CRAFT, 'PERSON_DEPARTMENTS', { departments }) : null,
    person.regionPlace
      ? reason('REGION', STUDENT_WEIGHTS.REGION, 'STUDIES_IN_REGION', { place: person.regionPlace })
      : null,
  ]);
}

export interface ProjectCandidate {
  format: string;
  stage: string;
  /** The project names this edition among those it aims at. */
  targetsEdition: boolean;
  /** Its owner company's site or city, when in the region. */
  regionPlace: string | null;
}

const PROJECT_WEIGHTS = { FORMAT: 40, TARGET: 30, STAGE: 15, REGION: 15 } as const;
/** Forums and markets are for projects looking for partners; festivals for works about to be finished. */
const FORUM_STAGES = ['DEVELOPMENT', 'FINANCING'];
const FESTIVAL_STAGES = ['PRODUCTION', 'POST_PRODUCTION'];

export function scoreProject(festival: FestivalTarget, project: ProjectCandidate): Scored {
  if (!festival.formats.includes(project.format)) return { score: 0, reasons: [] };
  const forum = festival.kinds.some((kind) => kind === 'COPRODUCTION_FORUM' || kind === 'MARKET');
  const stageFits = (forum ? FORUM_STAGES : FESTIVAL_STAGES).includes(project.stage);
  return finish([
    reason('FORMAT', PROJECT_WEIGHTS.FORMAT, 'PROJECT_FORMAT', {
      format: project.format,
      festival: festival.name,
    }),
    project.targetsEdition
      ? reason('TARGET', PROJECT_WEIGHTS.TARGET, 'PROJECT_TARGET', {
          festival: festival.name,
          year: festival.year,
        })
      : null,
    stageFits
      ? reason('STAGE', PROJECT_WEIGHTS.STAGE, forum ? 'STAGE_FORUM' : 'STAGE_FESTIVAL', {
          stage: project.stage,
        })
      : null,
    project.regionPlace
      ? reason('REGION', PROJECT_WEIGHTS.REGION, 'PRODUCED_IN_REGION', { place: project.regionPlace })
      : null,
  ]);
}
