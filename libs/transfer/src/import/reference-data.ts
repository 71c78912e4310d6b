import { directoryKeys, normaliseTerm } from '@crossroads/directory';
import type { EntityManager } from 'typeorm';

interface Named {
  id: string;
  slug: string;
}

/**
 * Sites, schools and programmes by slug or name, read once per import (they are few); with `companies`, every
 * company's id by slug and SIREN too (projects name their owner company; about 100 bytes a company).
 */
export class ReferenceData {
  private constructor(
    private readonly sites: Map<string, Named>,
    private readonly schools: Map<string, Named>,
    private readonly programmes: Map<string, Named & { schoolId: string }>,
    private readonly companies: Map<string, string>,
  ) {}

  static async load(manager: EntityManager, options: { companies?: boolean } = {}): Promise<ReferenceData> {
    const index = <T extends Named>(rows: (T & { name: string })[]) => {
      const map = new Map<string, T>();
      for (const row of rows) {
        map.set(normaliseTerm(row.name), row);
        map.set(row.slug, row);
      }
      return map;
    };
    return new ReferenceData(
      index(await directoryKeys.sites(manager)),
      index(await directoryKeys.schools(manager)),
      index(await directoryKeys.programmes(manager)),
      options.companies ? await ReferenceData.companyIds(manager) : new Map(),
    );
  }

  private static async companyIds(manager: EntityManager): Promise<Map<string, string>> {
    const rows = await directoryKeys.companies(manager);
    const map = new Map<string, string>();
    for (const row of rows) {
      map.set(row.slug, row.id);
      if (row.siren) map.set(row.siren, row.id);
    }
    return map;
  }

  /** A company's id by slug, SIREN or SIRET (spaces and dots ignored); loaded with `companies` only. */
  companyId(term: string): string | undefined {
    const digits = term.replace(/[\s.]/g, '');
    if (/^\d{14}$/.test(digits)) return this.companies.get(digits.slice(0, 9));
    return this.companies.get(/^\d{9}$/.test(digits) ? digits : term.trim().toLowerCase());
  }

  site(term: string) {
    return this.sites.get(term) ?? this.sites.get(normaliseTerm(term));
  }

  school(term: string) {
    return this.schools.get(term) ?? this.schools.get(normaliseTerm(term));
  }

  /** A programme by slug, or by title within a school (titles repeat across schools). */
  programme(term: string, schoolId?: string) {
    const bySlug = this.programmes.get(term);
    if (bySlug) return bySlug;
    const byTitle = this.programmes.get(normaliseTerm(term));
    return byTitle && (!schoolId || byTitle.schoolId === schoolId) ? byTitle : undefined;
  }
}
