import {
  AppError,
  ConnectionShape,
  NotificationWriter,
  pageRequest,
  parisDate,
  toConnection,
  frenchOrder,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Festival } from '../festival/festival.entity';
import { CalendarArgs } from './dto/calendar.args';
import { EditionDatesInput } from './dto/edition-dates.input';
import { EditionDeadlinesInput } from './dto/edition-deadlines.input';
import { editionChangeNotice } from './edition-change-notice';
import { scheduleProblems } from './edition-dates.rules';
import { FestivalEdition } from './festival-edition.entity';

/**
 * Today as YYYY-MM-DD in Paris, the product's clock: the calendar's notion of "upcoming" and "past", and the day
 * `myDeadlines` counts from, the same as the deadline reminders'.
 */
export function today(): string {
  return parisDate(new Date());
}

@Injectable()
export class EditionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationWriter,
  ) {}

  /** Editions in date order (then by festival name), filtered by window, kinds and "not ended yet". */
  async calendar(args: CalendarArgs): Promise<ConnectionShape<FestivalEdition>> {
    if (args.from && args.to && args.from > args.to) {
      throw AppError.badInput('The window ends before it starts', [
        { field: 'to', message: 'must be on or after from' },
      ]);
    }
    if (args.upcoming && args.past) {
      throw AppError.badInput('An edition cannot be both upcoming and past', [
        { field: 'past', message: 'cannot be combined with upcoming' },
      ]);
    }
    const page = pageRequest(args);
    // The history reads backwards: the most recent past edition first.
    const direction = args.past ? 'DESC' : 'ASC';
    const query = this.dataSource
      .getRepository(FestivalEdition)
      .createQueryBuilder('edition')
      .innerJoin(Festival, 'festival', 'festival.id = edition.festivalId')
      .orderBy('edition.startsOn', direction)
      .addOrderBy(frenchOrder('festival.name'), 'ASC')
      .addOrderBy('edition.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit);
    if (args.upcoming) query.andWhere('edition.endsOn >= :today', { today: today() });
    if (args.past) query.andWhere('edition.endsOn < :today', { today: today() });
    if (args.from) query.andWhere('edition.endsOn >= :from', { from: args.from });
    if (args.to) query.andWhere('edition.startsOn <= :to', { to: args.to });
    if (args.kinds?.length) query.andWhere('festival.kinds && :kinds', { kinds: args.kinds });
    const [rows, total] = await query.getManyAndCount();
    return toConnection(rows, total, page);
  }

  async findOne(id: string): Promise<FestivalEdition> {
    const edition = await this.dataSource.getRepository(FestivalEdition).findOneBy({ id });
    if (!edition) throw AppError.notFound('Festival edition');
    return edition;
  }

  /** Staff set or clear an edition's deadlines; each must fall on or before the edition's last day. */
  async setDeadlines(id: string, input: EditionDeadlinesInput): Promise<FestivalEdition> {
    return this.changeSchedule(id, () => {
      const changes: Partial<FestivalEdition> = {};
      for (const field of ['accreditationDeadline', 'submissionDeadline', 'deadlinesSource'] as const)
        if (input[field] !== undefined) changes[field] = input[field];
      return changes;
    });
  }

  /** Staff correct an edition's dates; from then on the sourced reference no longer overwrites them. */
  async setDates(id: string, input: EditionDatesInput): Promise<FestivalEdition> {
    const required = (['startsOn', 'endsOn', 'estimated'] as const)
      .filter((field) => input[field] === null)
      .map((field) => ({ field, message: 'cannot be cleared' }));
    if (required.length) throw AppError.badInput('A required date is missing', required);
    return this.changeSchedule(id, () => {
      const changes: Partial<FestivalEdition> = { datesSetAt: new Date() };
      for (const field of ['startsOn', 'endsOn', 'marketStartsOn', 'marketEndsOn', 'estimated'] as const)
        if (input[field] !== undefined) Object.assign(changes, { [field]: input[field] });
      return changes;
    });
  }

  /**
   * One change of schedule, in one transaction: the edition locked, the result validated as a whole (nothing
   * written when it does not hold), then its followers told in the same transaction.
   */
  private async changeSchedule(
    id: string,
    changesOf: () => Partial<FestivalEdition>,
  ): Promise<FestivalEdition> {
    await this.dataSource.transaction(async (manager) => {
      const edition = await manager
        .getRepository(FestivalEdition)
        .createQueryBuilder('edition')
        .setLock('pessimistic_write')
        .where('edition.id = :id', { id })
        .getOne();
      if (!edition) throw AppError.notFound('Festival edition');
      const changes = changesOf();
      const after = { ...edition, ...changes };
      const problems = scheduleProblems(after, edition.year);
      if (problems.length) throw AppError.badInput('The dates do not hold together', problems);
      await manager.getRepository(FestivalEdition).update({ id }, changes);
      await this.tellFollowers(manager, edition, after);
    });
    return this.findOne(id);
  }

  private async tellFollowers(
    manager: EntityManager,
    before: FestivalEdition,
    after: FestivalEdition,
  ): Promise<void> {
    const festival = await manager.getRepository(Festival).findOneByOrFail({ id: before.festivalId });
    const notice = editionChangeNotice(
      { id: before.id, year: before.year, festivalName: festival.name, festivalSlug: festival.slug },
      before,
      after,
    );
    if (!notice) return;
    await this.notifications.notifyAccounts(
      manager,
      {
        sql: `SELECT f.user_id FROM festival_edition_follow f
                JOIN app_user u ON u.id = f.user_id AND u.status = 'ACTIVE' WHERE f.edition_id = $1`,
        params: [before.id],
      },
      notice,
    );
  }
}
