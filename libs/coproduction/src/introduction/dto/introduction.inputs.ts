import { ConnectionArgs, IsNotBlank } from '@crossroads/core';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IntroductionStatus } from '../../shared/coproduction.enums';

@ArgsType()
export class RequestIntroductionArgs {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field(() => ID)
  @IsUUID()
  companyId: string;

  @Field({ description: 'Why this company: 1 to 2,000 characters' })
  @IsString()
  @IsNotBlank()
  @MaxLength(2000)
  message: string;
}

@ArgsType()
export class AnswerIntroductionArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Boolean, { description: 'true accepts (contact details are then shared), false declines' })
  @IsBoolean()
  accept: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

@ArgsType()
export class IntroductionsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @Field(() => IntroductionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(IntroductionStatus)
  status?: IntroductionStatus;
}
