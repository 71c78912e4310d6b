/** Day arithmetic of the demo plan, in UTC: "today" is a parameter, never the clock. */

export const DAY_MS = 86_400_000;

/** YYYY-MM-DD of a UTC timestamp. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function utcMidnight(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** The calendar month after `today` (UTC), as inclusive YYYY-MM-DD bounds. */
export function monthAfter(today: Date): { startsOn: string; endsOn: string } {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  return { startsOn: isoDay(Date.UTC(year, month + 1, 1)), endsOn: isoDay(Date.UTC(year, month + 2, 0)) };
}
