import {
  OutboxWriter,
  PersonalDataContributor,
  PersonalDataSection,
  PersonalDataSubject,
} from '@crossroads/core';
import { MembershipService } from '@crossroads/directory';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ownerCondition, ProjectAccess } from '../access/project-access';
import { Introduction, IntroductionEvent } from '../introduction/introduction.entity';
import { CoproductionProfile } from '../profile/coproduction-profile.entity';
import { Project, ProjectTeamMember } from '../project/project.entity';

const ERASED = '(erased at the author’s request)';

/**
 * Co-production's share: the projects the account created or whose team holds its person, the introductions it
 * asked for or answered, and the profiles of the companies its person works for. Runs before the directory
 * erases the person (team rows go with the person).
 */
@Injectable()
@PersonalDataSection({ section: 'coproduction', eraseOrder: 5 })
export class CoproductionPersonalData implements PersonalDataContributor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly memberships: MembershipService,
    private readonly access: ProjectAccess,
  ) {}

  async export({ userId, personId }: PersonalDataSubject) {
    const manager = this.dataSource.manager;
    const teamRows = personId ? await manager.findBy(ProjectTeamMember, { personId }) : [];
    // A company's project the account created but no longer owns (it left the company) is the company's: the
    // export says it was created, not what the company has written in it since.
    const [ownedSql, ownedParams] = this.access.bind(
      `SELECT p.id, p.created_at AS "createdAt", ${ownerCondition('p')} AS owned FROM project p
        WHERE p.created_by_user_id = :viewerUserId ORDER BY p.created_at, p.id`,
      { viewerUserId: userId, viewerPersonId: personId },
    );
    const created = (await manager.query(ownedSql, ownedParams)) as {
      id: string;
      createdAt: Date;
      owned: boolean;
    }[];
    const projectIds = [
      ...new Set([
        ...created.filter((row) => row.owned).map((row) => row.id),
        ...teamRows.map((row) => row.projectId),
      ]),
    ];
    const projects = projectIds.length
      ? await manager.find(Project, { where: { id: In(projectIds) }, order: { createdAt: 'ASC' } })
      : [];
    const introductions = await manager.find(Introduction, {
      where: [{ requestedByUserId: userId }, { decidedByUserId: userId }],
      order: { createdAt: 'ASC' },
    });
    const companies = await this.memberships.companiesOf(personId);
    const profiles = companies.length
      ? await manager.findBy(CoproductionProfile, { companyId: In(companies) })
      : [];
    return {
      projects: projects.map((project) => ({
        ...project,
        createdByMe: project.createdByUserId === userId,
        myRoles: teamRows.filter((row) => row.projectId === project.id).map((row) => row.role),
      })),
      projectsCreatedForACompanyILeft: created
        .filter((row) => !projectIds.includes(row.id))
        .map(({ id, createdAt }) => ({ id, createdAt })),
      // Other accounts' ids stay on the server: the export says whether it was this account or someone else.
      introductions: introductions.map(({ requestedByUserId, decidedByUserId, ...introduction }) => ({
        ...introduction,
        requestedBy: requestedByUserId === userId ? 'you' : requestedByUserId ? 'another account' : null,
        decidedBy: decidedByUserId === userId ? 'you' : decidedByUserId ? 'another account' : null,
      })),
      profilesOfMyCompanies: profiles,
    };
  }

  /**
   * Projects the account created that have no other owner (no other team member, no owner company) are deleted
   * with their introductions; other projects stay with their team. Messages the account wrote are erased from
   * introductions, whose history stays for the other side.
   */
  async erase(manager: EntityManager, { userId, personId }: PersonalDataSubject): Promise<void> {
    const orphans = (await manager.query(
      `SELECT p.id FROM project p
        WHERE p.created_by_user_id = $1 AND p.owner_company_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM project_team_member tm
                           WHERE tm.project_id = p.id AND tm.person_id IS DISTINCT FROM $2::uuid)`,
      [userId, personId],
    )) as { id: string }[];
    const ids = orphans.map((row) => row.id);
    if (ids.length) {
      await manager.delete(Project, { id: In(ids) });
      await this.outbox.enqueue(manager, 'project', ids);
    }
    await manager.update(
      Introduction,
      { requestedByUserId: userId },
      { message: ERASED, requestedByUserId: null },
    );
    await manager
      .createQueryBuilder()
      .update(Introduction)
      .set({
        response: () => `CASE WHEN response IS NULL THEN NULL ELSE '${ERASED}' END`,
        decidedByUserId: null,
      })
      .where('decided_by_user_id = :userId', { userId })
      .execute();
    await manager.update(IntroductionEvent, { actorUserId: userId }, { actorUserId: null });
  }
}
