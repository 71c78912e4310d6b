import { AppError } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEventType } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../user/password-hasher';
import { UserStatus } from '../user/role.enum';
import { User } from '../user/user.entity';
import { UserService } from '../user/user.service';
import { backoffSeconds } from './login-backoff';

const INVALID = 'Invalid email or password';

/** Checks a login: per-account failure counting with growing waits, timing that does not reveal unknown emails. */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async check(email: string, password: string, ip: string | null): Promise<User> {
    if (
      typeof email !== 'string' ||
      typeof password !== 'string' ||
      email.length > 254 ||
      password.length > 128
    ) {
      throw AppError.unauthenticated(INVALID);
    }
    const user = await this.users.findByEmail(email);
    if (user?.lockedUntil && user.lockedUntil > new Date()) {
      const wait = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000);
      await this.audit.record(AuditEventType.LOGIN_THROTTLED, { subjectUserId: user.id, email, ip });
      throw AppError.rateLimited(`Too many failed logins for this account: try again in ${wait} s`);
    }
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid) {
      const failures = user ? await this.countFailure(user.id) : null;
      await this.audit.record(AuditEventType.LOGIN_FAILED, {
        subjectUserId: user?.id,
        email,
        ip,
        details: failures === null ? { reason: 'unknown email' } : { failures },
      });
      throw AppError.unauthenticated(INVALID);
    }
    if (user.status === UserStatus.DISABLED) {
      await this.audit.record(AuditEventType.LOGIN_FAILED, {
        subjectUserId: user.id,
        email,
        ip,
        details: { reason: 'disabled' },
      });
      throw AppError.forbidden('This account is disabled');
    }
    await this.dataSource.query(
      `UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`,
      [user.id],
    );
    await this.audit.record(AuditEventType.LOGIN_SUCCEEDED, {
      actorUserId: user.id,
      subjectUserId: user.id,
      ip,
    });
    return user;
  }

  /** Counts one failure atomically (aliased attempts in one request count one by one) and sets the wait. */
  private async countFailure(userId: string): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(User)
      .set({ failedLoginCount: () => 'failed_login_count + 1' })
      .where('id = :userId', { userId })
      .returning('failed_login_count')
      .execute();
    const failures = (result.raw as { failed_login_count: number }[])[0].failed_login_count;
    const wait = backoffSeconds(failures);
    if (wait > 0) {
      await this.dataSource.query(
        `UPDATE app_user SET locked_until = now() + make_interval(secs => $2) WHERE id = $1`,
        [userId, wait],
      );
    }
    return failures;
  }
}
