import type { EntityManager } from 'typeorm';
import { currentVerifiedMembership } from '../membership/membership.rule';

/**
 * The ids of the sites person `p` belongs to, as a sub-select: their own site, their school's, their
 * programme's school's, and the sites of the companies they are current verified members of.
 */
export function personSiteIdsSql(p: string): string {
  return `(
    SELECT ${p}.site_id WHERE ${p}.site_id IS NOT NULL
    UNION SELECT sc.site_id FROM school sc WHERE sc.id = ${p}.school_id AND sc.site_id IS NOT NULL
    UNION SELECT sc.site_id FROM programme pr JOIN school sc ON sc.id = pr.school_id
           WHERE pr.id = ${p}.programme_id AND sc.site_id IS NOT NULL
    UNION SELECT co.site_id FROM affiliation af JOIN company co ON co.id = af.company_id
           WHERE af.person_id = ${p}.id AND co.site_id IS NOT NULL AND ${currentVerifiedMembership('af')})`;
}

/**
 * The same membership set-wise: `(person_id, site_id)` for every person of the relation `people` (a CTE or table
 * name holding `id`, `site_id`, `school_id`, `programme_id`), with one join per path instead of one sub-select
 * per person (the search relay and reindex load thousands at a time).
 */
export function peopleSiteIdsSql(people: string): string {
  return `(
    SELECT p.id AS person_id, p.site_id FROM ${people} p WHERE p.site_id IS NOT NULL
    UNION SELECT p.id, sc.site_id FROM ${people} p JOIN school sc ON sc.id = p.school_id WHERE sc.site_id IS NOT NULL
    UNION SELECT p.id, sc.site_id FROM ${people} p JOIN programme pr ON pr.id = p.programme_id
            JOIN school sc ON sc.id = pr.school_id WHERE sc.site_id IS NOT NULL
    UNION SELECT af.person_id, co.site_id FROM ${people} p JOIN affiliation af ON af.person_id = p.id
            JOIN company co ON co.id = af.company_id
           WHERE co.site_id IS NOT NULL AND ${currentVerifiedMembership('af')})`;
}

/** The people of the given sites (for re-queueing their search documents when a site changes). */
export const PEOPLE_OF_SITES_SQL = `
  SELECT p.id FROM person p WHERE EXISTS (
    SELECT 1 FROM ${personSiteIdsSql('p')} AS ps(site_id) WHERE ps.site_id = ANY($1::uuid[]))`;

/** The people of the given schools, directly or through one of their programmes. */
export const PEOPLE_OF_SCHOOLS_SQL = `
  SELECT p.id FROM person p WHERE p.school_id = ANY($1::uuid[])
     OR p.programme_id IN (SELECT id FROM programme WHERE school_id = ANY($1::uuid[]))`;

/** Runs one of the queries above for these ids. */
export async function peopleOf(
  manager: EntityManager,
  query: typeof PEOPLE_OF_SITES_SQL | typeof PEOPLE_OF_SCHOOLS_SQL,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows: { id: string }[] = await manager.query(query, [[...ids]]);
  return rows.map((row) => row.id);
}
