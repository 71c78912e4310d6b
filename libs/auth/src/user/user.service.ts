import {
  AppError,
  ConnectionArgs,
  ConnectionShape,
  pageRequest,
  toConnection,
  isUniqueViolation,
  NotificationWriter,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventType } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { backoffSeconds } from '../session/login-backoff';
import { PasswordHasher } from './password-hasher';
import { hasAnyRole, Role, UserStatus } from './role.enum';
import { User } from './user.entity';

export interface NewUser {
  email: string;
  password: string;
  displayName?: string | null;
  roles?: Role[];
  status?: UserStatus;
}

@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly notifications: NotificationWriter,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(User);
  }

  findById(id: string): Promise<User | null> {
    return this.repository.findOneBy({ id });
  }

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager
      .getRepository(User)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
  }

  async create(input: NewUser, manager: EntityManager = this.dataSource.manager): Promise<User> {
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await manager.getRepository(User).save({
        email: input.email.trim(),
        passwordHash,
        displayName: input.displayName ?? null,
        roles: input.roles ?? [],
        status: input.status ?? UserStatus.PENDING,
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw AppError.conflict('An account with this email already exists');
      }
      throw error;
    }
  }

  /** What `register` answers for an address that already has an account: indistinguishable from a new one. */
  standIn(input: { email: string; displayName?: string | null }): User {
    return this.repository.create({
      id: randomUUID(),
      email: input.email.trim(),
      displayName: input.displayName ?? null,
      roles: [],
      status: UserStatus.PENDING,
      personId: null,
      createdAt: new Date(),
      updatedAt: new Date(),
      lastLoginAt: null,
    });
  }

  async list(args: ConnectionArgs & { status?: UserStatus }): Promise<ConnectionShape<User>> {
    const page = pageRequest(args);
    const [rows, total] = await this.repository.findAndCount({
      where: args.status ? { status: args.status } : {},
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return toConnection(rows, total, page);
  }

  /** PENDING → ACTIVE with the MEMBER role. */
  approve(id: string, actor: User, ip: string | null): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockedUser(manager, id);
      if (user.status !== UserStatus.PENDING)
        throw AppError.conflict(`The account is ${user.status}, not PENDING`);
      user.status = UserStatus.ACTIVE;
      user.roles = [...new Set([...user.roles, Role.MEMBER])];
      await manager.save(user);
      await this.audit.record(
        AuditEventType.USER_APPROVED,
        { actorUserId: actor.id, subjectUserId: id, ip },
        manager,
      );
      await this.notifications.notify(manager, [
        {
          recipientId: id,
          event: 'ACCOUNT_APPROVED',
          eventKey: `account-approved:${id}`,
          params: {},
          path: '/me',
        },
      ]);
      return user;
    });
  }

  setRoles(id: string, roles: Role[], actor: User, ip: string | null): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockedUser(manager, id);
      if (user.id === actor.id && !roles.includes(Role.ADMIN)) {
        throw AppError.conflict('You cannot remove your own ADMIN role');
      }
      const before = user.roles;
      user.roles = [...new Set(roles)];
      await manager.save(user);
      await this.audit.record(
        AuditEventType.ROLES_CHANGED,
        { actorUserId: actor.id, subjectUserId: id, ip, details: { before, after: user.roles } },
        manager,
      );
      return user;
    });
  }

  /** STAFF may disable members; only ADMIN may disable STAFF or ADMIN accounts. Their sessions end at once. */
  disable(id: string, actor: User, ip: string | null): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockedUser(manager, id);
      if (user.id === actor.id) throw AppError.conflict('You cannot disable your own account');
      if (hasAnyRole(user.roles, [Role.STAFF]) && !hasAnyRole(actor.roles, [Role.ADMIN])) {
        throw AppError.forbidden('Only an ADMIN can disable a STAFF or ADMIN account');
      }
      const refused = user.status === UserStatus.PENDING;
      user.status = UserStatus.DISABLED;
      await manager.save(user);
      // Disabling an account that was never approved is how staff refuse it: the applicant is told.
      if (refused)
        await this.notifications.notify(manager, [
          {
            recipientId: id,
            event: 'ACCOUNT_REFUSED',
            eventKey: `account-refused:${id}`,
            params: {},
            path: '/',
          },
        ]);
      await manager.query(
        `UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
        [id],
      );
      await this.audit.record(
        AuditEventType.USER_DISABLED,
        { actorUserId: actor.id, subjectUserId: id, ip },
        manager,
      );
      return user;
    });
  }

  /** Changes the password once the current one is checked (assertCurrentPassword), and ends every sign-in. */
  async changePassword(user: User, current: string, next: string, ip: string | null): Promise<void> {
    await this.assertCurrentPassword(user, current, ip, {
      field: 'currentPassword',
      operation: 'changePassword',
    });
    const passwordHash = await this.hasher.hash(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, {
        passwordHash,
        passwordChangeFailures: 0,
        passwordChangeLockedUntil: null,
      });
      await manager.query(
        `UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
        [user.id],
      );
      await this.audit.record(
        AuditEventType.PASSWORD_CHANGED,
        { actorUserId: user.id, subjectUserId: user.id, ip },
        manager,
      );
    });
  }

  /**
   * Checks the account's current password, asked again before a password change or an erasure, with back-off (a
   * stolen access token must not become a password oracle through either): wrong answers to both are counted
   * together, and after a few the account waits, doubling up to 15 minutes, even for the right one.
   */
  async assertCurrentPassword(
    user: User,
    password: string,
    ip: string | null,
    { field, operation }: { field: string; operation: 'changePassword' | 'deleteMyAccount' },
  ): Promise<void> {
    const locked = user.passwordChangeLockedUntil;
    if (locked && locked > new Date()) {
      const wait = Math.ceil((locked.getTime() - Date.now()) / 1000);
      throw AppError.rateLimited(`Too many wrong current passwords: try again in ${wait} s`);
    }
    if (await this.hasher.verify(user.passwordHash, password)) return;
    // An UPDATE … RETURNING answers [rows, affected count] through TypeORM's driver.
    const [rows] = (await this.dataSource.query(
      `UPDATE app_user SET password_change_failures = password_change_failures + 1 WHERE id = $1
       RETURNING password_change_failures AS failures`,
      [user.id],
    )) as [{ failures: number }[], number];
    const failures = rows[0]?.failures ?? 0;
    const wait = backoffSeconds(failures);
    if (wait > 0) {
      await this.dataSource.query(
        `UPDATE app_user SET password_change_locked_until = now() + make_interval(secs => $2) WHERE id = $1`,
        [user.id, wait],
      );
    }
    await this.audit.record(AuditEventType.PASSWORD_CHANGE_FAILED, {
      actorUserId: user.id,
      subjectUserId: user.id,
      ip,
      details: { failures, operation },
    });
    throw AppError.badInput('The current password is wrong', [{ field, message: 'is wrong' }]);
  }

  private async lockedUser(manager: EntityManager, id: string): Promise<User> {
    const user = await manager
      .getRepository(User)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw AppError.notFound('User');
    return user;
  }
}
