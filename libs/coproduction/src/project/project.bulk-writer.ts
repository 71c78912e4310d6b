import { OutboxWriter, BulkColumn, bulkInsert, bulkUpdate } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ProjectVisibility } from '../shared/coproduction.enums';
import { Project } from './project.entity';

export type ProjectDraft = Partial<Project> & Pick<Project, 'slug' | 'title' | 'format' | 'stage'>;

const COLUMNS: readonly BulkColumn<Project>[] = [
  ['id', 'id', 'uuid'],
  ['slug', 'slug', 'text'],
  ['title', 'title', 'text'],
  ['logline', 'logline', 'text'],
  ['synopsis', 'synopsis', 'text'],
  ['format', 'format', 'text'],
  ['genres', 'genres', 'text[]'],
  ['stage', 'stage', 'text'],
  ['budgetEur', 'budget_eur', 'integer'],
  ['financingSecuredEur', 'financing_secured_eur', 'integer'],
  ['languages', 'languages', 'text[]'],
  ['countriesSought', 'countries_sought', 'text[]'],
  ['rolesSought', 'roles_sought', 'text[]'],
  ['ownerCompanyId', 'owner_company_id', 'uuid'],
  ['funds', 'funds', 'jsonb'],
  ['targetEditionIds', 'target_edition_ids', 'uuid[]'],
  ['visibility', 'visibility', 'text'],
  ['createdByUserId', 'created_by_user_id', 'uuid'],
  ['isDemo', 'is_demo', 'boolean'],
];

/**
 * Writes batches of projects (imports) with their `project` outbox rows in the caller's transaction, as
 * ProjectService.create/update do; new projects are PRIVATE unless the draft says otherwise. Teams are not
 * written here (an import carries none).
 */
@Injectable()
export class ProjectBulkWriter {
  constructor(private readonly outbox: OutboxWriter) {}

  async write(
    manager: EntityManager,
    created: readonly ProjectDraft[],
    updated: readonly (ProjectDraft & { id: string })[],
  ): Promise<string[]> {
    const creates = created.map((project) => ({
      logline: '',
      synopsis: '',
      genres: [],
      languages: [],
      countriesSought: [],
      rolesSought: [],
      funds: [],
      targetEditionIds: [],
      visibility: ProjectVisibility.PRIVATE,
      isDemo: false,
      ...project,
      id: randomUUID(),
    }));
    await bulkInsert(manager, 'project', COLUMNS, creates);
    await bulkUpdate(manager, 'project', COLUMNS, updated);
    await this.outbox.enqueue(
      manager,
      'project',
      [...creates, ...updated].map((project) => project.id),
    );
    return creates.map((project) => project.id);
  }
}
