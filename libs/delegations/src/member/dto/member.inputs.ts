import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MemberKind, MemberStatus } from '../../delegation/delegation.enums';

@InputType({ description: 'Give the id matching the kind: personId, companyId or projectId' })
export class AddDelegationMemberInput {
  @Field(() => ID)
  @IsUUID()
  delegationId: string;

  @Field(() => MemberKind)
  @IsEnum(MemberKind)
  kind: MemberKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class SetMemberStatusInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field(() => MemberStatus)
  @IsEnum(MemberStatus)
  status: MemberStatus;

  @Field(() => String, { nullable: true, description: 'Replaces the STAFF note when given' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class AnswerInvitationInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field({ description: 'true confirms, false declines' })
  @IsBoolean()
  accept: boolean;

  @Field({ description: 'May the delegation brochure show this member? Required, even when declining' })
  @IsBoolean()
  consentBrochure: boolean;
}
