import { GraphQLClient, register, Session, signIn, startTestApp, TestApp } from '@crossroads/testing';
import ICAL from 'ical.js';
import { createApp } from '../apps/api/src/create-app';

const PASSWORD = 'Calendrier-des-festivals-2026!';
const SET_DATES = `mutation ($id: ID!, $input: EditionDatesInput!) { setEditionDates(id: $id, input: $input) {
  startsOn endsOn marketStartsOn marketEndsOn estimated } }`;
const SET_DEADLINES = `mutation ($id: ID!, $input: EditionDeadlinesInput!) { setEditionDeadlines(id: $id, input: $input) {
  accreditationDeadline submissionDeadline } }`;
const CREATE_FEED = `mutation ($language: CalendarLanguage) { createCalendarFeed(language: $language) { url createdAt } }`;

/** The last Sunday of a month: the day Europe changes to or from summer time. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  allDay: boolean;
  alarms: number;
  sequence: number;
}

/** Parses as iCalendar (throws on invalid text) and lists the events. */
function parse(ics: string): { name: unknown; timezone: unknown; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    expect(component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      alarms: component.getAllSubcomponents('valarm').length,
      sequence: event.sequence,
    };
  });
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    timezone: calendar.getFirstPropertyValue('x-wr-timezone'),
    events,
  };
}

describe('edition dates, their notifications, and calendar feeds', () => {
  let t: TestApp;
  let staff: Session;
  let member: Session;
  let other: Session;
  let memberId: string;
  let otherId: string;
  let editionId: string;
  let year: number;
  let spring: string;
  let autumn: string;

  const ok = (session: Session | null, query: string, variables?: Record<string, unknown>) =>
    t.graphql.ok(query, variables, session?.headers ?? {});
  const edition = async () =>
    (
      await t.sql(
        `SELECT starts_on::text, ends_on::text, market_starts_on::text, market_ends_on::text, estimated,
                accreditation_deadline::text, submission_deadline::text
           FROM festival_edition WHERE id = $1`,
        [editionId],
      )
    )[0];
  const notifications = (userId: string) =>
    t.sql(
      `SELECT event, kind, data FROM notification
        WHERE recipient_id = $1 AND data->>'editionId' = $2 ORDER BY created_at, id`,
      [userId, editionId],
    );
  const local = (url: string) => url.replace(t.config.PUBLIC_URL, t.baseUrl);

  beforeAll(async () => {
    t = await startTestApp(createApp, { THROTTLE_LIMIT: '100000', PUBLIC_URL: 'https://crossroads.test' });
    staff = await signIn(t.graphql, 'staff@example.org');
    member = await signIn(t.graphql, 'member@example.org');
    otherId = await register(t.graphql, 'other.member@example.org', PASSWORD);
    await ok(staff, `mutation { approveUser(id: "${otherId}") { id } }`);
    other = await signIn(t.graphql, 'other.member@example.org', PASSWORD);
    memberId = (await t.sql(`SELECT id FROM app_user WHERE email = 'member@example.org'`))[0].id as string;
    // The latest year the calendar knows, so its dates stay ahead of today; its own daylight-saving days.
    const [row] = await t.sql(
      `SELECT e.id, e.year FROM festival_edition e JOIN festival f ON f.id = e.festival_id
        ORDER BY e.year DESC, f.slug LIMIT 1`,
    );
    editionId = row.id as string;
    year = Number(row.year);
    spring = lastSunday(year, 3);
    autumn = lastSunday(year, 10);
    await ok(member, `mutation ($id: ID!) { followEdition(editionId: $id) { id } }`, { id: editionId });
  });
  afterAll(() => t?.close());

  it('refuses a member changing dates or deadlines, and changes nothing', async () => {
    const before = await edition();
    const dates = await t.graphql.request(
      SET_DATES,
      { id: editionId, input: { startsOn: `${year}-11-02`, endsOn: `${year}-11-08`, estimated: false } },
      member.headers,
    );
    expect(GraphQLClient.codes(dates)).toEqual(['FORBIDDEN']);
    const deadlines = await t.graphql.request(
      SET_DEADLINES,
      { id: editionId, input: { accreditationDeadline: spring } },
      other.headers,
    );
    expect(GraphQLClient.codes(deadlines)).toEqual(['FORBIDDEN']);
    const anonymous = await t.graphql.request(SET_DATES, { id: editionId, input: { estimated: false } });
    expect(GraphQLClient.codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await edition()).toEqual(before);
    expect(await notifications(memberId)).toEqual([]);
  });

  it('refuses dates that do not hold together, field by field, and changes nothing', async () => {
    const before = await edition();
    const attempt = async (input: Record<string, unknown>) => {
      const response = await t.graphql.request(SET_DATES, { id: editionId, input }, staff.headers);
      expect(GraphQLClient.codes(response)).toEqual(['BAD_USER_INPUT']);
      return (response.errors![0].extensions!.fields as { field: string }[] | undefined)?.map((f) => f.field);
    };
    expect(await attempt({ startsOn: `${year}-11-08`, endsOn: `${year}-11-02` })).toEqual(['endsOn']);
    expect(await attempt({ startsOn: `${year - 1}-11-02`, endsOn: `${year - 1}-11-08` })).toEqual([
      'startsOn',
    ]);
    expect(
      await attempt({
        startsOn: `${year}-11-02`,
        endsOn: `${year}-11-08`,
        marketStartsOn: `${year}-01-05`,
        marketEndsOn: `${year}-01-04`,
      }),
    ).toEqual(['marketEndsOn', 'marketStartsOn', 'marketEndsOn']);
    expect(await attempt({ startsOn: null })).toEqual(['startsOn']);
    expect(await attempt({ startsOn: 'tomorrow' })).toContain('startsOn');
    expect(await attempt({ startsOn: `${year}-11-02T23:30:00Z` })).toContain('startsOn');
    const late = await t.graphql.request(
      SET_DEADLINES,
      { id: editionId, input: { submissionDeadline: `${year + 1}-12-31` } },
      staff.headers,
    );
    expect(GraphQLClient.codes(late)).toEqual(['BAD_USER_INPUT']);
    expect(await edition()).toEqual(before);
    expect(await notifications(memberId)).toEqual([]);
  });

  it('tells followers once when staff confirm the dates, then once per change of deadlines', async () => {
    await ok(staff, SET_DATES, { id: editionId, input: { estimated: true } });
    const confirmed = await ok(staff, SET_DATES, {
      id: editionId,
      input: { startsOn: `${year}-11-02`, endsOn: `${year}-11-08`, marketStartsOn: null, estimated: false },
    });
    expect(confirmed.setEditionDates).toEqual({
      startsOn: `${year}-11-02`,
      endsOn: `${year}-11-08`,
      marketStartsOn: null,
      marketEndsOn: null,
      estimated: false,
    });
    // The same values again tell nobody.
    await ok(staff, SET_DATES, {
      id: editionId,
      input: { startsOn: `${year}-11-02`, endsOn: `${year}-11-08`, estimated: false },
    });
    const [festival] = await t.sql(
      `SELECT f.name, f.slug FROM festival f JOIN festival_edition e ON e.festival_id = f.id WHERE e.id = $1`,
      [editionId],
    );
    expect(await notifications(memberId)).toEqual([
      {
        event: 'EDITION_DATES_CONFIRMED',
        kind: 'EDITION_DATES',
        data: expect.objectContaining({
          festivalName: festival.name,
          year,
          startsOn: `${year}-11-02`,
          endsOn: `${year}-11-08`,
          estimated: false,
          path: `/festivals/${festival.slug as string}/${editionId}`,
        }),
      },
    ]);

    await ok(staff, SET_DEADLINES, {
      id: editionId,
      input: { accreditationDeadline: spring, submissionDeadline: autumn },
    });
    await ok(staff, SET_DEADLINES, {
      id: editionId,
      input: { accreditationDeadline: spring, submissionDeadline: autumn },
    });
    const rows = await notifications(memberId);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({
      event: 'EDITION_DATES_CHANGED',
      kind: 'EDITION_DATES',
      data: expect.objectContaining({
        accreditationDeadline: spring,
        submissionDeadline: autumn,
        startsOn: `${year}-11-02`,
        year,
      }),
    });
    expect(await notifications(otherId)).toEqual([]);
  });

  it('keeps the dates staff set when the reference is applied again', async () => {
    await t.app.get((await import('@crossroads/festivals')).FestivalsModule).onApplicationBootstrap();
    expect(await edition()).toMatchObject({ starts_on: `${year}-11-02`, estimated: false });
  });

  it('serves the public calendar anonymously, and one edition', async () => {
    const response = await fetch(`${t.baseUrl}/calendar/editions.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = parse(await response.text());
    expect(calendar.timezone).toBe('Europe/Paris');
    expect(calendar.events.length).toBeGreaterThan(10);
    expect(calendar.events.every((event) => event.allDay)).toBe(true);
    expect(calendar.events).toContainEqual(
      expect.objectContaining({ uid: `accreditation-${editionId}@crossroads`, start: spring, alarms: 1 }),
    );

    const one = await fetch(`${t.baseUrl}/calendar/editions/${editionId}.ics?lang=en`);
    expect(one.status).toBe(200);
    const single = parse(await one.text());
    expect(single.events.map((event) => [event.uid.split('-')[0], event.start, event.end])).toEqual([
      ['edition', `${year}-11-02`, `${year}-11-09`],
      ['accreditation', spring, nextDay(spring)],
      ['submission', autumn, nextDay(autumn)],
    ]);
    expect(single.events[1].summary).toMatch(/^Accreditation deadline/);
    expect(
      (await fetch(`${t.baseUrl}/calendar/editions/00000000-0000-4000-8000-000000000000.ics`)).status,
    ).toBe(404);
    expect((await fetch(`${t.baseUrl}/calendar/editions/nope.ics`)).status).toBe(404);
  });

  it('raises an event’s SEQUENCE when its dates, title or place change, its UID kept', async () => {
    const events = async () =>
      parse(await (await fetch(`${t.baseUrl}/calendar/editions/${editionId}.ics`)).text()).events;
    const sequences = async () =>
      Object.fromEntries((await events()).map((event) => [event.uid.split('-')[0], event.sequence]));
    const { ends_on: endsOn } = await edition();
    const before = await sequences();
    expect(Object.keys(before)).toEqual(['edition', 'accreditation', 'submission']);

    await ok(staff, SET_DATES, { id: editionId, input: { endsOn: nextDay(endsOn as string) } });
    const moved = await events();
    const edited = moved.find((event) => event.uid === `edition-${editionId}@crossroads`)!;
    expect(edited.end).toBe(nextDay(nextDay(endsOn as string)));
    expect(edited.sequence).toBeGreaterThan(before.edition);
    // Saving the same values again changes nothing a calendar shows: the SEQUENCE stays.
    await ok(staff, SET_DATES, { id: editionId, input: { endsOn: nextDay(endsOn as string) } });
    expect((await sequences()).edition).toBe(edited.sequence);
    // Back to the old dates is one more change, never an older SEQUENCE.
    await ok(staff, SET_DATES, { id: editionId, input: { endsOn } });
    const back = await sequences();
    expect(back.edition).toBeGreaterThan(edited.sequence);
    expect(back.accreditation).toBeGreaterThanOrEqual(before.accreditation);

    // A deadline moved raises its own event; the festival renamed or moved raises every event's (title, place).
    const deadline = (await edition()).submission_deadline as string;
    await ok(staff, SET_DEADLINES, {
      id: editionId,
      input: { submissionDeadline: `${deadline.slice(0, 8)}${deadline.slice(8) === '01' ? '02' : '01'}` },
    });
    const deadlineMoved = await sequences();
    expect(deadlineMoved.submission).toBeGreaterThan(back.submission);
    await ok(staff, SET_DEADLINES, { id: editionId, input: { submissionDeadline: deadline } });
    const restored = await sequences();
    const festival = `(SELECT festival_id FROM festival_edition WHERE id = $1)`;
    await t.sql(`UPDATE festival SET city = city || ' (Nord)' WHERE id = ${festival}`, [editionId]);
    const renamed = await sequences();
    for (const kind of ['edition', 'accreditation', 'submission'])
      expect(renamed[kind]).toBeGreaterThan(restored[kind]);
    await t.sql(`UPDATE festival SET city = replace(city, ' (Nord)', '') WHERE id = ${festival}`, [
      editionId,
    ]);
    expect((await events()).map((event) => event.uid)).toEqual(moved.map((event) => event.uid));
  });

  it('never lowers a delegation event’s SEQUENCE when the delegation moves to another edition', async () => {
    const sequence = async (id: string) =>
      Number(
        (
          await t.sql(
            `SELECT d.calendar_revision + e.calendar_revision + f.calendar_revision AS sequence
               FROM delegation d JOIN festival_edition e ON e.id = d.edition_id JOIN festival f ON f.id = e.festival_id
              WHERE d.id = $1`,
            [id],
          )
        )[0].sequence,
      );
    // The edition it leaves has been edited (revisions > 0); the one it joins, of another festival, never was.
    await t.sql(`UPDATE festival_edition SET estimated = NOT estimated WHERE id = $1`, [editionId]);
    await t.sql(`UPDATE festival_edition SET estimated = NOT estimated WHERE id = $1`, [editionId]);
    const [target] = await t.sql(
      `SELECT e.id FROM festival_edition e JOIN festival f ON f.id = e.festival_id
        WHERE f.id <> (SELECT festival_id FROM festival_edition WHERE id = $1)
        ORDER BY e.calendar_revision + f.calendar_revision, e.id LIMIT 1`,
      [editionId],
    );
    const [row] = await t.sql(
      `INSERT INTO delegation (edition_id, name, status) VALUES ($1, 'Moving', 'PUBLISHED') RETURNING id`,
      [editionId],
    );
    const before = await sequence(row.id as string);
    expect(before).toBeGreaterThan(0);
    await t.sql(`UPDATE delegation SET edition_id = $2 WHERE id = $1`, [row.id, target.id]);
    const moved = await sequence(row.id as string);
    expect(moved).toBeGreaterThan(before);
    await t.sql(`UPDATE delegation SET edition_id = $2 WHERE id = $1`, [row.id, editionId]);
    expect(await sequence(row.id as string)).toBeGreaterThan(moved);
    await t.sql(`DELETE FROM delegation WHERE id = $1`, [row.id]);
  });

  it('serves a personal feed at a secret address: followed editions, deadlines, confirmed delegations', async () => {
    const person = await ok(staff, `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`, {
      input: { firstName: 'Demo', lastName: 'Member', kinds: ['PRODUCER'], city: 'Lille', postcode: '59000' },
    });
    await t.sql('UPDATE app_user SET person_id = $1 WHERE id = $2', [person.createPerson.id, memberId]);
    const delegation = async (name: string, status: string) => {
      const [row] = await t.sql(
        `INSERT INTO delegation (edition_id, name, status) VALUES ($1, $2, 'PUBLISHED') RETURNING id`,
        [editionId, name],
      );
      await t.sql(
        `INSERT INTO delegation_member (delegation_id, kind, person_id, status) VALUES ($1, 'PERSON', $2, $3)`,
        [row.id, person.createPerson.id, status],
      );
      return row.id as string;
    };
    const going = await delegation('Animation', 'CONFIRMED');
    const declined = await delegation('Séries', 'DECLINED');

    expect((await ok(member, `{ myCalendarFeed { createdAt } }`)).myCalendarFeed).toBeNull();
    const created = (await ok(member, CREATE_FEED)).createCalendarFeed as { url: string };
    expect(created.url).toMatch(/^https:\/\/crossroads\.test\/calendar\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = /feeds\/([^.]+)\.ics/.exec(created.url)![1];
    const [stored] = await t.sql(`SELECT token_hash FROM calendar_feed WHERE user_id = $1`, [memberId]);
    expect(stored.token_hash).not.toContain(token);

    const response = await fetch(local(created.url), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/private/);
    const feed = parse(await response.text());
    expect(feed.name).toBe('Crossroads — mon agenda');
    const byUid = new Map(feed.events.map((event) => [event.uid, event]));
    expect(byUid.get(`edition-${editionId}@crossroads`)).toMatchObject({
      start: `${year}-11-02`,
      end: `${year}-11-09`,
      allDay: true,
    });
    // Deadlines on the days clocks change stay on their day, ending (exclusively) the next day.
    expect(byUid.get(`accreditation-${editionId}@crossroads`)).toMatchObject({
      start: spring,
      end: nextDay(spring),
      allDay: true,
      alarms: 1,
    });
    expect(byUid.get(`submission-${editionId}@crossroads`)).toMatchObject({
      start: autumn,
      end: nextDay(autumn),
      allDay: true,
      alarms: 1,
    });
    expect(byUid.get(`delegation-${going}@crossroads`)).toMatchObject({
      summary: expect.stringMatching(/Animation/),
    });
    expect(byUid.has(`delegation-${declined}@crossroads`)).toBe(false);

    // Another member's feed holds none of it.
    const otherUrl = (await ok(other, CREATE_FEED, { language: 'EN' })).createCalendarFeed.url as string;
    expect(otherUrl).toMatch(/\?lang=en$/);
    const otherFeed = parse(await (await fetch(local(otherUrl))).text());
    expect(otherFeed.name).toBe('Crossroads — my calendar');
    expect(otherFeed.events).toEqual([]);

    // Rotating revokes the old address; revoking answers 404 like an unknown token.
    const rotated = (await ok(member, CREATE_FEED)).createCalendarFeed.url as string;
    expect(rotated).not.toBe(created.url);
    expect((await fetch(local(created.url))).status).toBe(404);
    expect((await fetch(local(rotated))).status).toBe(200);
    expect((await ok(member, `{ myCalendarFeed { createdAt } }`)).myCalendarFeed).not.toBeNull();
    expect((await ok(member, `mutation { revokeCalendarFeed }`)).revokeCalendarFeed).toBe(true);
    expect((await ok(member, `mutation { revokeCalendarFeed }`)).revokeCalendarFeed).toBe(false);
    const exported = JSON.parse((await ok(member, `{ exportMyData }`)).exportMyData as string);
    expect(exported.calendar.feeds).toHaveLength(2);
    expect(JSON.stringify(exported)).not.toContain(token);
    expect((await fetch(local(rotated))).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/calendar/feeds/${'a'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/calendar/feeds/short.ics`)).status).toBe(404);
    expect(GraphQLClient.codes(await t.graphql.request(CREATE_FEED))).toEqual(['UNAUTHENTICATED']);
  });
});

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
