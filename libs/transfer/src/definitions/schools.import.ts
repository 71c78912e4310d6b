import { FieldProblem, validateInput, slugify } from '@crossroads/core';
import { School, SchoolBulkWriter, SchoolInput } from '@crossroads/directory';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CellReader, given, columnOfField, same } from '../import/cells';
import { Cells, ColumnSpec, ImportDefinition, keyOf, MatchKey, Prepared } from '../import/import-definition';
import type { ReferenceData } from '../import/reference-data';
import { DESCRIPTION_COLUMNS, websiteColumn } from './shared-columns';
import type { SlugAllocator } from '../import/slug-allocator';

export interface SchoolRow {
  fields: Partial<School> & { name: string; city: string };
  slug: string;
}

const SLUG = /^[a-z0-9-]{1,80}$/;

export const SCHOOL_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'name',
    aliases: ['nom', 'ecole', 'etablissement', 'school'],
    required: true,
    help: 'School name',
    example: 'École du Nord',
  },
  {
    name: 'slug',
    aliases: ['identifiant'],
    help: 'Finds the existing school (default: from the name)',
    example: 'ecole-du-nord',
  },
  { name: 'city', aliases: ['ville', 'commune'], required: true, help: 'City', example: 'Roubaix' },
  { name: 'site', aliases: ['pole'], help: 'Site slug or name', example: '' },
  websiteColumn('https://ecole-du-nord.example'),
  ...DESCRIPTION_COLUMNS,
];

const FIELD_COLUMNS: Record<string, string> = {
  descriptionFr: 'description_fr',
  descriptionEn: 'description_en',
};

@Injectable()
export class SchoolsImport implements ImportDefinition<SchoolRow, School> {
  readonly type = 'schools' as const;
  readonly columns = SCHOOL_COLUMNS;
  readonly slugTable = 'school';

  constructor(private readonly writer: SchoolBulkWriter) {}

  prepare(cells: Cells, refs: ReferenceData): Prepared<SchoolRow> {
    const read = new CellReader(cells);
    const site = read.one('site', (term) => refs.site(term), 'site');
    const plain: Partial<SchoolInput> = {
      name: read.text('name'),
      city: read.text('city'),
      site: site?.slug,
      website: read.text('website'),
      descriptionFr: read.text('description_fr'),
      descriptionEn: read.text('description_en'),
    };
    const { value: input, problems: invalid } = validateInput(SchoolInput, given(plain));
    const problems: FieldProblem[] = [...read.problems];
    for (const problem of invalid) {
      problems.push({
        field: columnOfField(this.columns, FIELD_COLUMNS, problem.field),
        message: problem.message,
      });
    }
    if (!input.name) problems.push({ field: 'name', message: 'is required' });
    if (!input.city) problems.push({ field: 'city', message: 'is required' });
    const slug = read.text('slug') ?? (input.name ? slugify(input.name, 80) : undefined);
    if (slug !== undefined && !SLUG.test(slug))
      problems.push({ field: 'slug', message: 'must be lower-case letters, digits and -, 80 at most' });
    if (problems.length) return { problems };
    const { site: _site, ...scalars } = given(input);
    const fields = {
      ...(scalars as Partial<School> & { name: string; city: string }),
      ...(site && { siteId: site.id }),
    };
    return { value: { fields, slug: slug! }, key: { column: 'slug', value: slug! }, problems };
  }

  async findExisting(manager: EntityManager, keys: readonly MatchKey[], lock: boolean) {
    const query = manager
      .getRepository(School)
      .createQueryBuilder('s')
      .where('s.slug = ANY(:slugs)', { slugs: keys.map((key) => key.value) });
    if (lock) query.setLock('pessimistic_write');
    const found = new Map<string, School[]>();
    for (const school of await query.getMany())
      found.set(keyOf({ column: 'slug', value: school.slug }), [school]);
    return found;
  }

  changes(value: SchoolRow, existing: School): boolean {
    const stored = existing as unknown as Record<string, unknown>;
    return Object.entries(value.fields).some(([field, v]) => !same(stored[field], v));
  }

  async write(
    manager: EntityManager,
    created: readonly SchoolRow[],
    updated: readonly { value: SchoolRow; existing: School }[],
    slugs: SlugAllocator,
  ): Promise<void> {
    await this.writer.write(
      manager,
      created.map((row) => ({ ...row.fields, slug: slugs.take(row.slug, true) })),
      updated.map(({ value, existing }) => ({ ...existing, ...value.fields })),
    );
  }
}
