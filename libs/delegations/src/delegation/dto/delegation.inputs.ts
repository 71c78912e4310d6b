import { ConnectionArgs, IsNotBlank } from '@crossroads/core';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DelegationAudience, DelegationStatus, MemberStatus } from '../delegation.enums';

export const MAX_CAPACITY = 500;

@InputType()
export class CreateDelegationInput {
  @Field(() => ID)
  @IsUUID()
  editionId: string;

  @Field()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name: string;

  @Field(() => DelegationAudience, { nullable: true, defaultValue: DelegationAudience.PROFESSIONALS })
  @IsOptional()
  @IsEnum(DelegationAudience)
  audience?: DelegationAudience;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

@InputType({ description: 'Fields left out stay as they are; capacity null removes the limit' })
export class UpdateDelegationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name?: string;

  @Field(() => DelegationStatus, { nullable: true, description: 'PUBLISHED cannot go back to DRAFT' })
  @IsOptional()
  @IsEnum(DelegationStatus)
  status?: DelegationStatus;

  @Field(() => DelegationAudience, { nullable: true })
  @IsOptional()
  @IsEnum(DelegationAudience)
  audience?: DelegationAudience;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

@ArgsType()
export class DelegationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  editionId?: string;
}

@ArgsType()
export class DelegationHistoryArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  delegationId: string;
}

/** A delegation's long list (proposals are unlimited) is listed up to this many members. */
export const MAX_MEMBERS_LISTED = 500;

@ArgsType()
export class MembersArgs {
  @Field(() => [MemberStatus], { nullable: true, description: 'Only these statuses (default: all visible)' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(MemberStatus, { each: true })
  statuses?: MemberStatus[];

  @Field(() => Int, {
    nullable: true,
    description: `1 to ${MAX_MEMBERS_LISTED}, all of them up to that by default`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MEMBERS_LISTED)
  first?: number;
}
