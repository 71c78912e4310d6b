import ical, { ICalAlarmType, ICalCalendar, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { countryName } from '@crossroads/coproduction';
import type { CalendarDelegationRow, CalendarEditionRow, CalendarLang } from './calendar-rows';
import { CALENDAR_TEXTS } from './calendar-texts';

export const CALENDAR_TIMEZONE = 'Europe/Paris';
/** Deadlines ring at 09:00 three days before the day (an all-day event starts at midnight). */
const REMINDER_SECONDS_BEFORE = (3 * 24 - 9) * 3600;
const UID_DOMAIN = 'crossroads';

export interface CalendarContent {
  /** The public address of the web app, for links to each edition. */
  webUrl: string;
  lang: CalendarLang;
  personal: boolean;
  editions: readonly CalendarEditionRow[];
  delegations?: readonly CalendarDelegationRow[];
}

/**
 * A day as a Date ical-generator prints as that same day. Without a calendar time zone it reads the Date's UTC
 * fields, so the Date is UTC midnight of that day: neither the process's time zone nor a daylight-saving change
 * can move it.
 */
function day(date: string): Date {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}

/** A summary with its notes in brackets: "Festival 2026 (annulée)". */
const withNotes = (summary: string, notes: readonly unknown[]) =>
  notes.length ? `${summary} (${notes.join(', ')})` : summary;

/** The day after (an all-day event's DTEND is exclusive). */
function dayAfter(date: string): Date {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, dayOfMonth + 1));
}

function addEditionEvents(
  calendar: ICalCalendar,
  edition: CalendarEditionRow,
  content: CalendarContent,
): void {
  const texts = CALENDAR_TEXTS[content.lang];
  const label = `${edition.festivalName} ${edition.year}`;
  const url = `${content.webUrl}/festivals/${encodeURIComponent(edition.festivalSlug)}/${edition.id}`;
  const notes = [edition.estimated && texts.estimated, edition.cancelled && texts.cancelled].filter(Boolean);
  const status = edition.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED;
  const location = `${edition.city}, ${countryName(edition.country, content.lang)}`;
  calendar.createEvent({
    id: `edition-${edition.id}@${UID_DOMAIN}`,
    allDay: true,
    start: day(edition.startsOn),
    end: dayAfter(edition.endsOn),
    sequence: edition.sequence,
    summary: withNotes(label, notes),
    location,
    url,
    status,
  });
  if (edition.marketName && edition.marketStartsOn) {
    calendar.createEvent({
      id: `market-${edition.id}@${UID_DOMAIN}`,
      allDay: true,
      start: day(edition.marketStartsOn),
      end: dayAfter(edition.marketEndsOn ?? edition.marketStartsOn),
      sequence: edition.sequence,
      // The market shares the edition's state: a cancelled or estimated edition's market says so too.
      summary: withNotes(texts.market(edition.marketName, label), notes),
      location,
      url,
      status,
    });
  }
  if (edition.cancelled) return;
  const deadlines = [
    ['accreditation', edition.accreditationDeadline, texts.accreditation(label)],
    ['submission', edition.submissionDeadline, texts.submission(label)],
  ] as const;
  for (const [kind, date, summary] of deadlines) {
    if (!date) continue;
    calendar.createEvent({
      id: `${kind}-${edition.id}@${UID_DOMAIN}`,
      allDay: true,
      start: day(date),
      end: dayAfter(date),
      sequence: edition.sequence,
      summary,
      url,
      transparency: ICalEventTransparency.TRANSPARENT,
      alarms: [
        {
          type: ICalAlarmType.display,
          trigger: REMINDER_SECONDS_BEFORE,
          description: texts.reminder(summary),
        },
      ],
    });
  }
}

function addDelegationEvent(
  calendar: ICalCalendar,
  delegation: CalendarDelegationRow,
  content: CalendarContent,
): void {
  const texts = CALENDAR_TEXTS[content.lang];
  const label = `${delegation.festivalName} ${delegation.year}`;
  calendar.createEvent({
    id: `delegation-${delegation.delegationId}@${UID_DOMAIN}`,
    allDay: true,
    start: day(delegation.startsOn),
    end: dayAfter(delegation.endsOn),
    sequence: delegation.sequence,
    summary: withNotes(
      texts.delegation(delegation.name, label),
      delegation.cancelled ? [texts.cancelled] : [],
    ),
    url: `${content.webUrl}/me/invitations`,
    status: delegation.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/** The feed as iCalendar text: all-day events for editions, markets, deadlines (with a reminder), delegations. */
export function buildCalendar(content: CalendarContent): string {
  const texts = CALENDAR_TEXTS[content.lang];
  const calendar = ical({
    name: content.personal ? texts.personalName : texts.publicName,
    prodId: { company: 'Crossroads', product: 'calendar', language: content.lang.toUpperCase() },
    // Declared by hand, not as ical-generator's `timezone`: with one, it writes DTSTAMP in the process's local time
    // without a `Z`, where RFC 5545 requires UTC. Every event is all-day, so nothing else needs the zone.
    x: [['X-WR-TIMEZONE', CALENDAR_TIMEZONE]],
    ttl: 60 * 60,
  });
  for (const edition of content.editions) addEditionEvents(calendar, edition, content);
  for (const delegation of content.delegations ?? []) addDelegationEvent(calendar, delegation, content);
  return calendar.toString();
}
