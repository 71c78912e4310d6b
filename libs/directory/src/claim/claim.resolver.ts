import { ClientIp, CurrentUser, hasAnyRole, Role, Roles, User } from '@crossroads/auth';
import { Connection, ConnectionArgs, ConnectionShape } from '@crossroads/core';
import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ClaimService } from './claim.service';
import { ClaimStatus, PersonClaim } from './person-claim.entity';

export const PersonClaimConnection = Connection(PersonClaim);

@ArgsType()
class ClaimPersonArgs {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => String, { nullable: true, description: 'Why this profile is yours (credits, contacts…)' })
  @IsOptional()
  @MaxLength(1000)
  message?: string;
}

@ArgsType()
class ClaimsArgs extends ConnectionArgs {
  @Field(() => ClaimStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ClaimStatus)
  status?: ClaimStatus;
}

@ArgsType()
class DecideClaimArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @IsBoolean()
  approve: boolean;
}

@Resolver(() => PersonClaim)
export class ClaimResolver {
  constructor(private readonly claims: ClaimService) {}

  @Roles(Role.MEMBER)
  @Mutation(() => PersonClaim, { description: 'Asks to own an existing profile; STAFF decide' })
  claimPerson(
    @Args() { personId, message }: ClaimPersonArgs,
    @CurrentUser() user: User,
  ): Promise<PersonClaim> {
    return this.claims.claim(personId, message, user);
  }

  @Roles(Role.STAFF)
  @Query(() => PersonClaimConnection, { description: 'Profile claims, oldest first (STAFF)' })
  personClaims(@Args() args: ClaimsArgs): Promise<ConnectionShape<PersonClaim>> {
    return this.claims.list(args);
  }

  @Roles(Role.MEMBER)
  @Query(() => PersonClaimConnection, { description: "The caller's own claims" })
  myPersonClaims(
    @Args() args: ConnectionArgs,
    @CurrentUser() user: User,
  ): Promise<ConnectionShape<PersonClaim>> {
    return this.claims.list({ ...args, userId: user.id });
  }

  @Roles(Role.STAFF)
  @Mutation(() => PersonClaim, {
    description: 'Approves (links the account to the profile) or rejects a claim (STAFF)',
  })
  decidePersonClaim(
    @Args() { id, approve }: DecideClaimArgs,
    @CurrentUser() staff: User,
    @ClientIp() ip: string | null,
  ): Promise<PersonClaim> {
    return this.claims.decide(id, approve, staff, ip);
  }

  @ResolveField(() => ID, {
    nullable: true,
    description: 'The STAFF account that decided (STAFF only; null for others)',
  })
  decidedBy(@Parent() claim: PersonClaim, @CurrentUser() user?: User): string | null {
    return user && hasAnyRole(user.roles, [Role.STAFF]) ? claim.decidedBy : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether STAFF decided the claim (who, only STAFF see)' })
  decidedByStaff(@Parent() claim: PersonClaim): boolean {
    return claim.decidedBy !== null;
  }
}
