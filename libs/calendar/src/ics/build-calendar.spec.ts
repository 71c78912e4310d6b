import ICAL from 'ical.js';
import { buildCalendar } from './build-calendar';
import type { CalendarEditionRow } from './calendar-rows';

const edition: CalendarEditionRow = {
  id: '00000000-0000-4000-8000-000000000001',
  year: 2026,
  startsOn: '2026-11-01',
  endsOn: '2026-11-07',
  marketName: 'Forum',
  marketStartsOn: '2026-11-03',
  marketEndsOn: '2026-11-05',
  accreditationDeadline: '2026-03-29',
  submissionDeadline: '2026-10-25',
  estimated: false,
  cancelled: false,
  festivalName: 'Festival',
  festivalSlug: 'festival',
  city: 'Paris',
  country: 'FR',
  sequence: 3,
};

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('buildCalendar', () => {
  it('writes all-day events with an exclusive end, right on daylight-saving change days', () => {
    const ics = buildCalendar({ webUrl: 'https://x.test', lang: 'fr', personal: false, editions: [edition] });
    expect(ics).toContain('X-WR-TIMEZONE:Europe/Paris');
    const byUid = new Map(events(ics).map((event) => [event.uid, event]));
    const days = (uid: string) => {
      const event = byUid.get(`${uid}-${edition.id}@crossroads`)!;
      expect(event.startDate.isDate).toBe(true);
      return [event.startDate.toString(), event.endDate.toString()];
    };
    expect(days('edition')).toEqual(['2026-11-01', '2026-11-08']);
    expect(days('market')).toEqual(['2026-11-03', '2026-11-06']);
    expect(days('accreditation')).toEqual(['2026-03-29', '2026-03-30']);
    expect(days('submission')).toEqual(['2026-10-25', '2026-10-26']);
    const alarm = byUid.get(`submission-${edition.id}@crossroads`)!.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(ics).toContain('Date limite d’inscription des projets — Festival 2026');
    // The country in words, in the feed's language.
    const berlin = buildCalendar({
      webUrl: 'https://x.test',
      lang: 'fr',
      personal: false,
      editions: [{ ...edition, city: 'Berlin', country: 'DE', estimated: true }],
    });
    expect(events(berlin)[0].location).toBe('Berlin, Allemagne');
    expect(
      events(berlin)
        .map((event) => event.summary)
        .slice(0, 2),
    ).toEqual(['Festival 2026 (dates estimées)', 'Forum (Festival 2026) (dates estimées)']);
  });

  it('stamps every event in UTC, as RFC 5545 requires of DTSTAMP, whatever the process time zone', () => {
    const ics = buildCalendar({ webUrl: 'https://x.test', lang: 'fr', personal: false, editions: [edition] });
    const stamps = ics.split('\r\n').filter((line) => line.startsWith('DTSTAMP'));
    expect(stamps).toHaveLength(4);
    for (const stamp of stamps) expect(stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  });

  it('speaks English on request, shows no deadlines for a cancelled edition', () => {
    const ics = buildCalendar({
      webUrl: 'https://x.test',
      lang: 'en',
      personal: true,
      editions: [{ ...edition, cancelled: true }],
      delegations: [
        {
          delegationId: 'd1',
          name: 'Animation',
          editionId: edition.id,
          festivalName: 'Festival',
          festivalSlug: 'festival',
          year: 2026,
          startsOn: '2026-11-01',
          endsOn: '2026-11-07',
          cancelled: true,
          sequence: 5,
        },
      ],
    });
    expect(events(ics).map((event) => [event.uid.split('-')[0], event.sequence])).toEqual([
      ['edition', 3],
      ['market', 3],
      ['delegation', 5],
    ]);
    const summaries = events(ics).map((event) => event.summary);
    // The market and the delegation of a cancelled edition say so too (calendar apps often ignore STATUS).
    expect(summaries).toEqual([
      'Festival 2026 (cancelled)',
      'Forum (Festival 2026) (cancelled)',
      'Delegation Animation — Festival 2026 (cancelled)',
    ]);
    expect(events(ics).map((event) => event.component.getFirstPropertyValue('status'))).toEqual([
      'CANCELLED',
      'CANCELLED',
      'CANCELLED',
    ]);
    expect(events(ics)[0].location).toBe('Paris, France');
  });
});
