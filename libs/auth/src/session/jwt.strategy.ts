import { AppConfig } from '@crossroads/core';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { UserStatus } from '../user/role.enum';
import type { User } from '../user/user.entity';
import { UserService } from '../user/user.service';

export const JWT_ALGORITHM = 'HS256';

export interface AccessTokenClaims {
  sub: string;
  roles: string[];
}

/** Bearer access tokens: HS256 only, issuer and audience checked, the account re-read (a disabled one is refused). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly users: UserService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: [JWT_ALGORITHM],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<User | false> {
    const user = await this.users.findById(claims.sub);
    return user && user.status !== UserStatus.DISABLED ? user : false;
  }
}
