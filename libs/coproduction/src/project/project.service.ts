import { User } from '@crossroads/auth';
import {
  AppError,
  ConnectionShape,
  FieldProblem,
  OutboxWriter,
  pageOf,
  pageRequest,
  toConnection,
  assertValid,
  byIdOrSlug,
  Lookup,
  opaqueSlug,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  ownerCondition,
  ProjectAccess,
  Viewer,
  viewerOf,
  viewerParams,
  visibleCondition,
} from '../access/project-access';
import { ProjectFormat, ProjectVisibility } from '../shared/coproduction.enums';
import { ProjectInput, ProjectsArgs } from './dto/project.inputs';
import { normaliseGenres, projectFields, projectInputProblems } from './project-input.rules';
import { Project, ProjectTeamMember } from './project.entity';

@Injectable()
export class ProjectService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly access: ProjectAccess,
  ) {}

  /** Projects the viewer may see, newest first; private ones only for their team and STAFF. */
  async list(args: ProjectsArgs, viewer: Viewer): Promise<ConnectionShape<Project>> {
    const filter = args.filter ?? {};
    const query = this.dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .where(visibleCondition(viewer, 'p'), viewerParams(viewer))
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id');
    if (filter.formats?.length) query.andWhere('p.format IN (:...formats)', { formats: filter.formats });
    if (filter.stages?.length) query.andWhere('p.stage IN (:...stages)', { stages: filter.stages });
    if (filter.genres?.length)
      query.andWhere('p.genres && :genres', { genres: normaliseGenres(filter.genres) });
    if (filter.countriesSought?.length)
      query.andWhere('p.countries_sought && :countries', {
        countries: filter.countriesSought.map((c) => c.toUpperCase()),
      });
    if (filter.ownerCompanyId)
      query.andWhere('p.owner_company_id = :owner', { owner: filter.ownerCompanyId });
    if (filter.mine) {
      if (viewer.level === 'ANONYMOUS') return toConnection([], 0, pageRequest(args));
      query.andWhere(ownerCondition('p'));
    }
    return pageOf(query, args);
  }

  /** Every project the viewer may see, of these formats (all formats when empty), newest first. */
  async findVisible(
    viewer: Viewer | User | null,
    options: { formats?: ProjectFormat[]; limit?: number } = {},
  ): Promise<Project[]> {
    const v = asViewer(viewer);
    const query = this.dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .where(visibleCondition(v, 'p'), viewerParams(v))
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id')
      .take(Math.min(Math.max(options.limit ?? 1000, 1), 10_000));
    if (options.formats?.length) query.andWhere('p.format IN (:...formats)', { formats: options.formats });
    return query.getMany();
  }

  /** A project the viewer may see; NOT_FOUND otherwise (a private project's existence is not revealed). */
  async findOne(lookup: Lookup, viewer: Viewer | User | null): Promise<Project> {
    const v = asViewer(viewer);
    const where = byIdOrSlug(lookup);
    const project = await this.dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .where('id' in where ? 'p.id = :id' : 'p.slug = :slug', where)
      .andWhere(visibleCondition(v, 'p'), viewerParams(v))
      .getOne();
    if (!project) throw AppError.notFound('Project');
    return project;
  }

  async create(input: ProjectInput, user: User): Promise<Project> {
    assertValid([
      !input.title && { field: 'title', message: 'is required' },
      !input.format && { field: 'format', message: 'is required' },
      !input.stage && { field: 'stage', message: 'is required' },
    ]);
    const viewer = viewerOf(user);
    return this.dataSource.transaction(async (manager) => {
      const fields = await this.validated(manager, input, null, viewer);
      const slug = await opaqueSlug(manager, 'project', input.title!);
      const project = await manager
        .getRepository(Project)
        .save({ visibility: ProjectVisibility.PRIVATE, ...fields, slug, createdByUserId: user.id });
      await this.replaceTeam(manager, project.id, input.team);
      await this.outbox.enqueue(manager, 'project', [project.id]);
      return project;
    });
  }

  async update(id: string, input: ProjectInput, user: User): Promise<Project> {
    const viewer = viewerOf(user);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Project);
      const project = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!project || !(await this.access.isOwner(viewer, id, manager))) {
        // Not an owner: a project they cannot see is NOT_FOUND, one they can see is FORBIDDEN.
        if (project && (await this.canSee(viewer, id, manager)))
          await this.access.assertOwner(viewer, id, manager);
        throw AppError.notFound('Project');
      }
      await this.assertKeepsItsOwners(manager, input, project, viewer);
      const fields = await this.validated(manager, input, project, viewer);
      const saved = await repository.save(repository.merge(project, fields));
      await this.replaceTeam(manager, id, input.team);
      await this.outbox.enqueue(manager, 'project', [id]);
      return saved;
    });
  }

  async remove(id: string, user: User): Promise<boolean> {
    const viewer = viewerOf(user);
    return this.dataSource.transaction(async (manager) => {
      const exists = await manager.getRepository(Project).existsBy({ id });
      if (!exists || !(await this.canSee(viewer, id, manager))) throw AppError.notFound('Project');
      await this.access.assertOwner(viewer, id, manager);
      await manager.delete(Project, { id });
      await this.outbox.enqueue(manager, 'project', [id]);
      return true;
    });
  }

  /**
   * Ownership that comes from a company membership ends with it (revoked, left, ended by date), so it must not turn
   * itself into a lasting one. Having created a company's project is such an ownership too: its creator owns it only
   * while a verified member (`ownerCondition`). So a MEMBER (STAFF excepted) adds their own person to the team of a
   * company's project only as a verified ADMIN of that company (who may take the project from the company anyway)
   * or when already on it; on a project without a company, only its creator does. (The team given at creation is
   * the creator's to write: the credits the company's owners see and may change.) Nobody but the creator of a
   * project without a company, an admin of its company or STAFF takes it away from its company (to another company
   * or to none): otherwise any plain member could keep a company's private project after leaving, or carry it off
   * to a company of their own.
   */
  private async assertKeepsItsOwners(
    manager: EntityManager,
    input: ProjectInput,
    current: Project,
    viewer: Viewer,
  ): Promise<void> {
    if (viewer.level !== 'MEMBER') return;
    const companyId = current.ownerCompanyId;
    if (!companyId && current.createdByUserId === viewer.userId) return;
    let admin: boolean | undefined;
    const isAdmin = async () =>
      (admin ??= companyId ? await this.access.isCompanyAdmin(viewer, companyId, manager) : false);
    const me = viewer.personId;
    if (me && input.team?.some((member) => member.personId === me)) {
      const [already] = (await manager.query(
        `SELECT 1 FROM project_team_member WHERE project_id = $1 AND person_id = $2`,
        [current.id, me],
      )) as unknown[];
      if (!already && !(await isAdmin()))
        throw AppError.forbidden(
          companyId
            ? "Only an admin of the project's company or STAFF add you to its team"
            : "Another owner of the project or STAFF add you to the project's team",
        );
    }
    const moved =
      input.ownerCompanyId !== undefined && (input.ownerCompanyId ?? null) !== current.ownerCompanyId;
    if (moved && companyId && !(await isAdmin()))
      throw AppError.forbidden(
        "Only an admin of the project's company or STAFF take it away from its company",
      );
  }

  private async canSee(viewer: Viewer, id: string, manager: EntityManager): Promise<boolean> {
    const [sql, params] = this.access.bind(
      `SELECT 1 FROM project p WHERE p.id = :id AND ${visibleCondition(viewer, 'p')}`,
      { id, ...viewerParams(viewer) },
    );
    return (await manager.query(sql, params)).length > 0;
  }

  private async replaceTeam(
    manager: EntityManager,
    projectId: string,
    team: ProjectInput['team'],
  ): Promise<void> {
    if (!team) return;
    await manager.delete(ProjectTeamMember, { projectId });
    if (team.length)
      await manager.insert(
        ProjectTeamMember,
        team.map((member) => ({ projectId, personId: member.personId, role: member.role.trim() })),
      );
  }

  /** Cross-field and reference checks; every problem is reported at once and nothing is written. */
  private async validated(
    manager: EntityManager,
    input: ProjectInput,
    current: Project | null,
    viewer: Viewer,
  ): Promise<Partial<Project>> {
    const { team } = input;
    const problems: (FieldProblem | null | false)[] = [...projectInputProblems(input, current)];
    if (input.targetEditionIds?.length) {
      const found = (await manager.query(`SELECT id FROM festival_edition WHERE id = ANY($1::uuid[])`, [
        input.targetEditionIds,
      ])) as { id: string }[];
      const known = new Set(found.map((row) => row.id));
      input.targetEditionIds.forEach((id, i) => {
        if (!known.has(id))
          problems.push({ field: `targetEditionIds.${i}`, message: 'unknown festival edition' });
      });
    }
    if (team?.length) {
      const found = (await manager.query(`SELECT id FROM person WHERE id = ANY($1::uuid[])`, [
        team.map((member) => member.personId),
      ])) as { id: string }[];
      const known = new Set(found.map((row) => row.id));
      team.forEach((member, i) => {
        if (!known.has(member.personId))
          problems.push({ field: `team.${i}.personId`, message: 'unknown person' });
      });
    }
    if (input.ownerCompanyId && input.ownerCompanyId !== current?.ownerCompanyId) {
      const [company] = (await manager.query(`SELECT 1 FROM company WHERE id = $1`, [
        input.ownerCompanyId,
      ])) as unknown[];
      if (!company) problems.push({ field: 'ownerCompanyId', message: 'unknown company' });
      else if (!(await this.access.isCompanyMember(viewer, input.ownerCompanyId, manager)))
        problems.push({ field: 'ownerCompanyId', message: 'you are not affiliated with this company' });
    }
    assertValid(problems);
    return projectFields(input);
  }
}

function asViewer(viewer: Viewer | User | null): Viewer {
  if (viewer && 'level' in viewer) return viewer;
  return viewerOf(viewer ?? undefined);
}
