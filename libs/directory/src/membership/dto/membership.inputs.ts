import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
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
  @IsNotEmpty()
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

@ArgsType()
export class MembershipRequestsArgs {
  @Field(() => Int, { nullable: true, description: '1 to 100, 50 by default' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}
