import { AppConfig } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { UserStatus } from '../user/role.enum';
import type { User } from '../user/user.entity';
import { UserService } from '../user/user.service';
import { AccessTokenClaims, JWT_ALGORITHM } from './access-token';
import { SessionService } from './session.service';

/**
 * Bearer access tokens: HS256 only, issuer and audience checked, the account re-read (a disabled one is refused)
 * and its sign-in checked live: logout, a password change, disabling and a reused refresh token revoke the
 * refresh family, which ends its access tokens at once rather than when they expire.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly users: UserService,
    private readonly sessions: SessionService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // Read when a token arrives, not at construction: the CLI and benchmarks boot this module without ever
      // verifying a token, and without a secret (an API always has one: createApp sets it).
      secretOrKeyProvider: (
        _request: unknown,
        _token: unknown,
        done: (error: unknown, secret?: string) => void,
      ) => done(null, config.jwtSecret),
      algorithms: [JWT_ALGORITHM],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<User | false> {
    // Every token the API signs expires (access-token.ts); one without `exp` would never end by time.
    if (typeof claims.fam !== 'string' || typeof (claims as { exp?: unknown }).exp !== 'number') return false;
    const [user, live] = await Promise.all([
      this.users.findById(claims.sub),
      this.sessions.isLive(claims.sub, claims.fam),
    ]);
    return user && live && user.status !== UserStatus.DISABLED ? user : false;
  }
}
