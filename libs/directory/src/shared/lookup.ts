import { AppError } from '@crossroads/core';

export interface Lookup {
  id?: string;
  slug?: string;
}

/** The `where` of a single read by id or slug; giving both or neither is a BAD_USER_INPUT. */
export function byIdOrSlug(lookup: Lookup): { id: string } | { slug: string } {
  if (!lookup.id === !lookup.slug) throw AppError.badInput('Give exactly one of id or slug');
  return lookup.id ? { id: lookup.id } : { slug: lookup.slug! };
}
