import type { PartnerRole } from './partner-profile';

/** Profile values as the criteria compare them, memoised per array: a ranking sees the same lists many times. */

const NORMALISED = new WeakMap<readonly string[], string[]>();

/** Trimmed, lower-case, de-duplicated and sorted. */
export function normalise(values: readonly string[]): string[] {
  let result = NORMALISED.get(values);
  if (!result) {
    result = [...new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v.length > 0))].sort();
    NORMALISED.set(values, result);
  }
  return result;
}

const UNIQUE_ROLES = new WeakMap<readonly PartnerRole[], PartnerRole[]>();

/** De-duplicated and sorted. */
export function uniqueRoles(roles: readonly PartnerRole[]): PartnerRole[] {
  let unique = UNIQUE_ROLES.get(roles);
  if (!unique) UNIQUE_ROLES.set(roles, (unique = [...new Set(roles)].sort()));
  return unique;
}

/** Base ISO 3166-1 country of a code that may be a region ('BE-WAL' → 'BE'). */
export const baseCountry = (code: string): string => code.trim().toUpperCase().slice(0, 2);
