/** True when an RNCP registration ending on `validUntil` (YYYY-MM-DD, inclusive) has ended by `today`. */
export function rncpExpired(validUntil: string | null, today: Date = new Date()): boolean {
  if (validUntil === null) return false;
  return validUntil < today.toISOString().slice(0, 10);
}
