import { AppError, ConnectionShape, pageRequest, toConnection } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Festival } from '../festival/festival.entity';
import { CalendarArgs } from './dto/calendar.args';
import { EditionDeadlinesInput } from './dto/edition-deadlines.input';
import { FestivalEdition } from './festival-edition.entity';

/** Today as YYYY-MM-DD in UTC: the calendar's notion of "upcoming". */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

@Injectable()
export class EditionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
      .addOrderBy('festival.name', 'ASC')
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
    const edition = await this.findOne(id);
    const fields = (['accreditationDeadline', 'submissionDeadline'] as const)
      .filter((field) => input[field] && input[field] > edition.endsOn)
      .map((field) => ({
        field,
        message: `must be on or before the edition's last day (${edition.endsOn})`,
      }));
    if (fields.length) throw AppError.badInput('A deadline falls after the edition', fields);
    const changes: Partial<FestivalEdition> = {};
    for (const field of ['accreditationDeadline', 'submissionDeadline', 'deadlinesSource'] as const)
      if (input[field] !== undefined) changes[field] = input[field];
    await this.dataSource.getRepository(FestivalEdition).update({ id }, changes);
    return this.findOne(id);
  }
}
