import { DelegationAudience } from '../delegation/delegation.enums';
import type { FestivalKind } from '@crossroads/festivals';
import {
  COMPANY_KINDS_FOR,
  DEPARTMENTS_FOR,
  DISCIPLINES_FOR,
  PERSON_KINDS_FOR,
  unionOf,
} from './festival-fit';

/**
 * Pure scorer of delegation suggestions: how well a company, a person or a project of the region fits a festival, with
 * the reasons. No Nest, no database: the same input gives the same output.
 */

export type SuggestionCriterionName =
  'FORMAT' | 'KIND' | 'CRAFT' | 'PROGRAMME' | 'GRADUATION' | 'REGION' | 'TRACK_RECORD' | 'TARGET' | 'STAGE';

export interface Reason {
  criterion: SuggestionCriterionName;
  points: number;
  detail: string;
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

const list = (values: readonly string[]) => values.join(', ');
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
      ? {
          criterion: 'FORMAT',
          points: WEIGHTS.FORMAT,
          detail: `Works in ${list(formats)}, formats ${festival.name} is for`,
        }
      : null,
    kinds.length
      ? {
          criterion: 'KIND',
          points: Math.round((WEIGHTS.KIND * Math.min(kinds.length, 2)) / 2),
          detail: `${list(kinds)}: the kind of company ${festival.name} gathers`,
        }
      : null,
    company.regionPlace
      ? {
          criterion: 'REGION',
          points: WEIGHTS.REGION,
          detail: `Based in the region (${company.regionPlace})`,
        }
      : null,
    company.matchingCredits
      ? {
          criterion: 'TRACK_RECORD',
          points: Math.min(WEIGHTS.TRACK_RECORD, company.matchingCredits * 5),
          detail: `${company.matchingCredits} credit(s) of its people in these formats`,
        }
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
      ? {
          criterion: 'FORMAT',
          points: WEIGHTS.FORMAT,
          detail: `Credits in ${list(formats)}, formats ${festival.name} is for`,
        }
      : departments.length
        ? { criterion: 'CRAFT', points: WEIGHTS.FORMAT / 2, detail: `Crafts in ${list(departments)}` }
        : null,
    kinds.length
      ? {
          criterion: 'KIND',
          points: Math.round((WEIGHTS.KIND * Math.min(kinds.length, 2)) / 2),
          detail: `${list(kinds)}: the profile ${festival.name} is for`,
        }
      : null,
    person.regionPlace
      ? { criterion: 'REGION', points: WEIGHTS.REGION, detail: `Based in the region (${person.regionPlace})` }
      : null,
    credits > 1
      ? {
          criterion: 'TRACK_RECORD',
          points: Math.min(WEIGHTS.TRACK_RECORD, credits * 5),
          detail: `${credits} credits in these formats`,
        }
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
      ? {
          criterion: 'PROGRAMME',
          points: STUDENT_WEIGHTS.PROGRAMME,
          detail: `Studies ${person.programme.discipline} (${person.programme.title})`,
        }
      : null,
    graduating
      ? {
          criterion: 'GRADUATION',
          points: STUDENT_WEIGHTS.GRADUATION,
          detail: `Graduates in ${person.graduationYear}`,
        }
      : null,
    departments.length
      ? { criterion: 'CRAFT', points: STUDENT_WEIGHTS.CRAFT, detail: `Crafts in ${list(departments)}` }
      : null,
    person.regionPlace
      ? {
          criterion: 'REGION',
          points: STUDENT_WEIGHTS.REGION,
          detail: `Studies in the region (${person.regionPlace})`,
        }
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
    {
      criterion: 'FORMAT',
      points: PROJECT_WEIGHTS.FORMAT,
      detail: `A ${project.format}, a format ${festival.name} is for`,
    },
    project.targetsEdition
      ? {
          criterion: 'TARGET',
          points: PROJECT_WEIGHTS.TARGET,
          detail: `The team aims at ${festival.name} ${festival.year}`,
        }
      : null,
    stageFits
      ? {
          criterion: 'STAGE',
          points: PROJECT_WEIGHTS.STAGE,
          detail: forum
            ? `In ${project.stage}: looking for partners, what a forum is for`
            : `In ${project.stage}: nearly finished, in time for a selection`,
        }
      : null,
    project.regionPlace
      ? {
          criterion: 'REGION',
          points: PROJECT_WEIGHTS.REGION,
          detail: `Produced in the region (${project.regionPlace})`,
        }
      : null,
  ]);
}
