import { personSiteIdsSql } from '@crossroads/directory';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DashboardCount, DashboardEdition, DashboardWeek, StaffDashboard } from './dashboard.types';

type CountRow = { key: string; label_fr: string; label_en: string; count: string; demo_count: string };

const toCount = (row: CountRow): DashboardCount => ({
  key: row.key,
  labelFr: row.label_fr,
  labelEn: row.label_en,
  count: Number(row.count),
  demoCount: Number(row.demo_count),
});

/** The staff dashboard's aggregates: every number is counted by PostgreSQL, none in memory. */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async staffDashboard(): Promise<StaffDashboard> {
    const q = <T>(sql: string, params: unknown[] = []): Promise<T[]> => this.dataSource.query(sql, params);
    const [totals, byDepartment, byCraft, bySite, pending, weeks, editions, byFormat, byStage] =
      await Promise.all([
        q<{ members: string; demo: string }>(
          `SELECT count(*) AS members, count(*) FILTER (WHERE is_demo) AS demo FROM person`,
        ),
        q<CountRow>(
          `SELECT d.slug AS key, d.label_fr, d.label_en, count(DISTINCT p.id) AS count,
                count(DISTINCT p.id) FILTER (WHERE p.is_demo) AS demo_count
           FROM department d JOIN craft c ON c.department_slug = d.slug
           JOIN person_craft pc ON pc.craft_slug = c.slug JOIN person p ON p.id = pc.person_id
          GROUP BY d.slug, d.label_fr, d.label_en ORDER BY count DESC, d.slug`,
        ),
        q<CountRow>(
          `SELECT c.slug AS key, c.label_fr, c.label_en, count(*) AS count,
                count(*) FILTER (WHERE p.is_demo) AS demo_count
           FROM craft c JOIN person_craft pc ON pc.craft_slug = c.slug JOIN person p ON p.id = pc.person_id
          GROUP BY c.slug, c.label_fr, c.label_en ORDER BY count DESC, c.slug`,
        ),
        q<CountRow>(
          `SELECT s.id::text AS key, s.name AS label_fr, s.name AS label_en, count(*) AS count,
                count(*) FILTER (WHERE p.is_demo) AS demo_count
           FROM person p CROSS JOIN LATERAL ${personSiteIdsSql('p')} AS ps(site_id)
           JOIN site s ON s.id = ps.site_id
          GROUP BY s.id, s.name ORDER BY count DESC, s.name`,
        ),
        q<{ accounts: string; claims: string }>(
          `SELECT (SELECT count(*) FROM app_user WHERE status = 'PENDING') AS accounts,
                (SELECT count(*) FROM person_claim WHERE status = 'PENDING') AS claims`,
        ),
        q<{ week_start: string; accounts: string; claims: string }>(
          `WITH weeks AS (
           SELECT generate_series(date_trunc('week', now()) - interval '11 weeks', date_trunc('week', now()),
                                  interval '1 week') AS start)
         SELECT to_char(w.start, 'YYYY-MM-DD') AS week_start,
                (SELECT count(*) FROM app_user u WHERE u.status = 'PENDING'
                    AND u.created_at >= w.start AND u.created_at < w.start + interval '1 week') AS accounts,
                (SELECT count(*) FROM person_claim c WHERE c.status = 'PENDING'
                    AND c.created_at >= w.start AND c.created_at < w.start + interval '1 week') AS claims
           FROM weeks w ORDER BY w.start`,
        ),
        q<{
          id: string;
          name: string;
          year: number;
          starts_on: string;
          status: string | null;
          count: string;
        }>(
          `SELECT e.id, f.name, e.year, to_char(e.starts_on, 'YYYY-MM-DD') AS starts_on, m.status,
                count(m.id) AS count
           FROM festival_edition e JOIN festival f ON f.id = e.festival_id
           LEFT JOIN delegation d ON d.edition_id = e.id
           LEFT JOIN delegation_member m ON m.delegation_id = d.id
          WHERE e.ends_on >= current_date AND NOT e.cancelled
          GROUP BY e.id, f.name, e.year, e.starts_on, m.status
          ORDER BY e.starts_on, f.name, m.status`,
        ),
        q<CountRow>(
          `SELECT format AS key, format AS label_fr, format AS label_en, count(*) AS count,
                count(*) FILTER (WHERE is_demo) AS demo_count
           FROM project GROUP BY format ORDER BY count DESC, format`,
        ),
        q<CountRow>(
          `SELECT stage AS key, stage AS label_fr, stage AS label_en, count(*) AS count,
                count(*) FILTER (WHERE is_demo) AS demo_count
           FROM project GROUP BY stage ORDER BY count DESC, stage`,
        ),
      ]);

    const byEdition = new Map<string, DashboardEdition>();
    for (const row of editions) {
      let edition = byEdition.get(row.id);
      if (!edition) {
        edition = {
          editionId: row.id,
          festivalName: row.name,
          year: row.year,
          startsOn: row.starts_on,
          byStatus: [],
        };
        byEdition.set(row.id, edition);
      }
      if (row.status)
        edition.byStatus.push({
          key: row.status,
          labelFr: row.status,
          labelEn: row.status,
          count: Number(row.count),
          demoCount: 0,
        });
    }

    return {
      members: Number(totals[0].members),
      demoMembers: Number(totals[0].demo),
      membersByDepartment: byDepartment.map(toCount),
      membersByCraft: byCraft.map(toCount),
      membersBySite: bySite.map(toCount),
      pendingAccounts: Number(pending[0].accounts),
      pendingClaims: Number(pending[0].claims),
      pendingByWeek: weeks.map((row): DashboardWeek => ({
        weekStart: row.week_start,
        pendingAccounts: Number(row.accounts),
        pendingClaims: Number(row.claims),
      })),
      editions: [...byEdition.values()],
      projectsByFormat: byFormat.map(toCount),
      projectsByStage: byStage.map(toCount),
    };
  }
}
