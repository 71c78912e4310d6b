import { ConnectionShape, pageRequest, toConnection } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DelegationHistoryArgs } from '../delegation/dto/delegation.inputs';
import { DelegationEvent } from './delegation-event.entity';

export type HistoryEntry = Pick<DelegationEvent, 'delegationId' | 'action'> &
  Partial<Pick<DelegationEvent, 'memberId' | 'fromStatus' | 'toStatus' | 'details'>>;

/** Writes each change of a delegation in the transaction that makes it, and reads them back in order. */
@Injectable()
export class DelegationHistory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, actorUserId: string | null, entry: HistoryEntry): Promise<void> {
    await manager
      .getRepository(DelegationEvent)
      .insert({ ...entry, details: (entry.details ?? {}) as never, actorUserId });
  }

  async list(args: DelegationHistoryArgs): Promise<ConnectionShape<DelegationEvent>> {
    const page = pageRequest(args);
    const [rows, total] = await this.dataSource.getRepository(DelegationEvent).findAndCount({
      where: { delegationId: args.delegationId },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return toConnection(rows, total, page);
  }
}
