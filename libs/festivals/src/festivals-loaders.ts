import { PerRequest } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { FestivalEdition } from './edition/festival-edition.entity';
import { Festival } from './festival/festival.entity';
import { EditionFollow } from './follow/edition-follow.entity';

/** The festival DataLoaders of one request. */
export class FestivalRequestLoaders {
  constructor(private readonly dataSource: DataSource) {}

  readonly festival = new DataLoader<string, Festival | null>(async (ids) => {
    const rows = await this.dataSource.getRepository(Festival).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly editionsOfFestival = new DataLoader<string, FestivalEdition[]>(async (ids) => {
    const rows = await this.dataSource
      .getRepository(FestivalEdition)
      .find({ where: { festivalId: In([...ids]) }, order: { startsOn: 'ASC', id: 'ASC' } });
    return ids.map((id) => rows.filter((row) => row.festivalId === id));
  });

  readonly edition = new DataLoader<string, FestivalEdition | null>(async (ids) => {
    const rows = await this.dataSource.getRepository(FestivalEdition).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  private readonly followed = new Map<string, DataLoader<string, boolean>>();

  /** Whether this user follows each edition (one query per page of editions). */
  followedByUser(userId: string): DataLoader<string, boolean> {
    let loader = this.followed.get(userId);
    if (!loader) {
      loader = new DataLoader<string, boolean>(async (editionIds) => {
        const rows = await this.dataSource
          .getRepository(EditionFollow)
          .findBy({ userId, editionId: In([...editionIds]) });
        const followed = new Set(rows.map((row) => row.editionId));
        return editionIds.map((id) => followed.has(id));
      });
      this.followed.set(userId, loader);
    }
    return loader;
  }
}

/** Hands out one set of loaders per request (keyed by the request object). */
@Injectable()
export class FestivalLoaders {
  private readonly perRequest = new PerRequest(() => new FestivalRequestLoaders(this.dataSource));

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(request: object): FestivalRequestLoaders {
    return this.perRequest.for(request);
  }
}
