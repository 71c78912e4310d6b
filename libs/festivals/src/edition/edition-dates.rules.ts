import type { FieldProblem } from '@crossroads/core';
import { daysBetween } from './edition-deadlines';

/** The dated fields of an edition staff maintain. Dates are YYYY-MM-DD. */
export interface EditionSchedule {
  startsOn: string;
  endsOn: string;
  marketStartsOn: string | null;
  marketEndsOn: string | null;
  accreditationDeadline: string | null;
  submissionDeadline: string | null;
  estimated: boolean;
}

export const SCHEDULE_DATES = [
  'startsOn',
  'endsOn',
  'marketStartsOn',
  'marketEndsOn',
  'accreditationDeadline',
  'submissionDeadline',
] as const;
export type ScheduleDate = (typeof SCHEDULE_DATES)[number];

/** An edition lasts at most this many days (the longest festivals run a few weeks). */
export const MAX_EDITION_DAYS = 60;
/** Its market or forum starts and ends within this many days of the edition. */
export const MARKET_MARGIN_DAYS = 31;
/** A deadline falls at most this many days before the edition starts. */
export const DEADLINE_LEAD_DAYS = 550;

/** Every problem with a schedule, field by field; empty when it holds together. */
export function scheduleProblems(schedule: EditionSchedule, year: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { startsOn, endsOn, marketStartsOn, marketEndsOn } = schedule;
  if (Number(startsOn.slice(0, 4)) !== year)
    problems.push({ field: 'startsOn', message: `must fall in the edition's year (${year})` });
  if (endsOn < startsOn) problems.push({ field: 'endsOn', message: 'must be on or after startsOn' });
  else if (daysBetween(startsOn, endsOn) >= MAX_EDITION_DAYS)
    problems.push({ field: 'endsOn', message: `must be within ${MAX_EDITION_DAYS} days of startsOn` });

  if (marketEndsOn !== null && marketStartsOn === null)
    problems.push({ field: 'marketStartsOn', message: 'is required when marketEndsOn is set' });
  if (marketStartsOn !== null && marketEndsOn !== null && marketEndsOn < marketStartsOn)
    problems.push({ field: 'marketEndsOn', message: 'must be on or after marketStartsOn' });
  for (const field of ['marketStartsOn', 'marketEndsOn'] as const) {
    const date = schedule[field];
    if (date === null) continue;
    if (daysBetween(date, startsOn) > MARKET_MARGIN_DAYS || daysBetween(endsOn, date) > MARKET_MARGIN_DAYS)
      problems.push({
        field,
        message: `must fall within ${MARKET_MARGIN_DAYS} days of the edition (${startsOn} to ${endsOn})`,
      });
  }

  for (const field of ['accreditationDeadline', 'submissionDeadline'] as const) {
    const date = schedule[field];
    if (date === null) continue;
    if (date > endsOn)
      problems.push({ field, message: `must be on or before the edition's last day (${endsOn})` });
    else if (daysBetween(date, startsOn) > DEADLINE_LEAD_DAYS)
      problems.push({
        field,
        message: `must be within ${DEADLINE_LEAD_DAYS} days before the edition starts`,
      });
  }
  return problems;
}

/** The dates that differ between two schedules, in a stable order. */
export function changedDates(before: EditionSchedule, after: EditionSchedule): ScheduleDate[] {
  return SCHEDULE_DATES.filter((field) => before[field] !== after[field]);
}
