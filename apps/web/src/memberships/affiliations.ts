/** The companies a person acts for: memberships the company verified and that have not ended. */
export function isCurrentAffiliation(
  affiliation: { status: string; endsOn?: string | null },
  today: string = new Date().toISOString().slice(0, 10),
): boolean {
  return affiliation.status === 'VERIFIED' && (!affiliation.endsOn || affiliation.endsOn >= today);
}
