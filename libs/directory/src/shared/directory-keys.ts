import type { EntityManager } from 'typeorm';

/** A row of the directory's small reference tables: what an import resolves a name or slug to. */
export interface NamedRow {
  id: string;
  slug: string;
  name: string;
}

/**
 * The bulk finders an import uses to resolve names to ids: every site, school and programme (they are few), and
 * every company's id, slug and SIREN (projects name their owner company; about 100 bytes a company).
 */
export const directoryKeys = {
  sites: (manager: EntityManager): Promise<NamedRow[]> => manager.query('SELECT id, slug, name FROM site'),
  schools: (manager: EntityManager): Promise<NamedRow[]> =>
    manager.query('SELECT id, slug, name FROM school'),
  programmes: (manager: EntityManager): Promise<(NamedRow & { schoolId: string })[]> =>
    manager.query('SELECT id, slug, title AS name, school_id AS "schoolId" FROM programme'),
  companies: (manager: EntityManager): Promise<{ id: string; slug: string; siren: string | null }[]> =>
    manager.query('SELECT id, slug, siren FROM company'),
};
