import { User, viewerOf } from '@crossroads/auth';
import { AppError, ConnectionShape, isUniqueViolation, NotificationWriter, pageOf } from '@crossroads/core';
import { isMemberSql } from '@crossroads/directory';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ownerCondition, ProjectAccess, Viewer, viewerParams } from '../access/project-access';
import { ProjectService } from '../project/project.service';
import { IntroductionStatus } from '../shared/coproduction.enums';
import { IntroductionsArgs } from './dto/introduction.inputs';
import { Introduction, IntroductionEvent } from './introduction.entity';
import { tellIntroductionAnswered, tellIntroductionRequested } from './introduction-notices';

export interface IntroductionContact {
  name: string;
  email: string | null;
  phone: string | null;
}

/** The introductions a viewer is party to: as an owner of the project, or as a member of the company. */
function partyCondition(viewer: Viewer): string {
  if (viewer.level === 'STAFF') return 'true';
  return `(EXISTS (SELECT 1 FROM project p WHERE p.id = i.project_id AND ${ownerCondition('p')})
    OR ${isMemberSql('i.company_id', ':viewerPersonId')})`;
}

@Injectable()
export class IntroductionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projects: ProjectService,
    private readonly access: ProjectAccess,
    private readonly notifications: NotificationWriter,
  ) {}

  /** The project's team (or STAFF) asks to meet a company; one pending request per project and company. */
  async request(projectId: string, companyId: string, message: string, user: User): Promise<Introduction> {
    const viewer = viewerOf(user);
    const project = await this.projects.findOne({ id: projectId }, viewer);
    await this.access.assertOwner(viewer, projectId);
    if (project.ownerCompanyId === companyId)
      throw AppError.badInput('A project cannot be introduced to its own company', [
        { field: 'companyId', message: 'is the company that owns the project' },
      ]);
    const [company] = (await this.dataSource.query(`SELECT 1 FROM company WHERE id = $1`, [
      companyId,
    ])) as unknown[];
    if (!company) throw AppError.notFound('Company');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const introduction = await manager.getRepository(Introduction).save({
          projectId,
          companyId,
          message: message.trim(),
          requestedByUserId: user.id,
          status: IntroductionStatus.PENDING,
        });
        await manager.insert(IntroductionEvent, {
          introductionId: introduction.id,
          status: IntroductionStatus.PENDING,
          actorUserId: user.id,
        });
        await tellIntroductionRequested(this.notifications, manager, introduction, user.id);
        return introduction;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw AppError.conflict('An introduction to this company is already waiting for an answer');
      throw error;
    }
  }

  /** The company's members (or STAFF) accept or decline a pending introduction. */
  async answer(id: string, accept: boolean, response: string | undefined, user: User): Promise<Introduction> {
    const viewer = viewerOf(user);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Introduction);
      const introduction = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!introduction || !(await this.isParty(viewer, id))) throw AppError.notFound('Introduction');
      await this.access.assertCompanyMember(viewer, introduction.companyId, manager);
      // The company's consent is someone else's: the account that asked never answers, even as a member of it.
      if (introduction.requestedByUserId === user.id)
        throw AppError.forbidden('The account that asked for an introduction cannot answer it');
      if (introduction.status !== IntroductionStatus.PENDING)
        throw AppError.conflict(`This introduction was already ${introduction.status.toLowerCase()}`);
      const status = accept ? IntroductionStatus.ACCEPTED : IntroductionStatus.DECLINED;
      const saved = await repository.save(
        repository.merge(introduction, {
          status,
          response: response?.trim() || null,
          decidedByUserId: user.id,
          decidedAt: new Date(),
        }),
      );
      await manager.insert(IntroductionEvent, { introductionId: id, status, actorUserId: user.id });
      await tellIntroductionAnswered(this.notifications, manager, saved, await this.contactOf(user.id));
      return saved;
    });
  }

  async list(args: IntroductionsArgs, viewer: Viewer): Promise<ConnectionShape<Introduction>> {
    const query = this.dataSource
      .getRepository(Introduction)
      .createQueryBuilder('i')
      .where(partyCondition(viewer), viewerParams(viewer))
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id');
    if (args.projectId) query.andWhere('i.project_id = :projectId', { projectId: args.projectId });
    if (args.companyId) query.andWhere('i.company_id = :companyId', { companyId: args.companyId });
    if (args.status) query.andWhere('i.status = :status', { status: args.status });
    return pageOf(query, args);
  }

  history(introductionId: string): Promise<IntroductionEvent[]> {
    return this.dataSource
      .getRepository(IntroductionEvent)
      .find({ where: { introductionId }, order: { at: 'ASC', id: 'ASC' } });
  }

  /**
   * How to reach an account: its person's name, e-mail and phone when it owns a profile, else the account's name
   * and e-mail. Shown to both sides once an introduction is accepted, whatever the profile's visibility settings
   * (accepting is consenting to the exchange).
   */
  async contactOf(userId: string | null): Promise<IntroductionContact | null> {
    if (!userId) return null;
    const [row] = (await this.dataSource.query(
      `SELECT u.email AS account_email, u.display_name, p.first_name, p.last_name, p.email, p.phone
         FROM app_user u LEFT JOIN person p ON p.id = u.person_id WHERE u.id = $1`,
      [userId],
    )) as {
      account_email: string;
      display_name: string | null;
      first_name: string | null;
      last_name: string | null;
      email: string | null;
      phone: string | null;
    }[];
    if (!row) return null;
    const name = row.first_name
      ? `${row.first_name} ${row.last_name}`
      : (row.display_name ?? row.account_email);
    return { name, email: row.email ?? row.account_email, phone: row.phone };
  }

  private async isParty(viewer: Viewer, id: string): Promise<boolean> {
    const [sql, params] = this.access.bind(
      `SELECT 1 FROM introduction i WHERE i.id = :id AND ${partyCondition(viewer)}`,
      {
        id,
        ...viewerParams(viewer),
      },
    );
    return (await this.dataSource.query(sql, params)).length > 0;
  }
}
