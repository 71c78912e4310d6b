import { User, Viewer, viewerOf } from '@crossroads/auth';
import { AppError } from '@crossroads/core';
import { isMemberSql, MembershipService } from '@crossroads/directory';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectVisibility } from '../shared/coproduction.enums';

export { Viewer, viewerOf };

/**
 * Who owns a project (its "team" for privacy): the account that created it while it has no owner company, the
 * accounts owning a person on its team, and the accounts owning a verified, current member of its owner company
 * (MembershipService's rule): creating a company's project gives no ownership that outlasts the membership. Owners and STAFF read and
 * edit it whatever its visibility; nobody else ever sees a PRIVATE project.
 *
 * `alias` is the SQL alias of the project row; the fragment takes the named parameters :viewerUserId and
 * :viewerPersonId (see viewerParams), or the SQL expressions `who` names (an account joined in the query).
 */
export function ownerCondition(
  alias: string,
  who: { userSql: string; personSql: string } = { userSql: ':viewerUserId', personSql: ':viewerPersonId' },
): string {
  return `((${alias}.created_by_user_id = ${who.userSql} AND ${alias}.owner_company_id IS NULL)
    OR EXISTS (SELECT 1 FROM project_team_member tm WHERE tm.project_id = ${alias}.id AND tm.person_id = ${who.personSql})
    OR ${isMemberSql(`${alias}.owner_company_id`, who.personSql)})`;
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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
  ) {}

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

  /** Whether the viewer may read this project: the rule of visibleCondition, for a project already loaded. */
  async canRead(viewer: Viewer, project: { id: string; visibility: ProjectVisibility }): Promise<boolean> {
    if (viewer.level === 'STAFF' || project.visibility === ProjectVisibility.PUBLIC) return true;
    if (viewer.level === 'ANONYMOUS') return false;
    return project.visibility === ProjectVisibility.MEMBERS || this.isOwner(viewer, project.id);
  }

  /** Fails with FORBIDDEN unless the viewer owns the project. */
  async assertOwner(viewer: Viewer, projectId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.isOwner(viewer, projectId, manager)))
      throw AppError.forbidden('Only the project team or STAFF may do this');
  }

  /** "The company's members" (verified, current) and STAFF edit its co-production profile and answer its introductions. */
  isCompanyMember(viewer: Viewer, companyId: string, manager?: EntityManager): Promise<boolean> {
    return this.memberships.actsFor(viewer, companyId, manager);
  }

  /** Whether the viewer is STAFF or a current verified ADMIN of the company (who decides for it). */
  async isCompanyAdmin(viewer: Viewer, companyId: string, manager?: EntityManager): Promise<boolean> {
    if (viewer.level === 'STAFF') return true;
    if (viewer.level === 'ANONYMOUS') return false;
    return this.memberships.isMember(viewer.personId, companyId, { admin: true, manager });
  }

  async assertCompanyMember(viewer: Viewer, companyId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.isCompanyMember(viewer, companyId, manager)))
      throw AppError.forbidden("Only the company's members or STAFF may do this");
  }

  /** Companies the viewer currently belongs to. */
  companiesOf(viewer: Viewer): Promise<string[]> {
    return viewer.level === 'ANONYMOUS' ? Promise.resolve([]) : this.memberships.companiesOf(viewer.personId);
  }

  /** Named parameters (:name) → PostgreSQL positional ones, through the driver's own escaping. */
  bind(sql: string, params: Record<string, unknown>): [string, unknown[]] {
    return this.dataSource.driver.escapeQueryWithParameters(sql, params);
  }
}

export const viewerFromUser = (user: User | null | undefined): Viewer => viewerOf(user ?? undefined);
