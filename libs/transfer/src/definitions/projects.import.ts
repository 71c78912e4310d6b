import {
  Project,
  ProjectBulkWriter,
  projectFields,
  ProjectInput,
  projectInputProblems,
} from '@crossroads/coproduction';
import { validateInput, slugify } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CellReader, fieldsChange, given } from '../import/cells';
import {
  byMatchedKeys,
  Cells,
  ColumnSpec,
  ImportDefinition,
  MatchKey,
  Prepared,
  WriteContext,
} from '../import/import-definition';
import { countryCode, languageCode } from '../import/labels';
import { partnerRole, projectFormat, projectStage, projectVisibility } from '../import/project-labels';
import type { ReferenceData } from '../import/reference-data';
import { rowProblems, slugProblems } from '../import/row-problems';
import type { SlugAllocator } from '../import/slug-allocator';

export interface ProjectRow {
  fields: Partial<Project> & Pick<Project, 'title' | 'format' | 'stage'>;
  slug: string;
}

export const PROJECT_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'title',
    aliases: ['titre', 'nom', 'projet', 'project', 'name'],
    required: true,
    help: 'Working title',
    example: 'Les Dunes',
  },
  {
    name: 'slug',
    aliases: ['identifiant'],
    help: 'Finds the existing project (default: from the title)',
    example: 'les-dunes',
  },
  {
    name: 'logline',
    aliases: ['pitch', 'accroche'],
    help: 'One sentence, 500 characters at most',
    example: '',
  },
  { name: 'synopsis', aliases: ['resume'], help: '10,000 characters at most', example: '' },
  {
    name: 'format',
    aliases: ['type'],
    required: true,
    help: 'long métrage, court métrage, série animée, documentaire, jeu vidéo, XR… or FEATURE_FILM…',
    example: 'long métrage',
  },
  {
    name: 'genres',
    aliases: ['genre'],
    help: 'Up to 8 genre words, stored lower-case',
    example: 'comédie | road movie',
  },
  {
    name: 'stage',
    aliases: ['etape', 'stade', 'avancement', 'phase'],
    required: true,
    help: 'écriture, développement, financement, préproduction, tournage, postproduction or WRITING…',
    example: 'développement',
  },
  {
    name: 'budget',
    aliases: ['budget_eur', 'budget_total', 'devis'],
    help: 'Total budget in euros, whole number (1 200 000, 1200000 €)',
    example: '1200000',
  },
  {
    name: 'financing_secured',
    aliases: ['financement_acquis', 'financement_securise', 'financing_secured_eur', 'acquis'],
    help: 'Financing secured in euros, at most the budget',
    example: '300000',
  },
  {
    name: 'languages',
    aliases: ['langues', 'langue', 'language'],
    help: 'ISO 639-1 codes or names (français, English…)',
    example: 'fr | nl',
  },
  {
    name: 'countries_sought',
    aliases: ['pays_recherches', 'pays_coproducteurs', 'pays', 'countries'],
    help: 'Partner countries: codes or names (Belgique, Germany…); blank: any',
    example: 'BE | Pays-Bas',
  },
  {
    name: 'roles_sought',
    aliases: ['partenaires_recherches', 'roles_recherches', 'roles', 'partners_sought'],
    help: 'coproducteur majoritaire/minoritaire, distributeur, vendeur international, diffuseur… or MINORITY_COPRODUCER…',
    example: 'coproducteur minoritaire | distributeur',
  },
  {
    name: 'owner_company',
    aliases: ['societe', 'societe_porteuse', 'producteur', 'production', 'company', 'owner'],
    help: 'The producing company: its slug or SIREN (SIRET accepted)',
    example: 'studio-nord',
  },
  {
    name: 'visibility',
    aliases: ['visibilite'],
    help: 'privé (team and staff), membres or public (and search); default privé',
    example: 'public',
  },
];

const FIELD_COLUMNS: Record<string, string> = {
  budgetEur: 'budget',
  financingSecuredEur: 'financing_secured',
  countriesSought: 'countries_sought',
  rolesSought: 'roles_sought',
  ownerCompanyId: 'owner_company',
};

/** Euros as staff type them: "1 200 000", "1200000 €", "1.200.000" (a decimal part is refused). */
export function euros(read: CellReader, column: string): number | undefined {
  const cell = read.text(column);
  if (cell === undefined) return undefined;
  const bare = cell.replace(/€|eur(os?)?$/i, '').replace(/\s/g, '');
  const grouped = /^\d{1,3}([.,]\d{3})+$/.test(bare) ? bare.replace(/[.,]/g, '') : bare;
  if (!/^\d+$/.test(grouped)) return read.problem(column, `"${cell}" is not a whole number of euros`);
  return Number(grouped);
}

/**
 * Co-production projects. Values go through ProjectInput (the createProject rules) and the project rules shared
 * with ProjectService; the importing staff may name any company as owner, like STAFF through the API. Teams,
 * funds and target editions are not imported (edit them in the app). New projects are PRIVATE unless the row
 * says otherwise, created by the staff account of the endpoint, or by nobody from the CLI.
 */
@Injectable()
export class ProjectsImport implements ImportDefinition<ProjectRow, Project> {
  readonly type = 'projects' as const;
  readonly columns = PROJECT_COLUMNS;
  readonly slugTable = 'project';
  readonly needsCompanies = true;

  constructor(private readonly writer: ProjectBulkWriter) {}

  prepare(cells: Cells, refs: ReferenceData): Prepared<ProjectRow> {
    const read = new CellReader(cells);
    const plain: Partial<ProjectInput> = {
      title: read.text('title'),
      logline: read.text('logline'),
      synopsis: read.text('synopsis'),
      format: read.one('format', projectFormat, 'project format'),
      genres: read.terms('genres', (term) => term, 'genre'),
      stage: read.one('stage', projectStage, 'stage'),
      budgetEur: euros(read, 'budget'),
      financingSecuredEur: euros(read, 'financing_secured'),
      languages: read.terms('languages', languageCode, 'language'),
      countriesSought: read.terms('countries_sought', countryCode, 'country'),
      rolesSought: read.terms('roles_sought', partnerRole, 'partner role'),
      ownerCompanyId: read.one('owner_company', (term) => refs.companyId(term), 'company'),
      visibility: read.one('visibility', projectVisibility, 'visibility'),
    };
    const { value: input, problems: invalid } = validateInput(ProjectInput, given(plain));
    const rules = invalid.length ? [] : projectInputProblems(input, null);
    const problems = rowProblems(read, this.columns, FIELD_COLUMNS, [...invalid, ...rules]);
    for (const column of ['title', 'format', 'stage'] as const)
      if (!cells.has(column)) problems.push({ field: column, message: 'is required' });
    const slug = read.text('slug') ?? (input.title ? slugify(input.title, 120) : undefined);
    problems.push(...slugProblems(slug, 120));
    if (problems.length) return { problems };
    const fields = projectFields(input) as ProjectRow['fields'];
    return { value: { fields, slug: slug! }, key: { column: 'slug', value: slug! }, problems };
  }

  async findExisting(manager: EntityManager, keys: readonly MatchKey[], lock: boolean) {
    const query = manager
      .getRepository(Project)
      .createQueryBuilder('p')
      .where('p.slug = ANY(:slugs)', { slugs: keys.map((key) => key.value) });
    if (lock) query.setLock('pessimistic_write');
    return byMatchedKeys(await query.getMany(), keys, (project) => [{ column: 'slug', value: project.slug }]);
  }

  changes(value: ProjectRow, existing: Project): boolean {
    return fieldsChange(value.fields, existing);
  }

  async write(
    manager: EntityManager,
    created: readonly ProjectRow[],
    updated: readonly { value: ProjectRow; existing: Project }[],
    slugs: SlugAllocator,
    context: WriteContext,
  ): Promise<void> {
    await this.writer.write(
      manager,
      created.map((row) => ({
        ...row.fields,
        slug: slugs.take(row.slug, true),
        createdByUserId: context.userId,
      })),
      updated.map(({ value, existing }) => ({ ...existing, ...value.fields })),
    );
  }
}
