/** The product's clock: the region lives in Europe/Paris, across its daylight-saving changes. */
export const PARIS = 'Europe/Paris';

const parts = (instant: Date) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: PARIS,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;

/** The calendar date in Paris at an instant, `YYYY-MM-DD`. */
export function parisDate(instant: Date): string {
  const p = parts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The instant it is `hour`:00 in Paris on `date` (UTC+1 in winter, UTC+2 in summer). */
export function parisInstant(date: string, hour: number): Date {
  const [year, month, day] = date.split('-').map(Number);
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, day, hour - offset));
    const p = parts(candidate);
    if (Number(p.hour) === hour && parisDate(candidate) === date) return candidate;
  }
  // The hour does not exist that day (02:00 on the spring change): the next one does.
  return new Date(Date.UTC(year, month - 1, day, hour - 1));
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
