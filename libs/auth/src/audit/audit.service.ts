import { ConnectionArgs, ConnectionShape, pageOf } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditEventType } from './audit-event.entity';

export interface AuditEntry {
  actorUserId?: string | null;
  subjectUserId?: string | null;
  email?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records an event, in the caller's transaction when given one. */
  async record(type: AuditEventType, entry: AuditEntry, manager: EntityManager = this.dataSource.manager) {
    await manager.insert(AuditEvent, {
      type,
      actorUserId: entry.actorUserId ?? null,
      subjectUserId: entry.subjectUserId ?? null,
      email: entry.email?.slice(0, 254) ?? null,
      ip: entry.ip?.slice(0, 64) ?? null,
      details: () => `'${JSON.stringify(entry.details ?? {}).replace(/'/g, "''")}'::jsonb`,
    });
  }

  async list(
    args: ConnectionArgs & { type?: AuditEventType; userId?: string },
  ): Promise<ConnectionShape<AuditEvent>> {
    const query = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .orderBy('event.createdAt', 'DESC')
      .addOrderBy('event.id', 'DESC');
    if (args.type) query.andWhere('event.type = :type', { type: args.type });
    if (args.userId) {
      query.andWhere('(event.actorUserId = :userId OR event.subjectUserId = :userId)', {
        userId: args.userId,
      });
    }
    return pageOf(query, args);
  }
}
