import { ConnectionArgs, IsNotBlank } from '@crossroads/core';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  FundStatus,
  PartnerRole,
  ProjectFormat,
  ProjectStage,
  ProjectVisibility,
} from '../../shared/coproduction.enums';

/** Budgets up to €1 billion: integers in euros. */
export const MAX_EUROS = 1_000_000_000;
const LANGUAGE = /^[a-z]{2}$/;
const GENRE = /^[\p{L}0-9][\p{L}0-9 '-]*$/u;

@InputType()
export class TeamMemberInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field({ description: 'Role on the project: writer, director, producer…' })
  @IsString()
  @IsNotBlank()
  @MaxLength(120)
  role: string;
}

@InputType()
export class ProjectFundInput {
  @Field({ description: 'Fund slug (query `funds`)' })
  @IsString()
  @MaxLength(80)
  fund: string;

  @Field(() => FundStatus)
  @IsEnum(FundStatus)
  status: FundStatus;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_EUROS)
  amountEur?: number;
}

@InputType()
export class ProjectInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  logline?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  synopsis?: string;

  @Field(() => ProjectFormat, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectFormat)
  format?: ProjectFormat;

  @Field(() => [String], { nullable: true, description: 'Up to 8 genre words' })
  @IsOptional()
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  @Matches(GENRE, { each: true, message: 'each genre must be a word or two (letters, digits, - and spaces)' })
  genres?: string[];

  @Field(() => ProjectStage, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStage)
  stage?: ProjectStage;

  @Field(() => Int, { nullable: true, description: 'Euros' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_EUROS)
  budgetEur?: number;

  @Field(() => Int, { nullable: true, description: 'Euros; at most the budget' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_EUROS)
  financingSecuredEur?: number;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(LANGUAGE, { each: true, message: 'languages must be ISO 639-1 codes such as "fr"' })
  languages?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsISO31661Alpha2({ each: true, message: 'countriesSought must be ISO 3166-1 alpha-2 codes' })
  countriesSought?: string[];

  @Field(() => [PartnerRole], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(8)
  @IsEnum(PartnerRole, { each: true })
  rolesSought?: PartnerRole[];

  @Field(() => ID, { nullable: true, description: 'A company you are affiliated with (STAFF: any)' })
  @IsOptional()
  @IsUUID()
  ownerCompanyId?: string;

  @Field(() => [TeamMemberInput], { nullable: true, description: 'Replaces the team' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberInput)
  team?: TeamMemberInput[];

  @Field(() => [ProjectFundInput], { nullable: true, description: 'Replaces the funds' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ProjectFundInput)
  funds?: ProjectFundInput[];

  @Field(() => [ID], { nullable: true, description: 'Festival editions aimed at' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  targetEditionIds?: string[];

  @Field(() => ProjectVisibility, { nullable: true, description: 'PRIVATE by default' })
  @IsOptional()
  @IsEnum(ProjectVisibility)
  visibility?: ProjectVisibility;
}

@InputType()
export class ProjectFilter {
  @Field(() => [ProjectFormat], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(ProjectFormat, { each: true })
  formats?: ProjectFormat[];

  @Field(() => [ProjectStage], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(ProjectStage, { each: true })
  stages?: ProjectStage[];

  @Field(() => [String], { nullable: true, description: 'Any of these genres' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  genres?: string[];

  @Field(() => [String], { nullable: true, description: 'Seeking any of these countries' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsISO31661Alpha2({ each: true })
  countriesSought?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerCompanyId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only the projects you own' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class ProjectsArgs extends ConnectionArgs {
  @Field(() => ProjectFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectFilter)
  filter?: ProjectFilter;
}
