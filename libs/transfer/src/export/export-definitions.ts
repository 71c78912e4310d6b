import { PROJECTS_EXPORT } from '@crossroads/coproduction';
import { COMPANIES_EXPORT, PEOPLE_EXPORT, SCHOOLS_EXPORT } from '@crossroads/directory';
import { COMPANY_COLUMNS } from '../definitions/companies.import';
import { PEOPLE_COLUMNS } from '../definitions/people.columns';
import { PROJECT_COLUMNS } from '../definitions/projects.import';
import { SCHOOL_COLUMNS } from '../definitions/schools.import';
import type { ImportType } from '../import/import-definition';
import type { ExportDefinition } from './export-definition';

const names = (columns: readonly { name: string }[]) => columns.map((column) => column.name);

export const EXPORT_DEFINITIONS: Record<ImportType, ExportDefinition> = {
  people: {
    type: 'people',
    columns: names(PEOPLE_COLUMNS),
    privateColumns: ['email', 'phone'],
    source: PEOPLE_EXPORT,
  },
  companies: {
    type: 'companies',
    columns: names(COMPANY_COLUMNS),
    privateColumns: [],
    source: COMPANIES_EXPORT,
  },
  schools: { type: 'schools', columns: names(SCHOOL_COLUMNS), privateColumns: [], source: SCHOOLS_EXPORT },
  projects: {
    type: 'projects',
    columns: names(PROJECT_COLUMNS),
    privateColumns: [],
    source: PROJECTS_EXPORT,
  },
};
