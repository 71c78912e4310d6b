import { AppConfig } from '@crossroads/core';
import { Module } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access/access.guard';
import { ThrottleStorage, ThrottleStorageModule } from './access/throttle-storage';
import { GraphQLThrottlerGuard, throttlerOptions } from './access/throttling';
import { AuditEvent } from './audit/audit-event.entity';
import { AuditResolver } from './audit/audit.resolver';
import { AuditService } from './audit/audit.service';
import { DemoAccounts } from './demo/demo-accounts';
import { AccountPersonalData } from './personal-data/account-personal-data';
import { PersonalDataResolver } from './personal-data/personal-data.resolver';
import { AuthResolver } from './session/auth.resolver';
import { CredentialsService } from './session/credentials.service';
import { JwtStrategy } from './session/jwt.strategy';
import { LoginThrottle } from './session/login-throttle';
import { LocalStrategy } from './session/local.strategy';
import { RefreshToken } from './session/refresh-token.entity';
import { SessionService } from './session/session.service';
import { PasswordHasher } from './user/password-hasher';
import { UserAdminResolver } from './user/user-admin.resolver';
import { User } from './user/user.entity';
import { UserService } from './user/user.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken, AuditEvent]),
    PassportModule,
    JwtModule.register({}),
    ThrottlerModule.forRootAsync({
      imports: [ThrottleStorageModule],
      inject: [AppConfig, Reflector, ThrottleStorage],
      useFactory: throttlerOptions,
    }),
  ],
  providers: [
    PasswordHasher,
    AuditService,
    UserService,
    CredentialsService,
    LoginThrottle,
    SessionService,
    LocalStrategy,
    JwtStrategy,
    AuthResolver,
    UserAdminResolver,
    AuditResolver,
    DemoAccounts,
    AccountPersonalData,
    PersonalDataResolver,
    { provide: APP_GUARD, useClass: GraphQLThrottlerGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UserService, AuditService],
})
export class AuthModule {}
