import { PersonalDataContributor, PersonalDataRegistry, PersonalDataSubject } from '@crossroads/core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EditionFollow } from './edition-follow.entity';

/** The festivals' share: the editions an account follows. */
@Injectable()
export class FollowPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'festivals';
  readonly eraseOrder = 20;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export({ userId }: PersonalDataSubject) {
    const follows = await this.dataSource.getRepository(EditionFollow).findBy({ userId });
    return { followedEditions: follows.map(({ editionId, createdAt }) => ({ editionId, createdAt })) };
  }

  async erase(manager: EntityManager, { userId }: PersonalDataSubject): Promise<void> {
    await manager.delete(EditionFollow, { userId });
  }
}
