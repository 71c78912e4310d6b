import { AppConfig, NotificationWriter, parisDate, ScheduledJob } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ownerCondition } from '../access/project-access';
import { Project } from '../project/project.entity';
import { toProjectProfile } from './partner-matching.service';
import { PartnerProfilesCache } from './partner-profiles.cache';
import { rankPartners } from './partner-scorer';

/** A new partner is worth telling from this score (0..100) up. */
export const NEW_PARTNER_MIN_SCORE = 60;
const NEW_PARTNERS_SHOWN = 5;

/** ISO week of a Paris date, e.g. `2026-W49`: one "new partners" notification per project and week. */
export function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(day.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((day.getTime() - firstThursday.getTime()) / 604_800_000);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Weekly, tells a project's owners about companies that fit it (the partner matcher, from NEW_PARTNER_MIN_SCORE)
 * and that are new in the last seven days: a company that joined, or one that declared it attends one of the
 * project's target editions.
 */
@Injectable()
export class NewPartnersJob extends ScheduledJob {
  protected readonly name = 'new partners';
  protected readonly lockKey = 7_304;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    config: AppConfig,
    private readonly profiles: PartnerProfilesCache,
    private readonly notifications: NotificationWriter,
  ) {
    super(dataSource, config);
  }

  protected async work(manager: EntityManager, now: Date): Promise<number> {
    const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
    const fresh = (await manager.query(
      `SELECT cp.company_id, c.name, c.created_at >= $1 AS joined, cp.attending_edition_ids
         FROM coproduction_profile cp JOIN company c ON c.id = cp.company_id
        WHERE cp.seeks_projects AND (c.created_at >= $1 OR cp.updated_at >= $1)`,
      [weekAgo],
    )) as { company_id: string; name: string; joined: boolean; attending_edition_ids: string[] }[];
    if (fresh.length === 0) return 0;
    const byId = new Map(fresh.map((row) => [row.company_id, row]));
    const partners = (await this.profiles.all()).filter((partner) => byId.has(partner.companyId));
    const projects = await manager.getRepository(Project).find();
    const ownerCountries = new Map(
      (
        (await manager.query(
          `SELECT p.id, c.country FROM project p JOIN company c ON c.id = p.owner_company_id`,
        )) as { id: string; country: string | null }[]
      ).map((row) => [row.id, row.country]),
    );
    const week = isoWeek(parisDate(now));
    let written = 0;
    for (const project of projects) {
      const targets = new Set(project.targetEditionIds);
      const candidates = partners.filter((partner) => {
        const row = byId.get(partner.companyId)!;
        return row.joined || row.attending_edition_ids.some((id) => targets.has(id));
      });
      if (candidates.length === 0) continue;
      // Every fitting company is counted; the best NEW_PARTNERS_SHOWN are named.
      const good = rankPartners(
        toProjectProfile(project, ownerCountries.get(project.id) ?? null),
        candidates,
        undefined,
        candidates.length,
      ).filter((match) => match.score >= NEW_PARTNER_MIN_SCORE);
      if (good.length === 0) continue;
      written += await this.notifications.notifyAccounts(
        manager,
        {
          sql: `SELECT u.id FROM app_user u JOIN project p ON p.id = $1
                 WHERE u.status = 'ACTIVE' AND ${ownerCondition('p', { userSql: 'u.id', personSql: 'u.person_id' })}`,
          params: [project.id],
        },
        {
          event: 'NEW_PARTNERS',
          eventKey: `new-partners:${project.id}:${week}`,
          params: {
            projectTitle: project.title,
            count: good.length,
            companyNames: good
              .slice(0, NEW_PARTNERS_SHOWN)
              .map((match) => byId.get(match.companyId)!.name)
              .join(', '),
          },
          path: `/projects/${project.slug}`,
        },
      );
    }
    return written;
  }
}
