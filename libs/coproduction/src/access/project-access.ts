import { User } from '@crossroads/auth';
import { AppError } from '@crossroads/core';
import { Viewer, viewerOf } from '@crossroads/directory';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectVisibility } from '../shared/coproduction.enums';

export { Viewer, viewerOf };

/** An affiliation counts while it has not ended. */
const CURRENT_AFFILIATION = `(af.ends_on IS NULL OR af.ends_on >= current_date)`;

/**
 * Who owns a project (its "team" for privacy): the account that created it, the accounts owning a person on its
 * team, and the accounts owning a person currently affiliated with its owner company. Owners and STAFF read and
 * edit it whatever its visibility; nobody else ever sees a PRIVATE project.
 *
 * `alias` is the SQL alias of the project row; the fragment takes the named parameters :viewerUserId and
 * :viewerPersonId (see viewerParams).
 */
export function ownerCondition(alias: string): string {
  return `(${alias}.created_by_user_id = :viewerUserId
    OR EXISTS (SELECT 1 FROM project_team_member tm WHERE tm.project_id = ${alias}.id AND tm.person_id = :viewerPersonId)
    OR EXISTS (SELECT 1 FROM affiliation af WHERE af.company_id = ${alias}.owner_company_id
               AND af.person_id = :viewerPersonId AND ${CURRENT_AFFILIATION}))`;
}

/** The projects a viewer may see, as a WHERE fragment over `alias` (named parameters: viewerParams). */
export function visibleCondition(viewer: Viewer, alias: string): string {
  if (viewer.level === 'STAFF') return 'true';
  if (viewer.level === 'ANONYMOUS') return `${alias}.visibility = '${ProjectVisibility.PUBLIC}'`;
  return `(${alias}.visibility IN ('${ProjectVisibility.PUBLIC}', '${ProjectVisibility.MEMBERS}') OR ${ownerCondition(alias)})`;
}

export function viewerParams(viewer: Viewer): { viewerUserId: string | null; viewerPersonId: string | null } {
  return { viewerUserId: viewer.userId, viewerPersonId: viewer.personId };
}

/** Project and company access checks that need the database. */
@Injectable()
export class ProjectAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Whether the viewer owns the project (STAFF count as owners of every project). */
  async isOwner(viewer: Viewer, projectId: string, manager: EntityManager = this.dataSource.manager) {
    if (viewer.level === 'STAFF') return true;
    if (viewer.level === 'ANONYMOUS') return false;
    const [sql, params] = this.bind(
      `SELECT 1 FROM project p WHERE p.id = :projectId AND ${ownerCondition('p')}`,
      {
        projectId,
        ...viewerParams(viewer),
      },
    );
    return (await manager.query(sql, params)).length > 0;
  }

  /** Fails with FORBIDDEN unless the viewer owns the project. */
  async assertOwner(viewer: Viewer, projectId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.isOwner(viewer, projectId, manager)))
      throw AppError.forbidden('Only the project team or STAFF may do this');
  }

  /**
   * "The company's members": accounts whose person is currently affiliated with the company. They (and STAFF)
   * edit its co-production profile and answer its introductions.
   */
  async isCompanyMember(viewer: Viewer, companyId: string, manager: EntityManager = this.dataSource.manager) {
    if (viewer.level === 'STAFF') return true;
    if (viewer.level === 'ANONYMOUS' || !viewer.personId) return false;
    const rows = (await manager.query(
      `SELECT 1 FROM affiliation af WHERE af.company_id = $1 AND af.person_id = $2 AND ${CURRENT_AFFILIATION}`,
      [companyId, viewer.personId],
    )) as unknown[];
    return rows.length > 0;
  }

  async assertCompanyMember(viewer: Viewer, companyId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.isCompanyMember(viewer, companyId, manager)))
      throw AppError.forbidden("Only the company's members or STAFF may do this");
  }

  /** Companies the viewer is currently affiliated with. */
  async companiesOf(viewer: Viewer): Promise<string[]> {
    if (!viewer.personId || viewer.level === 'ANONYMOUS') return [];
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT af.company_id FROM affiliation af WHERE af.person_id = $1 AND ${CURRENT_AFFILIATION}`,
      [viewer.personId],
    )) as { company_id: string }[];
    return rows.map((row) => row.company_id);
  }

  /** Named parameters (:name) → PostgreSQL positional ones, through the driver's own escaping. */
  bind(sql: string, params: Record<string, unknown>): [string, unknown[]] {
    return this.dataSource.driver.escapeQueryWithParameters(sql, params);
  }
}

export const viewerFromUser = (user: User | null | undefined): Viewer => viewerOf(user ?? undefined);
