const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today as YYYY-MM-DD in Paris: the API's notion of an edition that has ended (its `past`). */
export function parisToday(): string {
  return PARIS_DAY.format(new Date());
}

/** The edition to show on a festival page: the one asked for, else the next one not ended, else the latest. */
export function pickEdition<E extends { id: string; endsOn: string }>(
  editions: readonly E[],
  editionId: string | undefined,
  today: string = parisToday(),
): E | undefined {
  if (editionId) return editions.find((edition) => edition.id === editionId);
  return editions.find((edition) => edition.endsOn >= today) ?? editions.at(-1);
}

export function editionPath(festivalSlug: string, editionId: string): string {
  return `/festivals/${encodeURIComponent(festivalSlug)}/${encodeURIComponent(editionId)}`;
}

/** The edition as an iCalendar file (served by the API), in the page's language. */
export function editionCalendarUrl(editionId: string, lang: 'fr' | 'en'): string {
  return `/calendar/editions/${encodeURIComponent(editionId)}.ics${lang === 'en' ? '?lang=en' : ''}`;
}

/** The public calendar of all editions and their deadlines, to subscribe to. */
export function publicCalendarUrl(lang: 'fr' | 'en'): string {
  return `/calendar/editions.ics${lang === 'en' ? '?lang=en' : ''}`;
}
