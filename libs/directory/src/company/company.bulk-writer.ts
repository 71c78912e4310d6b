import { OutboxWriter, BulkColumn, bulkInsert, bulkUpdate } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Company } from './company.entity';

export type CompanyDraft = Partial<Company> & Pick<Company, 'slug' | 'name' | 'country' | 'city'>;

const COLUMNS: readonly BulkColumn<Company>[] = [
  ['id', 'id', 'uuid'],
  ['slug', 'slug', 'text'],
  ['name', 'name', 'text'],
  ['siren', 'siren', 'text'],
  ['country', 'country', 'text'],
  ['kinds', 'kinds', 'text[]'],
  ['formats', 'formats', 'text[]'],
  ['city', 'city', 'text'],
  ['postcode', 'postcode', 'text'],
  ['lat', 'lat', 'double precision'],
  ['lng', 'lng', 'double precision'],
  ['siteId', 'site_id', 'uuid'],
  ['sizeBand', 'size_band', 'text'],
  ['website', 'website', 'text'],
  ['descriptionFr', 'description_fr', 'text'],
  ['descriptionEn', 'description_en', 'text'],
];

/**
 * Writes batches of companies (imports) with their outbox rows; an updated company re-queues its affiliated
 * people, as CompanyService.update does.
 */
@Injectable()
export class CompanyBulkWriter {
  constructor(private readonly outbox: OutboxWriter) {}

  async write(
    manager: EntityManager,
    created: readonly CompanyDraft[],
    updated: readonly (CompanyDraft & { id: string })[],
  ): Promise<string[]> {
    const creates = created.map((company) => ({
      kinds: [],
      formats: [],
      descriptionFr: '',
      descriptionEn: '',
      ...company,
      id: randomUUID(),
    }));
    await bulkInsert(manager, 'company', COLUMNS, creates);
    await bulkUpdate(manager, 'company', COLUMNS, updated);
    await this.outbox.enqueue(
      manager,
      'company',
      [...creates, ...updated].map((company) => company.id),
    );
    if (updated.length) {
      const people: { person_id: string }[] = await manager.query(
        'SELECT DISTINCT person_id FROM affiliation WHERE company_id = ANY($1::uuid[])',
        [updated.map((company) => company.id)],
      );
      await this.outbox.enqueue(
        manager,
        'person',
        people.map((row) => row.person_id),
      );
    }
    return creates.map((company) => company.id);
  }
}
