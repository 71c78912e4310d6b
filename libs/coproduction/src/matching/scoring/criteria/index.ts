import type { ScoringCriterion } from '../criterion';
import type { Criterion } from '../partner-profile';
import { ATTENDANCE } from './attendance.criterion';
import { AVAILABILITY } from './availability.criterion';
import { BUDGET } from './budget.criterion';
import { COUNTRY } from './country.criterion';
import { FORMAT } from './format.criterion';
import { GENRES } from './genres.criterion';
import { LANGUAGE } from './language.criterion';
import { READINESS } from './readiness.criterion';
import { ROLES } from './roles.criterion';
import { TRACK_RECORD } from './track-record.criterion';

/** Every criterion, in the order of a score's reasons. */
export const CRITERIA: readonly ScoringCriterion[] = [
  FORMAT,
  ROLES,
  COUNTRY,
  BUDGET,
  GENRES,
  TRACK_RECORD,
  LANGUAGE,
  READINESS,
  ATTENDANCE,
  AVAILABILITY,
];

/** Maximum points of each criterion, summing to 100. Without an edition, ATTENDANCE is dropped and the rest rescaled. */
export const CRITERION_POINTS: Readonly<Record<Criterion, number>> = Object.freeze(
  Object.fromEntries(CRITERIA.map((c) => [c.key, c.maxPoints])) as Record<Criterion, number>,
);
