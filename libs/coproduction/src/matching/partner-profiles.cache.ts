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
  SELECT p.company_id, coalesce(p.subdivision, c.country) AS country, p.formats, p.genres, p.coproduction_countries, p.budget_min_eur,
         p.budget_max_eur, p.roles_offered, p.languages, p.track_record, p.seeks_projects,
         p.attending_edition_ids
    FROM coproduction_profile p JOIN company c ON c.id = p.company_id
   ORDER BY p.company_id`;

/**
 * Bumped by statement triggers on every profile write and on a company's change of country (see the migration):
 * a one-row read tells whether the cached view is still current, in every API replica, without invalidation
 * messages. The bump commits with the write, so a view is never tagged with a version it does not hold.
 */
const VERSION = `SELECT version::text AS version FROM coproduction_profiles_version WHERE id = 1`;

/**
 * The scorer's view of every co-production profile, kept in memory and reloaded with one query whenever the
 * version aggregate changes. Matching then scores in memory: no query per company.
 */
@Injectable()
export class PartnerProfilesCache {
  private version: string | null = null;
  private profiles: readonly PartnerProfile[] = [];
  private loading: { version: string; load: Promise<readonly PartnerProfile[]> } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async all(): Promise<readonly PartnerProfile[]> {
    const [{ version }] = (await this.dataSource.query(VERSION)) as { version: string }[];
    if (version === this.version) return this.profiles;
    // Concurrent requests that saw the same version share one load; a newer version starts its own.
    if (this.loading?.version !== version) {
      const load = this.load(version);
      this.loading = { version, load };
      load
        .finally(() => {
          if (this.loading?.load === load) this.loading = null;
        })
        .catch(() => undefined); // the callers get the rejection through `load`
    }
    return this.loading.load;
  }

  private async load(version: string): Promise<readonly PartnerProfile[]> {
    const rows = (await this.dataSource.query(LOAD)) as ProfileRow[];
    const profiles = rows.map(toPartnerProfile);
    // Rows read after the version was: they hold at least that version (a newer one reloads again).
    if (this.version === null || BigInt(version) > BigInt(this.version)) {
      this.profiles = profiles;
      this.version = version;
    }
    return profiles;
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
