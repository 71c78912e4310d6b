import type { NotificationMessage, NotificationParams } from '@crossroads/core';
import { changedDates, EditionSchedule, SCHEDULE_DATES } from './edition-dates.rules';

export interface EditionIdentity {
  id: string;
  year: number;
  festivalName: string;
  festivalSlug: string;
}

const compact = (date: string | null): string => (date === null ? '-' : date.replaceAll('-', ''));

/** The whole schedule as a short string: the key of a change, so saving the same values again tells nobody twice. */
function fingerprint(schedule: EditionSchedule): string {
  return SCHEDULE_DATES.map((field) => compact(schedule[field])).join('.');
}

/**
 * What the edition's followers are told when staff change its schedule, or null when nothing they see changed:
 * EDITION_DATES_CONFIRMED when the dates stop being estimated, else EDITION_DATES_CHANGED when a date moved.
 * The key holds the schedule before and after, so a change back and forth is told each time.
 */
export function editionChangeNotice(
  edition: EditionIdentity,
  before: EditionSchedule,
  after: EditionSchedule,
): NotificationMessage | null {
  const confirmed = before.estimated && !after.estimated;
  const changed = changedDates(before, after);
  if (!confirmed && changed.length === 0) return null;
  const event = confirmed ? 'EDITION_DATES_CONFIRMED' : 'EDITION_DATES_CHANGED';
  const params: NotificationParams = {
    editionId: edition.id,
    festivalName: edition.festivalName,
    editionName: `${edition.festivalName} ${edition.year}`,
    festivalSlug: edition.festivalSlug,
    year: edition.year,
    startsOn: after.startsOn,
    endsOn: after.endsOn,
    estimated: after.estimated,
    changed: changed.join(','),
  };
  for (const field of changed) if (field !== 'startsOn' && field !== 'endsOn') params[field] = after[field];
  const state = (schedule: EditionSchedule) => `${fingerprint(schedule)}${schedule.estimated ? '~' : ''}`;
  return {
    event,
    eventKey: `edition-dates:${edition.id}:${state(before)}>${state(after)}`,
    params,
    path: `/festivals/${edition.festivalSlug}/${edition.id}`,
  };
}
