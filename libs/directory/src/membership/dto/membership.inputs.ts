import { IsNotBlank } from '@crossroads/core';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { MemberRole, MembershipDecision } from '../membership.enums';

@ArgsType()
export class CompanyMembersArgs {
  @Field(() => ID)
  @IsUUID()
  companyId: string;
}

@ArgsType()
export class RequestMembershipArgs {
  @Field(() => ID)
  @IsUUID()
  companyId: string;

  @Field({ description: 'The job held there, as the person writes it (120 characters at most)' })
  @IsNotBlank()
  @MaxLength(120)
  role: string;
}

@ArgsType()
export class AddMemberArgs extends RequestMembershipArgs {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => MemberRole, { nullable: true, description: 'MEMBER by default' })
  @IsOptional()
  @IsEnum(MemberRole)
  memberRole?: MemberRole;
}

@ArgsType()
export class MembershipIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class DecideMembershipArgs extends MembershipIdArgs {
  @Field(() => MembershipDecision)
  @IsEnum(MembershipDecision)
  decision: MembershipDecision;
}

@ArgsType()
export class SetMemberRoleArgs extends MembershipIdArgs {
  @Field(() => MemberRole)
  @IsEnum(MemberRole)
  memberRole: MemberRole;
}
