import { normaliseTerm } from '@crossroads/directory';
import type { EntityManager } from 'typeorm';

interface Named {
  id: string;
  slug: string;
}

/** Sites, schools and programmes by slug or name, read once per import (they are few). */
export class ReferenceData {
  private constructor(
    private readonly sites: Map<string, Named>,
    private readonly schools: Map<string, Named>,
    private readonly programmes: Map<string, Named & { schoolId: string }>,
  ) {}

  static async load(manager: EntityManager): Promise<ReferenceData> {
    const index = <T extends Named>(rows: (T & { name: string })[]) => {
      const map = new Map<string, T>();
      for (const row of rows) {
        map.set(normaliseTerm(row.name), row);
        map.set(row.slug, row);
      }
      return map;
    };
    return new ReferenceData(
      index(await manager.query('SELECT id, slug, name FROM site')),
      index(await manager.query('SELECT id, slug, name FROM school')),
      index(await manager.query('SELECT id, slug, title AS name, school_id AS "schoolId" FROM programme')),
    );
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
