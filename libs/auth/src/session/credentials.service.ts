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
import { LoginThrottle } from './login-throttle';

const INVALID = 'Invalid email or password';

/**
 * Checks a login: failures counted per (email, address) with growing waits, the same answer and timing for an
 * unknown email as for a wrong password.
 */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
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
    // Counted under the account's own address when the email names one: PostgreSQL's lower() finds the account
    // from spellings JavaScript lower-cases differently ("admİn@…" is "admin@…" to it, not to toLowerCase), and
    // each such spelling must not start a fresh count.
    const counted = user?.email ?? email;
    const wait = await this.throttle.waitSeconds(counted, ip);
    if (wait > 0) {
      await this.audit.record(AuditEventType.LOGIN_THROTTLED, { subjectUserId: user?.id, email, ip });
      throw AppError.rateLimited(`Too many failed logins from this address: try again in ${wait} s`);
    }
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid) {
      const failures = await this.throttle.fail(counted, ip);
      await this.audit.record(AuditEventType.LOGIN_FAILED, {
        subjectUserId: user?.id,
        email,
        ip,
        details: user ? { failures } : { failures, reason: 'unknown email' },
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
    await this.throttle.succeed(counted, ip);
    await this.dataSource.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [user.id]);
    await this.audit.record(AuditEventType.LOGIN_SUCCEEDED, {
      actorUserId: user.id,
      subjectUserId: user.id,
      ip,
    });
    return user;
  }
}
