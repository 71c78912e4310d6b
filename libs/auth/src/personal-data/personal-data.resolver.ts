import { AppError, PersonalDataRegistry } from '@crossroads/core';
import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { ClientIp, CurrentUser, SignedIn } from '../access/access.decorators';
import { AuditEventType } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { User } from '../user/user.entity';
import { UserService } from '../user/user.service';
import { hideOtherAccounts } from './hide-other-accounts';

@ArgsType()
class DeleteMyAccountArgs {
  @Field({ description: "Type the account's email to confirm" })
  @IsString()
  @MaxLength(254)
  confirmEmail: string;

  @Field({ description: 'The current password: erasure cannot be undone' })
  @IsString()
  @MaxLength(128)
  password: string;
}

/** Personal data rights: a copy of everything held, and erasure of the account and its profile. */

@Resolver()
export class PersonalDataResolver {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
  ) {}

  @SignedIn()
  @Query(() => String, { description: 'Everything held about the caller, as JSON' })
  async exportMyData(@CurrentUser() user: User): Promise<string> {
    const sections = await hideOtherAccounts(
      this.dataSource,
      user.id,
      await this.registry.exportAll({ userId: user.id, personId: user.personId }),
    );
    return JSON.stringify({ exportedAt: new Date().toISOString(), ...sections });
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Erases the account, the profile it owns and its search document; credits keep only what is not personal',
  })
  async deleteMyAccount(
    @Args() { confirmEmail, password }: DeleteMyAccountArgs,
    @CurrentUser() user: User,
    @ClientIp() ip: string | null,
  ): Promise<boolean> {
    if (confirmEmail.trim().toLowerCase() !== user.email.toLowerCase()) {
      throw AppError.badInput('Type your account email to confirm', [
        { field: 'confirmEmail', message: 'does not match the account email' },
      ]);
    }
    // A stolen access token alone must not be able to erase an account, nor guess the password here.
    await this.users.assertCurrentPassword(user, password, ip, {
      field: 'password',
      operation: 'deleteMyAccount',
    });
    await this.registry.eraseAll(this.dataSource, { userId: user.id, personId: user.personId });
    await this.audit.record(AuditEventType.ACCOUNT_DELETED, {
      ip,
      details: { hadProfile: user.personId !== null },
    });
    return true;
  }
}
