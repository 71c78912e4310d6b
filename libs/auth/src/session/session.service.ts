import { AppConfig, AppError } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventType } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { UserStatus } from '../user/role.enum';
import { User } from '../user/user.entity';
import { JWT_ALGORITHM, type AccessTokenClaims } from './access-token';
import { RefreshToken } from './refresh-token.entity';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Short-lived JWT access tokens and opaque refresh tokens (stored hashed). Every refresh rotates the token; using
 * a rotated or revoked one again is taken as theft and revokes the whole family.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  issue(
    user: User,
    manager: EntityManager = this.dataSource.manager,
    familyId = randomUUID(),
  ): Promise<TokenPair> {
    return this.issueIn(manager, user, familyId);
  }

  async rotate(refreshToken: string, ip: string | null): Promise<{ user: User; tokens: TokenPair }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await manager
        .getRepository(RefreshToken)
        .findOne({ where: { tokenHash: hashOf(refreshToken) }, lock: { mode: 'pessimistic_write' } });
      if (!stored) return { error: 'Invalid refresh token' } as const;
      if (stored.usedAt || stored.revokedAt) {
        await this.revokeFamily(manager, stored.familyId);
        await this.audit.record(
          AuditEventType.TOKEN_REUSE,
          { subjectUserId: stored.userId, ip, details: { familyId: stored.familyId } },
          manager,
        );
        return { error: 'Refresh token already used: every session of this sign-in is revoked' } as const;
      }
      if (stored.expiresAt <= new Date()) return { error: 'Refresh token expired: sign in again' } as const;
      const user = await manager.getRepository(User).findOneBy({ id: stored.userId });
      if (!user || user.status === UserStatus.DISABLED)
        return { error: 'This account cannot sign in' } as const;
      stored.usedAt = new Date();
      await manager.save(stored);
      return { user, tokens: await this.issueIn(manager, user, stored.familyId) };
    });
    // Reuse revocation and its audit commit even though the caller is refused.
    if ('error' in outcome) throw AppError.unauthenticated(outcome.error);
    return outcome;
  }

  /** Whether the sign-in (refresh family) is still open: not logged out, revoked or ended by a password change. */
  async isLive(userId: string, familyId: string): Promise<boolean> {
    if (!UUID.test(familyId)) return false;
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM refresh_token WHERE family_id = $1 AND user_id = $2 AND revoked_at IS NULL LIMIT 1`,
      [familyId, userId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Ends the sign-in this refresh token belongs to. Unknown tokens are ignored (nothing to revoke). */
  async revoke(refreshToken: string, ip: string | null): Promise<void> {
    const stored = await this.dataSource
      .getRepository(RefreshToken)
      .findOneBy({ tokenHash: hashOf(refreshToken) });
    if (!stored) return;
    await this.revokeFamily(this.dataSource.manager, stored.familyId);
    await this.audit.record(AuditEventType.LOGOUT, {
      actorUserId: stored.userId,
      subjectUserId: stored.userId,
      ip,
    });
  }

  private async issueIn(manager: EntityManager, user: User, familyId: string): Promise<TokenPair> {
    const claims: AccessTokenClaims = { sub: user.id, roles: user.roles, fam: familyId };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: JWT_ALGORITHM,
      secret: this.config.jwtSecret,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
    });
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: hashOf(refreshToken),
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    return { accessToken, refreshToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS };
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }
}
