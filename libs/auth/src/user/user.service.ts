import {
  AppError,
  ConnectionArgs,
  ConnectionShape,
  pageRequest,
  toConnection,
  isUniqueViolation,
} from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventType } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
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
      user.status = UserStatus.DISABLED;
      await manager.save(user);
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

  async changePassword(user: User, current: string, next: string, ip: string | null): Promise<void> {
    if (!(await this.hasher.verify(user.passwordHash, current))) {
      throw AppError.badInput('The current password is wrong', [
        { field: 'currentPassword', message: 'is wrong' },
      ]);
    }
    const passwordHash = await this.hasher.hash(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { passwordHash });
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

  private async lockedUser(manager: EntityManager, id: string): Promise<User> {
    const user = await manager
      .getRepository(User)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw AppError.notFound('User');
    return user;
  }
}
