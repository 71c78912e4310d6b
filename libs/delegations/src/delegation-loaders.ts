import { PerRequest } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Project } from '@crossroads/coproduction';
import { Delegation } from './delegation/delegation.entity';
import { DelegationMember } from './member/delegation-member.entity';

/** The delegation DataLoaders of one request. */
export class DelegationRequestLoaders {
  constructor(private readonly dataSource: DataSource) {}

  readonly delegation = new DataLoader<string, Delegation | null>(async (ids) => {
    const rows = await this.dataSource.getRepository(Delegation).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly project = new DataLoader<string, Project | null>(async (ids) => {
    const rows = await this.dataSource.getRepository(Project).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly membersOfDelegation = new DataLoader<string, DelegationMember[]>(async (ids) => {
    const rows = await this.dataSource
      .getRepository(DelegationMember)
      .find({ where: { delegationId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return ids.map((id) => rows.filter((row) => row.delegationId === id));
  });
}

/** Hands out one set of loaders per request (keyed by the request object). */
@Injectable()
export class DelegationLoaders {
  private readonly perRequest = new PerRequest(() => new DelegationRequestLoaders(this.dataSource));

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(request: object): DelegationRequestLoaders {
    return this.perRequest.for(request);
  }
}
