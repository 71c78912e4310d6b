import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { FestivalEdition } from './edition/festival-edition.entity';
import { Festival } from './festival/festival.entity';

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
      .find({ where: { festivalId: In([...ids]) }, order: { startsOn: 'ASC' } });
    return ids.map((id) => rows.filter((row) => row.festivalId === id));
  });

  readonly edition = new DataLoader<string, FestivalEdition | null>(async (ids) => {
    const rows = await this.dataSource.getRepository(FestivalEdition).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Hands out one set of loaders per request (keyed by the request object). */
@Injectable()
export class FestivalLoaders {
  private readonly perRequest = new WeakMap<object, FestivalRequestLoaders>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(request: object): FestivalRequestLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) this.perRequest.set(request, (loaders = new FestivalRequestLoaders(this.dataSource)));
    return loaders;
  }
}
