import type { EntityManager } from 'typeorm';
import type { BaseDocument, SearchIndexDefinition } from './search-index.definition';
import { SearchType } from './search-type.enum';
import { BASE_SETTINGS } from './shared-settings';

/** A public co-production project. Private and members-only projects never reach the index. */
export interface ProjectDocument extends BaseDocument {
  title: string;
  logline: string;
  synopsis: string;
  /** One value; an array so that the `formats` filter reads the same on companies and projects. */
  formats: string[];
  stage: string;
  genres: string[];
  countriesSought: string[];
  languages: string[];
  rolesSought: string[];
}

interface ProjectRow {
  id: string;
  slug: string;
  title: string;
  logline: string;
  synopsis: string;
  format: string;
  stage: string;
  genres: string[];
  countries_sought: string[];
  languages: string[];
  roles_sought: string[];
  is_demo: boolean;
  updated_at: Date;
}

const SELECT = `
  SELECT p.id, p.slug, p.title, p.logline, p.synopsis, p.format, p.stage, p.genres, p.countries_sought,
         p.languages, p.roles_sought, p.is_demo, p.updated_at
    FROM project p
   WHERE p.visibility = 'PUBLIC'`;

function toDocument(row: ProjectRow): ProjectDocument {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    logline: row.logline,
    synopsis: row.synopsis,
    formats: [row.format],
    stage: row.stage,
    genres: row.genres,
    countriesSought: row.countries_sought,
    languages: row.languages,
    rolesSought: row.roles_sought,
    isDemo: row.is_demo,
    updatedAt: row.updated_at.getTime(),
  };
}

export const projectIndex: SearchIndexDefinition<ProjectDocument> = {
  documentType: 'project',
  searchType: SearchType.PROJECT,
  name: 'projects',
  highlightAttributes: ['title', 'logline'],
  filterAttributes: ['formats', 'stage', 'genres', 'countriesSought', 'languages'],
  // Every filter the index honours has its facet, so a count is what ticking it gives (`languages` keeps projects
  // in a language as it keeps people speaking it).
  facets: {
    formats: 'formats',
    stages: 'stage',
    genres: 'genres',
    countriesSought: 'countriesSought',
    languages: 'languages',
  },
  geo: false,
  settings: {
    ...BASE_SETTINGS,
    searchableAttributes: ['title', 'logline', 'genres', 'synopsis'],
    filterableAttributes: ['formats', 'stage', 'genres', 'countriesSought', 'languages', 'rolesSought'],
    sortableAttributes: ['title'],
  },
  load: async (manager: EntityManager, ids) =>
    ((await manager.query(`${SELECT} AND p.id = ANY($1::uuid[])`, [ids])) as ProjectRow[]).map(toDocument),
  loadPage: async (manager: EntityManager, afterId, limit) =>
    (
      (await manager.query(`${SELECT} AND ($1::uuid IS NULL OR p.id > $1) ORDER BY p.id LIMIT $2`, [
        afterId,
        limit,
      ])) as ProjectRow[]
    ).map(toDocument),
  hitAttributes: ['title', 'logline'],
  hitText: (project) => ({ title: project.title, subtitle: project.logline || null }),
};
