import { validateInput, slugify } from '@crossroads/core';
import { School, SchoolBulkWriter, SchoolInput } from '@crossroads/directory';
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
} from '../import/import-definition';
import type { ReferenceData } from '../import/reference-data';
import { missing, rowProblems, slugProblems } from '../import/row-problems';
import { DESCRIPTION_COLUMNS, websiteColumn } from './shared-columns';
import type { SlugAllocator } from '../import/slug-allocator';

export interface SchoolRow {
  fields: Partial<School> & { name: string; city: string };
  slug: string;
}

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
    const problems = rowProblems(read, this.columns, FIELD_COLUMNS, invalid);
    problems.push(...missing({ name: input.name, city: input.city }));
    const slug = read.text('slug') ?? (input.name ? slugify(input.name, 80) : undefined);
    problems.push(...slugProblems(slug, 80));
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
    return byMatchedKeys(await query.getMany(), keys, (school) => [{ column: 'slug', value: school.slug }]);
  }

  changes(value: SchoolRow, existing: School): boolean {
    return fieldsChange(value.fields, existing);
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
