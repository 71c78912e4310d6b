import { NotificationWriter } from '@crossroads/core';
import { currentVerifiedMembership } from '@crossroads/directory';
import { EntityManager } from 'typeorm';
import { ownerCondition } from '../access/project-access';
import { IntroductionStatus } from '../shared/coproduction.enums';
import type { IntroductionContact } from './introduction.service';
import type { Introduction } from './introduction.entity';

async function names(manager: EntityManager, introduction: Introduction) {
  const [row] = (await manager.query(
    `SELECT c.name AS company_name, p.title AS project_title, p.slug AS project_slug, p.visibility
       FROM company c, project p WHERE c.id = $1 AND p.id = $2`,
    [introduction.companyId, introduction.projectId],
  )) as { company_name: string; project_title: string; project_slug: string; visibility: string }[];
  return row;
}

/**
 * A request goes to the company's current verified members, who answer it. They may not read a PRIVATE project
 * (`Introduction.project` is null for them), so its title stays out: the sentence says the project is not visible.
 */
export async function tellIntroductionRequested(
  writer: NotificationWriter,
  manager: EntityManager,
  introduction: Introduction,
  requesterId: string,
): Promise<void> {
  const row = await names(manager, introduction);
  await writer.notifyAccounts(
    manager,
    {
      sql: `SELECT u.id FROM app_user u JOIN affiliation a ON a.person_id = u.person_id
             WHERE a.company_id = $1 AND ${currentVerifiedMembership('a')} AND u.status = 'ACTIVE' AND u.id <> $2`,
      params: [introduction.companyId, requesterId],
    },
    {
      event: 'INTRODUCTION_REQUESTED',
      eventKey: `introduction-requested:${introduction.id}`,
      params: {
        companyName: row.company_name,
        ...(row.visibility === 'PRIVATE' ? { projectHidden: true } : { projectTitle: row.project_title }),
      },
      path: '/me/introductions',
    },
  );
}

/**
 * The answer goes to who asked while they still answer for the project (or are STAFF); if they have left it (its
 * team, its owner company), to those who answer for it now: an acceptance carries the contact of the member who
 * accepted, which is the project's to read, not a former member's.
 */
export async function tellIntroductionAnswered(
  writer: NotificationWriter,
  manager: EntityManager,
  introduction: Introduction,
  contact: IntroductionContact | null,
): Promise<void> {
  const row = await names(manager, introduction);
  const accepted = introduction.status === IntroductionStatus.ACCEPTED;
  await writer.notifyAccounts(
    manager,
    {
      sql: `WITH answering AS (
              SELECT u.id FROM app_user u, project p
               WHERE p.id = $1 AND u.status = 'ACTIVE'
                 AND ${ownerCondition('p', { userSql: 'u.id', personSql: 'u.person_id' })}
            ), requester AS (
              SELECT u.id FROM app_user u
               WHERE u.id = $2 AND u.status = 'ACTIVE'
                 AND (u.id IN (SELECT id FROM answering) OR 'STAFF' = ANY(u.roles))
            )
            SELECT id FROM (SELECT id FROM requester
                            UNION SELECT id FROM answering WHERE NOT EXISTS (SELECT 1 FROM requester)) told
             WHERE id IS DISTINCT FROM $3`,
      params: [introduction.projectId, introduction.requestedByUserId, introduction.decidedByUserId],
    },
    {
      event: accepted ? 'INTRODUCTION_ACCEPTED' : 'INTRODUCTION_DECLINED',
      eventKey: `introduction-answered:${introduction.id}`,
      params: {
        companyName: row.company_name,
        projectTitle: row.project_title,
        ...(accepted && contact && { contactName: contact.name, contactEmail: contact.email }),
      },
      path: '/me/introductions',
    },
  );
}
