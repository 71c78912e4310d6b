/** The edition to show on a festival page: the one asked for, else the next one not ended, else the latest. */
export function pickEdition<E extends { id: string; endsOn: string }>(
  editions: readonly E[],
  editionId: string | undefined,
  today: string = new Date().toISOString().slice(0, 10),
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
