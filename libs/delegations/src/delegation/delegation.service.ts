import { type Viewer } from '@crossroads/auth';
import { AppError, ConnectionShape, pageRequest, toConnection, frenchOrder } from '@crossroads/core';
import { FestivalEdition } from '@crossroads/festivals';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DelegationAction } from '../history/delegation-event.entity';
import { DelegationHistory } from '../history/delegation-history';
import { DelegationMember } from '../member/delegation-member.entity';
import { SEAT_HOLDING } from '../member/member-workflow';
import { Delegation } from './delegation.entity';
import { DelegationStatus } from './delegation.enums';
import { isStaff } from './delegation-viewer';
import { CreateDelegationInput, DelegationsArgs, UpdateDelegationInput } from './dto/delegation.inputs';

@Injectable()
export class DelegationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly history: DelegationHistory,
  ) {}

  /** STAFF see every delegation; others only the published ones. */
  async list(args: DelegationsArgs, viewer: Viewer): Promise<ConnectionShape<Delegation>> {
    const page = pageRequest(args);
    const query = this.dataSource
      .getRepository(Delegation)
      .createQueryBuilder('d')
      .innerJoin(FestivalEdition, 'e', 'e.id = d.editionId')
      .orderBy('e.startsOn', 'ASC')
      .addOrderBy(frenchOrder('d.name'), 'ASC')
      .addOrderBy('d.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit);
    if (args.editionId) query.andWhere('d.editionId = :editionId', { editionId: args.editionId });
    if (!isStaff(viewer)) query.andWhere('d.status = :published', { published: DelegationStatus.PUBLISHED });
    const [rows, total] = await query.getManyAndCount();
    return toConnection(rows, total, page);
  }

  /** A draft is STAFF-only: to anyone else it does not exist. */
  async findVisible(id: string, viewer: Viewer): Promise<Delegation> {
    const delegation = await this.dataSource.getRepository(Delegation).findOneBy({ id });
    if (!delegation || (!isStaff(viewer) && delegation.status !== DelegationStatus.PUBLISHED)) {
      throw AppError.notFound('Delegation');
    }
    return delegation;
  }

  async create(input: CreateDelegationInput, actorUserId: string): Promise<Delegation> {
    return this.dataSource.transaction(async (manager) => {
      const edition = await manager.findOneBy(FestivalEdition, { id: input.editionId });
      if (!edition) {
        throw AppError.badInput('Unknown festival edition', [
          { field: 'editionId', message: 'no such edition' },
        ]);
      }
      const delegation = await manager.getRepository(Delegation).save({
        editionId: input.editionId,
        name: input.name.trim(),
        audience: input.audience,
        capacity: input.capacity ?? null,
        notes: input.notes ?? null,
        createdByUserId: actorUserId,
      });
      await this.history.record(manager, actorUserId, {
        delegationId: delegation.id,
        action: DelegationAction.CREATED,
        details: { name: delegation.name, capacity: delegation.capacity, audience: delegation.audience },
      });
      return delegation;
    });
  }

  /** Capacity cannot drop below the seats already held (invited + confirmed); a published delegation stays published. */
  async update(id: string, input: UpdateDelegationInput, actorUserId: string): Promise<Delegation> {
    return this.dataSource.transaction(async (manager) => {
      const delegation = await this.lock(manager, id);
      if (input.status === DelegationStatus.DRAFT && delegation.status === DelegationStatus.PUBLISHED) {
        throw AppError.conflict('A published delegation cannot go back to draft');
      }
      if (input.capacity != null) {
        const held = await this.seatsHeld(manager, id);
        if (input.capacity < held) {
          throw AppError.conflict(`Capacity ${input.capacity} is below the ${held} seats already held`);
        }
      }
      const changed = Object.fromEntries(
        Object.entries({
          name: input.name?.trim(),
          status: input.status,
          audience: input.audience,
          capacity: input.capacity,
          notes: input.notes,
        }).filter(([key, value]) => value !== undefined && value !== delegation[key as keyof Delegation]),
      );
      if (Object.keys(changed).length === 0) return delegation;
      const saved = await manager.getRepository(Delegation).save({ ...delegation, ...changed });
      const published = changed.status === DelegationStatus.PUBLISHED;
      await this.history.record(manager, actorUserId, {
        delegationId: id,
        action: published ? DelegationAction.PUBLISHED : DelegationAction.UPDATED,
        // Notes are STAFF text: the history says they changed, not what they say.
        details: {
          fields: Object.keys(changed),
          ...('capacity' in changed && { capacity: changed.capacity }),
        },
      });
      return saved;
    });
  }

  /** Only a draft may be deleted: once invitations are out, the history must stay. */
  async remove(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const delegation = await this.lock(manager, id);
      if (delegation.status !== DelegationStatus.DRAFT) {
        throw AppError.conflict('Only a draft delegation can be deleted');
      }
      await manager.delete(Delegation, { id });
      return true;
    });
  }

  /** Locks the delegation row: member moves that count seats are serialised per delegation. */
  async lock(manager: EntityManager, id: string): Promise<Delegation> {
    const delegation = await manager
      .getRepository(Delegation)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!delegation) throw AppError.notFound('Delegation');
    return delegation;
  }

  async seatsHeld(manager: EntityManager, delegationId: string): Promise<number> {
    return manager
      .getRepository(DelegationMember)
      .createQueryBuilder('m')
      .where('m.delegationId = :delegationId', { delegationId })
      .andWhere('m.status IN (:...held)', { held: SEAT_HOLDING })
      .getCount();
  }
}
