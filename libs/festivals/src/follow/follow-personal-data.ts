import { PersonalDataContributor, PersonalDataSection, PersonalDataSubject } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EditionFollow } from './edition-follow.entity';

/** The festivals' share: the editions an account follows. */
@Injectable()
@PersonalDataSection({ section: 'festivals', eraseOrder: 20 })
export class FollowPersonalData implements PersonalDataContributor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export({ userId }: PersonalDataSubject) {
    const follows = await this.dataSource.getRepository(EditionFollow).findBy({ userId });
    return { followedEditions: follows.map(({ editionId, createdAt }) => ({ editionId, createdAt })) };
  }

  async erase(manager: EntityManager, { userId }: PersonalDataSubject): Promise<void> {
    await manager.delete(EditionFollow, { userId });
  }
}
