const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Longest window `availableFrom`–`availableTo` a search may ask about (one filter clause per day). */
export const MAX_WINDOW_DAYS = 92;
/**
 * Days after today kept in a document (past days are useless, far-future ones bloat the index). A search asks no
 * further (`search.service.ts`), and the relay's daily pass rebuilds the documents of people free on the day the
 * horizon reaches (`person.index.ts`, `changedByDate`), so an unedited document does not fall short of it.
 */
export const HORIZON_DAYS = 550;

/**
 * The days a person is free, as day numbers: "free over a window" is then "has every day of the window", which
 * Meilisearch can filter exactly (a list of periods could not be: its conditions would match across periods).
 */
export function availableDays(periods: { from: string; to: string }[], today: Date): number[] {
  const first = Math.floor(today.getTime() / DAY_MS);
  const last = first + HORIZON_DAYS;
  const days = new Set<number>();
  for (const period of periods) {
    for (
      let day = Math.max(dayNumber(period.from), first);
      day <= Math.min(dayNumber(period.to), last);
      day++
    ) {
      days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b);
}
