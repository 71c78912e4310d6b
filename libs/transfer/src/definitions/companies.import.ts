import { validateInput, slugify } from '@crossroads/core';
import { Company, CompanyBulkWriter, CompanyInput, companyInputProblems } from '@crossroads/directory';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CellReader, fieldsChange, given } from '../import/cells';
import {
  byMatchedKeys,
  Cells,
  ColumnSpec,
  ImportDefinition,
  keyValues,
  MatchKey,
  Prepared,
} from '../import/import-definition';
import { companyKind, countryCode, sizeBand, sizeBandOf, workFormat } from '../import/labels';
import type { ReferenceData } from '../import/reference-data';
import { missing, rowProblems, slugProblems } from '../import/row-problems';
import { DESCRIPTION_COLUMNS, LOCATION_COLUMNS, websiteColumn } from './shared-columns';
import type { SlugAllocator } from '../import/slug-allocator';

export interface CompanyRow {
  fields: Partial<Company> & { name: string };
  slug?: string;
}

export const COMPANY_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'name',
    aliases: ['nom', 'raison_sociale', 'societe', 'entreprise', 'company', 'denomination'],
    required: true,
    help: 'Company name',
    example: 'Studio Nord',
  },
  {
    name: 'siren',
    aliases: ['siret', 'numero_siren'],
    help: 'French companies: 9 digits (a 14-digit SIRET gives its SIREN); finds the existing record',
    example: '732829320',
  },
  {
    name: 'slug',
    aliases: ['identifiant'],
    help: 'Finds the existing record when there is no SIREN (default: from the name)',
    example: 'studio-nord',
  },
  {
    name: 'country',
    aliases: ['pays'],
    help: 'ISO code or name (France, Belgique…); default FR',
    example: 'FR',
  },
  { name: 'city', aliases: ['ville', 'commune'], required: true, help: 'City', example: 'Tourcoing' },
  ...LOCATION_COLUMNS,
  {
    name: 'kinds',
    aliases: ['kind', 'type', 'types', 'activite', 'activites', 'secteur'],
    help: 'production, postproduction, animation, jeu vidéo… or PRODUCTION…',
    example: 'production | postproduction',
  },
  {
    name: 'formats',
    aliases: ['format'],
    help: 'long métrage, série animée, documentaire… or FEATURE_FILM…',
    example: 'long métrage | documentaire',
  },
  { name: 'site', aliases: ['pole'], help: 'Site slug or name, for tenants', example: 'plaine-images' },
  {
    name: 'size_band',
    aliases: ['taille', 'effectif', 'effectifs', 'size', 'headcount'],
    help: 'SOLO, MICRO, SMALL, MEDIUM, LARGE, a range (10-49) or a head count',
    example: '12',
  },
  websiteColumn('https://studio-nord.example'),
  ...DESCRIPTION_COLUMNS,
];

const FIELD_COLUMNS: Record<string, string> = {
  sizeBand: 'size_band',
  descriptionFr: 'description_fr',
  descriptionEn: 'description_en',
};

@Injectable()
export class CompaniesImport implements ImportDefinition<CompanyRow, Company> {
  readonly type = 'companies' as const;
  readonly columns = COMPANY_COLUMNS;
  readonly slugTable = 'company';

  constructor(private readonly writer: CompanyBulkWriter) {}

  prepare(cells: Cells, refs: ReferenceData): Prepared<CompanyRow> {
    const read = new CellReader(cells);
    const site = read.one('site', (term) => refs.site(term), 'site');
    const rawSiren = read.text('siren')?.replace(/[\s.]/g, '');
    const size = read.text('size_band');
    const plain: Partial<CompanyInput> = {
      name: read.text('name'),
      siren: rawSiren && /^\d{14}$/.test(rawSiren) ? rawSiren.slice(0, 9) : rawSiren,
      country: read.text('country') && countryCode(read.text('country')!),
      city: read.text('city'),
      postcode: read.text('postcode')?.toUpperCase(),
      lat: read.number('lat'),
      lng: read.number('lng'),
      kinds: read.terms('kinds', companyKind, 'kind'),
      formats: read.terms('formats', workFormat, 'format'),
      site: site?.slug,
      sizeBand:
        size === undefined
          ? undefined
          : (sizeBand(size) ??
            (/^\d+$/.test(size) ? sizeBandOf(Number(size)) : read.unknown('size_band', 'size', size))),
      website: read.text('website'),
      descriptionFr: read.text('description_fr'),
      descriptionEn: read.text('description_en'),
    };
    const { value: input, problems: invalid } = validateInput(CompanyInput, given(plain));
    const rules = invalid.length ? [] : companyInputProblems(input, { country: 'FR', siren: null });
    const problems = rowProblems(read, this.columns, FIELD_COLUMNS, [...invalid, ...rules]);
    problems.push(...missing({ name: input.name, city: input.city }));
    const slug = read.text('slug');
    problems.push(...slugProblems(slug));
    if (problems.length) return { problems };

    const { site: _site, ...scalars } = given(input);
    const fields = {
      ...(scalars as Partial<Company> & { name: string }),
      ...(site && { siteId: site.id }),
    };
    const key: MatchKey = input.siren
      ? { column: 'siren', value: input.siren }
      : { column: 'slug', value: slug ?? slugify(input.name!) };
    return { value: { fields, slug }, key, problems };
  }

  async findExisting(manager: EntityManager, keys: readonly MatchKey[], lock: boolean) {
    const query = manager
      .getRepository(Company)
      .createQueryBuilder('c')
      .where('c.siren = ANY(:sirens) OR c.slug = ANY(:slugs)', {
        sirens: keyValues(keys, 'siren'),
        slugs: keyValues(keys, 'slug'),
      });
    if (lock) query.setLock('pessimistic_write');
    return byMatchedKeys(await query.getMany(), keys, (company) => [
      ...(company.siren ? [{ column: 'siren', value: company.siren }] : []),
      { column: 'slug', value: company.slug },
    ]);
  }

  changes(value: CompanyRow, existing: Company): boolean {
    return fieldsChange(value.fields, existing);
  }

  async write(
    manager: EntityManager,
    created: readonly CompanyRow[],
    updated: readonly { value: CompanyRow; existing: Company }[],
    slugs: SlugAllocator,
  ): Promise<void> {
    await this.writer.write(
      manager,
      created.map((row) => ({
        country: 'FR',
        city: '',
        ...row.fields,
        slug: row.slug ? slugs.take(row.slug, true) : slugs.take(row.fields.name),
      })),
      updated.map(({ value, existing }) => ({ ...existing, ...value.fields })),
    );
  }
}
