import { User } from '@crossroads/auth';
import { AppError } from '@crossroads/core';
import { Company } from '@crossroads/directory';
import { EditionService, FestivalService } from '@crossroads/festivals';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Viewer, viewerOf, viewerParams, visibleCondition } from '../access/project-access';
import { CoproductionProfile } from '../profile/coproduction-profile.entity';
import { Project } from '../project/project.entity';
import { ProjectService } from '../project/project.service';
import { EditionAttendee, MatchCriterion, PartnerMatch, ProjectMatch } from './partner-match.types';
import { PartnerProfilesCache, toPartnerProfile } from './partner-profiles.cache';
import {
  MatchContext,
  PartnerMatchScore,
  PartnerProfile,
  ProjectProfile,
  rankPartners,
  rankProjects,
} from './partner-scorer';

/** The owner company's country, or France: the projects here come from the region. */
const DEFAULT_OWNER_COUNTRY = 'FR';

export function toProjectProfile(project: Project, ownerCountry: string | null): ProjectProfile {
  return {
    id: project.id,
    format: project.format,
    genres: project.genres,
    stage: project.stage,
    budgetEur: project.budgetEur,
    financingSecuredEur: project.financingSecuredEur,
    languages: project.languages,
    countriesSought: project.countriesSought,
    rolesSought: project.rolesSought,
    ownerCountry: ownerCountry ?? DEFAULT_OWNER_COUNTRY,
    fundsApplied: project.funds.map((fund) => fund.fund),
    ownerCompanyId: project.ownerCompanyId,
  };
}

const asViewer = (viewer: Viewer | User | null): Viewer =>
  viewer && 'level' in viewer ? viewer : viewerOf(viewer ?? undefined);

/** Partner matching: ranks companies for a project (and projects for a company) with the pure scorer. */
@Injectable()
export class PartnerMatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projects: ProjectService,
    private readonly profiles: PartnerProfilesCache,
    private readonly editions: EditionService,
    private readonly festivals: FestivalService,
  ) {}

  /**
   * The `first` best partner companies for a project the viewer may see (NOT_FOUND otherwise); with an edition,
   * partners attending it score higher and the forum's entry rules judge readiness.
   */
  async partnerMatches(
    projectId: string,
    editionId: string | null,
    first: number,
    viewer: User | Viewer | null,
  ): Promise<PartnerMatch[]> {
    const project = await this.projects.findOne({ id: projectId }, asViewer(viewer));
    const [context, ownerCountry, partners] = await Promise.all([
      this.context(editionId),
      this.ownerCountry(project.ownerCompanyId),
      this.profiles.all(),
    ]);
    const ranked = rankPartners(toProjectProfile(project, ownerCountry), partners, context, first);
    const companies = await this.companies(ranked.map((match) => match.companyId));
    return ranked.flatMap((match) => {
      const company = companies.get(match.companyId);
      return company ? [{ company, ...explained(match) }] : [];
    });
  }

  /** Reverse query: the projects the viewer may see that best fit a company (its own projects left out). */
  async projectMatches(
    companyId: string,
    first: number,
    viewer: User | Viewer | null,
  ): Promise<ProjectMatch[]> {
    const v = asViewer(viewer);
    const partner = await this.partnerOf(companyId);
    const rows = (await this.dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .leftJoin(Company, 'c', 'c.id = p.owner_company_id')
      .addSelect('c.country', 'owner_country')
      .where(visibleCondition(v, 'p'), viewerParams(v))
      .getRawAndEntities()) as { entities: Project[]; raw: { p_id: string; owner_country: string | null }[] };
    // Paired by id, not by position: getRawAndEntities() de-duplicates entities, so raw[i] need not be entities[i].
    const countryOf = new Map(rows.raw.map((row) => [row.p_id, row.owner_country]));
    const byId = new Map(rows.entities.map((project) => [project.id, project]));
    const profiles = rows.entities.map((project) =>
      toProjectProfile(project, countryOf.get(project.id) ?? null),
    );
    return rankProjects(partner, profiles, undefined, first).map((match) => ({
      project: byId.get(match.projectId)!,
      ...explained(match),
    }));
  }

  /** The companies with a co-production profile that attend an edition, by name. */
  async attendingCompanies(editionId: string): Promise<EditionAttendee[]> {
    await this.editions.findOne(editionId);
    const profiles = await this.dataSource
      .getRepository(CoproductionProfile)
      .createQueryBuilder('p')
      .where(':editionId = ANY(p.attending_edition_ids)', { editionId })
      .getMany();
    const companies = await this.companies(profiles.map((profile) => profile.companyId));
    return profiles
      .flatMap((profile) => {
        const company = companies.get(profile.companyId);
        return company ? [{ company, profile }] : [];
      })
      .sort((a, b) => a.company.name.localeCompare(b.company.name) || (a.company.id < b.company.id ? -1 : 1));
  }

  private async context(editionId: string | null): Promise<MatchContext | undefined> {
    if (!editionId) return undefined;
    const edition = await this.editions.findOne(editionId);
    const festival = await this.festivals.findOne({ id: edition.festivalId });
    return {
      edition: { id: edition.id, festivalSlug: festival.slug, name: `${festival.name} ${edition.year}` },
    };
  }

  /** The owner company's region when its co-production profile names one (e.g. FR-HDF), else its country. */
  private async ownerCountry(companyId: string | null): Promise<string | null> {
    if (!companyId) return null;
    const [row] = (await this.dataSource.query(
      `SELECT coalesce(p.subdivision, c.country) AS country
         FROM company c LEFT JOIN coproduction_profile p ON p.company_id = c.id
        WHERE c.id = $1`,
      [companyId],
    )) as { country: string }[];
    return row?.country ?? null;
  }

  /** A company's scorer profile; without a co-production profile, only its country and formats are known. */
  private async partnerOf(companyId: string): Promise<PartnerProfile> {
    const company = await this.dataSource.getRepository(Company).findOneBy({ id: companyId });
    if (!company) throw AppError.notFound('Company');
    const profile = await this.dataSource.getRepository(CoproductionProfile).findOneBy({ companyId });
    if (profile) {
      return toPartnerProfile({
        company_id: companyId,
        country: profile.subdivision ?? company.country,
        formats: profile.formats,
        genres: profile.genres,
        coproduction_countries: profile.coproductionCountries,
        budget_min_eur: profile.budgetMinEur,
        budget_max_eur: profile.budgetMaxEur,
        roles_offered: profile.rolesOffered,
        languages: profile.languages,
        track_record: profile.trackRecord,
        seeks_projects: profile.seeksProjects,
        attending_edition_ids: profile.attendingEditionIds,
      });
    }
    return {
      companyId,
      country: company.country,
      formats: company.formats,
      genres: [],
      coproductionCountries: [],
      budgetMinEur: null,
      budgetMaxEur: null,
      rolesOffered: [],
      languages: [],
      trackRecord: [],
      seeksProjects: false,
      attendingEditionIds: [],
    };
  }

  private async companies(ids: string[]): Promise<Map<string, Company>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Company).findBy({ id: In(ids) });
    return new Map(rows.map((company) => [company.id, company]));
  }
}

function explained(match: PartnerMatchScore) {
  return {
    score: match.score,
    reasons: match.reasons.map(({ reason, ...rest }) => ({
      ...rest,
      criterion: rest.criterion as MatchCriterion,
      code: reason.code,
      params: reason.params,
    })),
    // Worded in the language asked by MatchReasonResolver.
    missing: match.missing,
    missingCodes: match.missing,
  };
}
