import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PartnerProfile, PartnerRole } from './partner-scorer';

interface ProfileRow {
  company_id: string;
  country: string;
  formats: string[];
  genres: string[];
  coproduction_countries: string[];
  budget_min_eur: number | null;
  budget_max_eur: number | null;
  roles_offered: PartnerRole[];
  languages: string[];
  track_record: PartnerProfile['trackRecord'];
  seeks_projects: boolean;
  attending_edition_ids: string[];
}

const LOAD = `
  SELECT p.company_id, c.country, p.formats, p.genres, p.coproduction_countries, p.budget_min_eur,
         p.budget_max_eur, p.roles_offered, p.languages, p.track_record, p.seeks_projects,
         p.attending_edition_ids
    FROM coproduction_profile p JOIN company c ON c.id = p.company_id
   ORDER BY p.company_id`;

/**
 * Every profile changes `updated_at` (profile writes) or the row count (inserts, cascaded deletes); a company's
 * country lives on the company row. This cheap aggregate tells whether the cached view is still current, in every
 * API replica, without any invalidation message.
 */
const VERSION = `
  SELECT count(*)::int AS n, max(p.updated_at)::text AS profiles, max(c.updated_at)::text AS companies
    FROM coproduction_profile p JOIN company c ON c.id = p.company_id`;

/**
 * The scorer's view of every co-production profile, kept in memory and reloaded with one query whenever the
 * version aggregate changes. Matching then scores in memory: no query per company.
 */
@Injectable()
export class PartnerProfilesCache {
  private version: string | null = null;
  private profiles: readonly PartnerProfile[] = [];
  private loading: Promise<readonly PartnerProfile[]> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async all(): Promise<readonly PartnerProfile[]> {
    const [row] = (await this.dataSource.query(VERSION)) as {
      n: number;
      profiles: string;
      companies: string;
    }[];
    const version = `${row.n}|${row.profiles}|${row.companies}`;
    if (version === this.version) return this.profiles;
    this.loading ??= this.load(version).finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(version: string): Promise<readonly PartnerProfile[]> {
    const rows = (await this.dataSource.query(LOAD)) as ProfileRow[];
    this.profiles = rows.map(toPartnerProfile);
    this.version = version;
    return this.profiles;
  }
}

export function toPartnerProfile(row: ProfileRow): PartnerProfile {
  return {
    companyId: row.company_id,
    country: row.country,
    formats: row.formats,
    genres: row.genres,
    coproductionCountries: row.coproduction_countries,
    budgetMinEur: row.budget_min_eur,
    budgetMaxEur: row.budget_max_eur,
    rolesOffered: row.roles_offered,
    languages: row.languages,
    trackRecord: row.track_record,
    seeksProjects: row.seeks_projects,
    attendingEditionIds: row.attending_edition_ids,
  };
}
