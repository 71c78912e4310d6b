import type { User } from '@crossroads/auth';
import { ProjectFormat, ProjectService } from '@crossroads/coproduction';
import { AppError } from '@crossroads/core';
import { isMemberSql } from '@crossroads/directory';
import { Festival, FestivalEdition, FestivalKind } from '@crossroads/festivals';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Delegation } from '../delegation/delegation.entity';
import { DelegationAudience, MemberKind } from '../delegation/delegation.enums';
import { DelegationMember } from '../member/delegation-member.entity';
import { COMPANY_KINDS_FOR, DISCIPLINES_FOR, PERSON_KINDS_FOR, unionOf } from './festival-fit';
import { FestivalTarget, scoreCompany, scorePerson, scoreProject } from './suggestion-scorer';
import { DelegationSuggestion, DelegationSuggestionsArgs } from './suggestion.types';

/** In the region: a tenant of one of the sites, or a Nord (59) / Pas-de-Calais (62) postcode. */
const REGION_PLACE = `COALESCE(s.name, CASE WHEN x.postcode ~ '^(59|62)' THEN x.city END)`;

interface Row {
  id: string;
  kinds: string[];
  formats?: string[];
  region_place: string | null;
  matching_credits?: number;
  departments?: string[];
  credit_formats?: string[];
  programme_title?: string | null;
  discipline?: string | null;
  graduation_year?: number | null;
}

/**
 * Ranks the region's companies and people for a festival edition from the festival's kinds and formats
 * (see festival-fit.ts). SQL narrows the candidates; the pure scorer ranks and explains them.
 */
@Injectable()
export class SuggestionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projects: ProjectService,
  ) {}

  async suggest(args: DelegationSuggestionsArgs, user: User): Promise<DelegationSuggestion[]> {
    const edition = await this.dataSource.getRepository(FestivalEdition).findOneBy({ id: args.editionId });
    if (!edition) throw AppError.notFound('Festival edition');
    const festival = await this.dataSource
      .getRepository(Festival)
      .findOneByOrFail({ id: edition.festivalId });
    let audience = args.audience ?? DelegationAudience.PROFESSIONALS;
    let exclude: DelegationMember[] = [];
    if (args.delegationId) {
      const delegation = await this.dataSource.getRepository(Delegation).findOneBy({ id: args.delegationId });
      if (!delegation || delegation.editionId !== edition.id) {
        throw AppError.badInput('No such delegation to this edition', [
          { field: 'delegationId', message: 'not a delegation to this edition' },
        ]);
      }
      audience = args.audience ?? delegation.audience;
      exclude = await this.dataSource.getRepository(DelegationMember).findBy({ delegationId: delegation.id });
    }
    const target: FestivalTarget = {
      name: festival.name,
      kinds: festival.kinds as FestivalKind[],
      formats: festival.formats,
      year: edition.year,
    };
    const kinds = args.kinds?.length ? args.kinds : Object.values(MemberKind);
    const excluded = new Set(
      exclude.map((member) => member.personId ?? member.companyId ?? member.projectId),
    );
    const suggestions: DelegationSuggestion[] = [];
    if (kinds.includes(MemberKind.COMPANY) && audience === DelegationAudience.PROFESSIONALS) {
      for (const row of await this.companies(target)) {
        const scored = scoreCompany(target, {
          kinds: row.kinds,
          formats: row.formats ?? [],
          regionPlace: row.region_place,
          matchingCredits: Number(row.matching_credits ?? 0),
        });
        suggestions.push({ kind: MemberKind.COMPANY, id: row.id, ...scored });
      }
    }
    if (kinds.includes(MemberKind.PROJECT) && audience === DelegationAudience.PROFESSIONALS) {
      const projects = await this.projects.findVisible(user, { formats: target.formats as ProjectFormat[] });
      const places = await this.companyPlaces(
        projects.flatMap((p) => (p.ownerCompanyId ? [p.ownerCompanyId] : [])),
      );
      for (const project of projects) {
        const scored = scoreProject(target, {
          format: project.format,
          stage: project.stage,
          targetsEdition: project.targetEditionIds.includes(edition.id),
          regionPlace: project.ownerCompanyId ? (places.get(project.ownerCompanyId) ?? null) : null,
        });
        suggestions.push({ kind: MemberKind.PROJECT, id: project.id, ...scored });
      }
    }
    if (kinds.includes(MemberKind.PERSON)) {
      const rows =
        audience === DelegationAudience.STUDENTS ? await this.students(target) : await this.people(target);
      for (const row of rows) {
        const scored = scorePerson(
          target,
          {
            kinds: row.kinds,
            craftDepartments: row.departments ?? [],
            creditFormats: row.credit_formats ?? [],
            regionPlace: row.region_place,
            programme: row.discipline
              ? { title: row.programme_title ?? '', discipline: row.discipline }
              : null,
            graduationYear: row.graduation_year ?? null,
          },
          audience,
        );
        suggestions.push({ kind: MemberKind.PERSON, id: row.id, ...scored });
      }
    }
    return suggestions
      .filter((suggestion) => suggestion.score > 0 && !excluded.has(suggestion.id))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, args.first ?? 20);
  }

  /** The site or city of those companies that are in the region. */
  private async companyPlaces(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; region_place: string | null }[] = await this.dataSource.query(
      `SELECT x.id, ${REGION_PLACE} AS region_place FROM company x LEFT JOIN site s ON s.id = x.site_id
       WHERE x.id = ANY($1) AND x.country = 'FR'`,
      [ids],
    );
    return new Map(rows.flatMap((row) => (row.region_place ? [[row.id, row.region_place]] : [])));
  }

  /**
   * French companies of the region whose kinds or formats fit. A credit counts for the company it names only when
   * someone vouches for it: written by STAFF, an import or the seeder, or by a verified member of that company.
   */
  private companies(target: FestivalTarget): Promise<Row[]> {
    return this.dataSource.query(
      `SELECT x.id, x.kinds, x.formats, ${REGION_PLACE} AS region_place,
              (SELECT count(*)::int FROM credit cr WHERE cr.company_id = x.id AND cr.format = ANY($2)
                 AND (cr.source <> 'SELF' OR ${isMemberSql('x.id', 'cr.person_id')})) AS matching_credits
       FROM company x LEFT JOIN site s ON s.id = x.site_id
       WHERE x.country = 'FR' AND (x.site_id IS NOT NULL OR x.postcode ~ '^(59|62)')
         AND (x.kinds && $1 OR x.formats && $2)`,
      [unionOf(COMPANY_KINDS_FOR, target.kinds), target.formats],
    );
  }

  /** Professionals listed in the directory whose kinds fit the festival. */
  private people(target: FestivalTarget): Promise<Row[]> {
    return this.dataSource.query(
      `SELECT x.id, x.kinds, ${REGION_PLACE} AS region_place,
              ARRAY(SELECT DISTINCT c.department_slug FROM person_craft pc JOIN craft c ON c.slug = pc.craft_slug
                    WHERE pc.person_id = x.id) AS departments,
              ARRAY(SELECT cr.format FROM credit cr WHERE cr.person_id = x.id) AS credit_formats
       FROM person x LEFT JOIN site s ON s.id = x.site_id
       WHERE x.consent_directory AND NOT ('STUDENT' = ANY(x.kinds)) AND x.kinds && $1`,
      [unionOf(PERSON_KINDS_FOR, target.kinds)],
    );
  }

  /** Students listed in the directory whose programme's discipline fits the festival's formats. */
  private students(target: FestivalTarget): Promise<Row[]> {
    return this.dataSource.query(
      `SELECT x.id, x.kinds, x.graduation_year, pr.title AS programme_title, pr.discipline,
              COALESCE(s.name, sc.name) AS region_place,
              ARRAY(SELECT DISTINCT c.department_slug FROM person_craft pc JOIN craft c ON c.slug = pc.craft_slug
                    WHERE pc.person_id = x.id) AS departments
       FROM person x JOIN programme pr ON pr.id = x.programme_id JOIN school sc ON sc.id = pr.school_id
       LEFT JOIN site s ON s.id = sc.site_id
       WHERE x.consent_directory AND 'STUDENT' = ANY(x.kinds) AND pr.discipline = ANY($1)`,
      [unionOf(DISCIPLINES_FOR, target.formats)],
    );
  }
}
