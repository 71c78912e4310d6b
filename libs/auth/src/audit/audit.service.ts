import { AppConfig, ConnectionArgs, ConnectionShape, pageOf } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditEventType } from './audit-event.entity';

export interface AuditEntry {
  actorUserId?: string | null;
  subjectUserId?: string | null;
  /** The email given; kept in clear only beside the account that holds it (`subjectUserId`). */
  email?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * Records an event, in the caller's transaction when given one. An email no account holds (a failed login with
   * an unknown address: a typo, or an address tried from a list) belongs to someone who never signed up: it is not
   * stored, only its keyed digest (`details.emailKey`), so STAFF still see repeated attempts at one address.
   */
  async record(type: AuditEventType, entry: AuditEntry, manager: EntityManager = this.dataSource.manager) {
    const unknownEmail = entry.email && !entry.subjectUserId ? entry.email : null;
    const details = unknownEmail
      ? { ...entry.details, emailKey: this.emailKey(unknownEmail) }
      : (entry.details ?? {});
    await manager.insert(AuditEvent, {
      type,
      actorUserId: entry.actorUserId ?? null,
      subjectUserId: entry.subjectUserId ?? null,
      email: unknownEmail ? null : (entry.email?.slice(0, 254) ?? null),
      ip: entry.ip?.slice(0, 64) ?? null,
      details: () => `'${JSON.stringify(details).replace(/'/g, "''")}'::jsonb`,
    });
  }

  /**
   * The same address (whatever its case and surrounding spaces) gives the same key; without the server's secret
   * nobody can compute it from a list of addresses. Derived from JWT_SECRET under its own label (as unsubscribe
   * links are): a new secret starts new keys.
   */
  private emailKey(email: string): string {
    return createHmac('sha256', `audit-email:${this.config.jwtSecret}`)
      .update(email.trim().toLowerCase())
      .digest('base64url')
      .slice(0, 22);
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
