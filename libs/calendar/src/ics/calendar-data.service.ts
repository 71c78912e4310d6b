import { DelegationMember, MemberStatus, whereInvitee } from '@crossroads/delegations';
import { AppError } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CalendarDelegationRow, CalendarEditionRow } from './calendar-rows';

/** Editions from this many days ago on: a feed keeps last season and everything ahead. */
const PAST_DAYS = 366;
/** However large the calendar grows, one feed stays a bounded response. */
const MAX_EDITIONS = 2000;

const EDITION_COLUMNS = `
  e.id, e.year, e.starts_on::text AS "startsOn", e.ends_on::text AS "endsOn", e.market_name AS "marketName",
  e.market_starts_on::text AS "marketStartsOn", e.market_ends_on::text AS "marketEndsOn",
  e.accreditation_deadline::text AS "accreditationDeadline", e.submission_deadline::text AS "submissionDeadline",
  e.estimated, e.cancelled, f.name AS "festivalName", f.slug AS "festivalSlug", f.city, f.country,
  e.calendar_revision + f.calendar_revision AS sequence`;

/** What the feeds list, read straight from the tables (one query per part, bounded). */
@Injectable()
export class CalendarDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every edition from last season on, in date order. */
  allEditions(): Promise<CalendarEditionRow[]> {
    return this.dataSource.query(
      `SELECT ${EDITION_COLUMNS}
         FROM festival_edition e JOIN festival f ON f.id = e.festival_id
        WHERE e.ends_on >= current_date - $1::int
        ORDER BY e.starts_on, f.name, e.id
        LIMIT $2`,
      [PAST_DAYS, MAX_EDITIONS],
    );
  }

  async edition(id: string): Promise<CalendarEditionRow> {
    const [row] = (await this.dataSource.query(
      `SELECT ${EDITION_COLUMNS} FROM festival_edition e JOIN festival f ON f.id = e.festival_id WHERE e.id = $1`,
      [id],
    )) as CalendarEditionRow[];
    if (!row) throw AppError.notFound('Festival edition');
    return row;
  }

  /** The editions the account follows, from last season on. */
  followedEditions(userId: string): Promise<CalendarEditionRow[]> {
    return this.dataSource.query(
      `SELECT ${EDITION_COLUMNS}
         FROM festival_edition e
         JOIN festival f ON f.id = e.festival_id
         JOIN festival_edition_follow fo ON fo.edition_id = e.id AND fo.user_id = $1
        WHERE e.ends_on >= current_date - $2::int
        ORDER BY e.starts_on, f.name, e.id
        LIMIT $3`,
      [userId, PAST_DAYS, MAX_EDITIONS],
    );
  }

  /**
   * The delegations the account is confirmed in: a member row it answers for (as a person, a company member or a
   * project owner, the invitations' rule) in the CONFIRMED state. One event per delegation.
   */
  async confirmedDelegations(account: {
    userId: string;
    personId: string | null;
  }): Promise<CalendarDelegationRow[]> {
    const query = this.dataSource
      .getRepository(DelegationMember)
      .createQueryBuilder('m')
      .innerJoin('delegation', 'd', 'd.id = m.delegation_id')
      .innerJoin('festival_edition', 'e', 'e.id = d.edition_id')
      .innerJoin('festival', 'f', 'f.id = e.festival_id')
      .where('m.status = :confirmed', { confirmed: MemberStatus.CONFIRMED })
      .andWhere('e.ends_on >= current_date - :pastDays::int', { pastDays: PAST_DAYS })
      .select('d.id', 'delegationId')
      .addSelect('d.name', 'name')
      .addSelect('e.id', 'editionId')
      .addSelect('f.name', 'festivalName')
      .addSelect('f.slug', 'festivalSlug')
      .addSelect('e.year', 'year')
      .addSelect('e.starts_on::text', 'startsOn')
      .addSelect('e.ends_on::text', 'endsOn')
      .addSelect('e.cancelled', 'cancelled')
      .addSelect('d.calendar_revision + e.calendar_revision + f.calendar_revision', 'sequence')
      .distinctOn(['d.id'])
      .orderBy('d.id')
      .limit(MAX_EDITIONS);
    return whereInvitee(query, account).getRawMany<CalendarDelegationRow>();
  }
}
