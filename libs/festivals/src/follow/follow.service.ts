import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { daysBetween, editionDeadlines, UpcomingDeadline } from '../edition/edition-deadlines';
import { EditionService, today } from '../edition/edition.service';
import { FestivalEdition } from '../edition/festival-edition.entity';
import { EditionFollow } from './edition-follow.entity';

@Injectable()
export class FollowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editions: EditionService,
  ) {}

  /** Following twice is the same as once. */
  async follow(userId: string, editionId: string): Promise<FestivalEdition> {
    const edition = await this.editions.findOne(editionId);
    await this.dataSource.getRepository(EditionFollow).upsert({ userId, editionId }, ['userId', 'editionId']);
    return edition;
  }

  async unfollow(userId: string, editionId: string): Promise<boolean> {
    const { affected } = await this.dataSource.getRepository(EditionFollow).delete({ userId, editionId });
    return (affected ?? 0) > 0;
  }

  /** Followed editions that have not ended, in date order. */
  async followed(userId: string): Promise<FestivalEdition[]> {
    return this.dataSource
      .getRepository(FestivalEdition)
      .createQueryBuilder('edition')
      .innerJoin(EditionFollow, 'follow', 'follow.editionId = edition.id AND follow.userId = :userId', {
        userId,
      })
      .where('edition.endsOn >= :today', { today: today() })
      .orderBy('edition.startsOn', 'ASC')
      .addOrderBy('edition.id', 'ASC')
      .getMany();
  }

  /** The coming steps of the followed editions, from today to `withinDays` ahead, earliest first. */
  async upcomingDeadlines(userId: string, withinDays: number): Promise<UpcomingDeadline[]> {
    const from = today();
    const editions = await this.followed(userId);
    return editions
      .flatMap((edition) =>
        editionDeadlines(edition).map((step) => ({
          ...step,
          editionId: edition.id,
          daysLeft: daysBetween(from, step.date),
        })),
      )
      .filter((step) => step.daysLeft >= 0 && step.daysLeft <= withinDays)
      .sort((a, b) => a.date.localeCompare(b.date) || a.editionId.localeCompare(b.editionId));
  }
}
