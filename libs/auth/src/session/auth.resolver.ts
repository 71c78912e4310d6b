import { AppConfig, AppError, ErrorCode } from '@crossroads/core';
import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CookieOptions, Request, Response } from 'express';
import { ClientIp, CurrentUser, Public, SignedIn } from '../access/access.decorators';
import { AuthThrottled } from '../access/throttling';
import { AuditEventType } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { User } from '../user/user.entity';
import { assertAcceptablePassword } from '../user/password-policy';
import { UserService } from '../user/user.service';
import {
  AuthPayload,
  ChangePasswordInput,
  LoginArgs,
  LogoutArgs,
  RefreshTokenArgs,
  RegisterInput,
} from './dto/auth.inputs';
import { LoginGuard, LoginUser } from './login.guard';
import {
  clearRefreshCookie,
  readRefreshCookie,
  refreshCookieOptions,
  setRefreshCookie,
} from './refresh-cookie';
import { SessionService } from './session.service';

type Http = { req?: Request; res?: Response };

@Resolver()
export class AuthResolver {
  constructor(
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.cookie = refreshCookieOptions(config.isProduction, config.REFRESH_TOKEN_TTL_DAYS);
  }

  private readonly cookie: CookieOptions;

  @Public()
  @AuthThrottled()
  @Mutation(() => User, { description: 'Creates an account, PENDING until STAFF approves it' })
  async register(@Args('input') input: RegisterInput, @ClientIp() ip: string | null): Promise<User> {
    assertAcceptablePassword(input.password, input, 'password');
    try {
      const user = await this.users.create(input);
      await this.audit.record(AuditEventType.REGISTERED, {
        actorUserId: user.id,
        subjectUserId: user.id,
        ip,
      });
      return user;
    } catch (error) {
      if (!(error instanceof AppError && error.code === ErrorCode.CONFLICT)) throw error;
      // The answer must not tell whether the address has an account: the same PENDING shape as a new one. The
      // owner of the address is the one to be told (audited now; by email once mail is sent).
      const existing = await this.users.findByEmail(input.email);
      await this.audit.record(AuditEventType.REGISTERED_EXISTING_EMAIL, {
        subjectUserId: existing?.id ?? null,
        email: input.email,
        ip,
      });
      return this.users.standIn(input);
    }
  }

  @Public()
  @AuthThrottled()
  @UseGuards(LoginGuard)
  @Mutation(() => AuthPayload)
  async login(
    @Args() _credentials: LoginArgs,
    @LoginUser() user: User,
    @Context() { res }: Http,
  ): Promise<AuthPayload> {
    const tokens = await this.sessions.issue(user);
    setRefreshCookie(res, tokens.refreshToken, this.cookie);
    return { ...tokens, user };
  }

  @Public()
  @AuthThrottled()
  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token for a new pair (the old one stops working): the one given, else the httpOnly cookie the web app holds',
  })
  async refreshToken(
    @Args() { token }: RefreshTokenArgs,
    @ClientIp() ip: string | null,
    @Context() { req, res }: Http,
  ): Promise<AuthPayload> {
    const given = token ?? readRefreshCookie(req);
    if (!given) throw AppError.unauthenticated('No refresh token: sign in again');
    const { user, tokens } = await this.sessions.rotate(given, ip);
    setRefreshCookie(res, tokens.refreshToken, this.cookie);
    return { ...tokens, user };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the sign-in this refresh token belongs to' })
  async logout(
    @Args() { refreshToken }: LogoutArgs,
    @ClientIp() ip: string | null,
    @Context() { req, res }: Http,
  ): Promise<boolean> {
    const given = refreshToken ?? readRefreshCookie(req);
    if (given) await this.sessions.revoke(given, ip);
    clearRefreshCookie(res, this.cookie);
    return true;
  }

  @SignedIn()
  @Query(() => User, { description: 'The signed-in account' })
  me(@CurrentUser() user: User): User {
    return user;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Changes the password and ends every other sign-in' })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentUser() user: User,
    @ClientIp() ip: string | null,
  ): Promise<boolean> {
    assertAcceptablePassword(input.newPassword, user, 'newPassword');
    await this.users.changePassword(user, input.currentPassword, input.newPassword, ip);
    return true;
  }
}
