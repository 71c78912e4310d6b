import { peopleOf, PEOPLE_OF_SCHOOLS_SQL } from '../site/site-membership.sql';
import { OutboxWriter, BulkColumn, bulkInsert, bulkUpdate } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { School } from './school.entity';

export type SchoolDraft = Partial<School> & Pick<School, 'slug' | 'name' | 'city'>;

const COLUMNS: readonly BulkColumn<School>[] = [
  ['id', 'id', 'uuid'],
  ['slug', 'slug', 'text'],
  ['name', 'name', 'text'],
  ['city', 'city', 'text'],
  ['siteId', 'site_id', 'uuid'],
  ['website', 'website', 'text'],
  ['descriptionFr', 'description_fr', 'text'],
  ['descriptionEn', 'description_en', 'text'],
];

/** Writes batches of schools (imports) with their outbox rows; an updated school re-queues its students. */
@Injectable()
export class SchoolBulkWriter {
  constructor(private readonly outbox: OutboxWriter) {}

  async write(
    manager: EntityManager,
    created: readonly SchoolDraft[],
    updated: readonly (SchoolDraft & { id: string })[],
  ): Promise<string[]> {
    const creates = created.map((school) => ({
      descriptionFr: '',
      descriptionEn: '',
      ...school,
      id: randomUUID(),
    }));
    await bulkInsert(manager, 'school', COLUMNS, creates);
    await bulkUpdate(manager, 'school', COLUMNS, updated);
    await this.outbox.enqueue(
      manager,
      'school',
      [...creates, ...updated].map((school) => school.id),
    );
    if (updated.length) {
      await this.outbox.enqueue(
        manager,
        'person',
        await peopleOf(
          manager,
          PEOPLE_OF_SCHOOLS_SQL,
          updated.map((school) => school.id),
        ),
      );
    }
    return creates.map((school) => school.id);
  }
}
