/**
 * The one rule deciding whether a person belongs to a company: a VERIFIED membership that has not ended. Every
 * access check (project owners, introductions, delegation invitees, the brochure, sites) uses these fragments or
 * MembershipService, never the affiliation table directly: a declared affiliation grants nothing.
 */
export function currentVerifiedMembership(alias: string): string {
  return `(${alias}.status = 'VERIFIED' AND (${alias}.ends_on IS NULL OR ${alias}.ends_on >= current_date))`;
}

/**
 * A verified membership whose last day fell within the `days` days before today: current until then, over now
 * without anyone editing it (what a document built with `currentVerifiedMembership` must be rebuilt for).
 */
export function endedVerifiedMembership(alias: string, days: number): string {
  return `(${alias}.status = 'VERIFIED' AND ${alias}.ends_on < current_date AND ${alias}.ends_on >= current_date - ${Math.trunc(days)})`;
}

/**
 * `EXISTS` a current verified membership of the person `personSql` in the company `companySql` (SQL expressions
 * of the enclosing query: columns or parameters). With `admin`, the membership must also carry the ADMIN role.
 */
export function isMemberSql(companySql: string, personSql: string, { admin = false } = {}): string {
  return `EXISTS (SELECT 1 FROM affiliation member_rule
    WHERE member_rule.company_id = ${companySql} AND member_rule.person_id = ${personSql}
      AND ${currentVerifiedMembership('member_rule')}${admin ? ` AND member_rule.member_role = 'ADMIN'` : ''})`;
}

/** The same rule over a loaded row (DataLoader results), kept beside its SQL form. */
export function isCurrentVerified(
  row: { status: string; endsOn: string | null },
  today = new Date().toISOString().slice(0, 10),
): boolean {
  return row.status === 'VERIFIED' && (row.endsOn === null || row.endsOn >= today);
}
